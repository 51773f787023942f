import { MUSCLES, type MuscleId } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { useViewer } from '../state';
import { RangeField } from './RangeField';

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
  const label = MUSCLES.find((m) => m.id === muscle)?.label ?? muscle;
  const weak = Math.round((severity?.weakness ?? 0) * 100);
  const tight = Math.round((severity?.tightness ?? 0) * 100);
  return (
    <fieldset className={`severity ${compact ? 'compact' : ''}`} data-muscle-row={muscle}>
      <legend>{t.muscleOnSide(label, stanceSide)}</legend>
      <RangeField
        label={t.weak}
        value={weak}
        min={0}
        max={100}
        step={5}
        valueText={`${weak} %`}
        data={{ 'data-muscle': muscle, 'data-kind': 'weakness' }}
        onChange={(v) => setMuscleSeverity(muscle, { weakness: v / 100 })}
      />
      <RangeField
        label={t.tight}
        value={tight}
        min={0}
        max={100}
        step={5}
        valueText={`${tight} %`}
        data={{ 'data-muscle': muscle, 'data-kind': 'tightness' }}
        onChange={(v) => setMuscleSeverity(muscle, { tightness: v / 100 })}
      />
    </fieldset>
  );
}
