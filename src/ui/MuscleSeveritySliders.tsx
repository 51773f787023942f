import { MUSCLES, type MuscleId } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { useViewer } from '../state';
import { useKeepInPlace } from './useKeepInPlace';

const t = messages.app.mechanicsPanel;

/** "Weak" and "tight" sliders (0–100 %) for one muscle of the stance leg. */
export function MuscleSeveritySliders({
  muscle,
  compact = false,
}: {
  muscle: MuscleId;
  compact?: boolean;
}) {
  const severity = useViewer((s) => s.view.dysfunction.muscles[muscle]);
  const stanceSide = useViewer((s) => s.view.dysfunction.stanceSide);
  const setMuscleSeverity = useViewer((s) => s.setMuscleSeverity);
  const keepInPlace = useKeepInPlace();
  const label = MUSCLES.find((m) => m.id === muscle)?.label ?? muscle;
  const weak = Math.round((severity?.weakness ?? 0) * 100);
  const tight = Math.round((severity?.tightness ?? 0) * 100);
  return (
    <fieldset className={`severity ${compact ? 'compact' : ''}`} data-muscle-row={muscle}>
      <legend>{t.muscleOnSide(label, stanceSide)}</legend>
      <label>
        <span>{t.weak}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={weak}
          data-muscle={muscle}
          data-kind="weakness"
          aria-valuetext={`${weak} %`}
          onChange={(e) => {
            keepInPlace(e.currentTarget);
            setMuscleSeverity(muscle, { weakness: Number(e.target.value) / 100 });
          }}
        />
        <output>{weak} %</output>
      </label>
      <label>
        <span>{t.tight}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={tight}
          data-muscle={muscle}
          data-kind="tightness"
          aria-valuetext={`${tight} %`}
          onChange={(e) => {
            keepInPlace(e.currentTarget);
            setMuscleSeverity(muscle, { tightness: Number(e.target.value) / 100 });
          }}
        />
        <output>{tight} %</output>
      </label>
    </fieldset>
  );
}
