import {
  ACTIVATION_BAND_COLOURS,
  type ActivationBand,
  activationBand,
  isExerciseId,
  NO_ACTIVATION_FIGURE_COLOUR,
} from '../domain/exercises';
import { messages } from '../domain/messages';
import { useViewer } from '../state';

const BANDS = Object.keys(ACTIVATION_BAND_COLOURS) as ActivationBand[];
const wideView = () => window.matchMedia?.('(min-width: 40rem)').matches ?? true;

/**
 * Beside the 3D view while an exercise is shown on the model: which exercise and leg, the
 * working muscles with their published activation, and the colour scale the model uses.
 */
export function ExerciseModelLegend() {
  const focus = useViewer((s) => s.exerciseFocus);
  const side = useViewer((s) => s.view.dysfunction.stanceSide);
  if (!focus || !isExerciseId(focus.exerciseId)) return null;
  const t = messages.app.exerciseOnModel;
  const words = messages.assessment.exercises;
  const working = Object.entries(focus.activationPctMvic) as [
    keyof typeof focus.activationPctMvic,
    number,
  ][];
  return (
    <section
      className="exercise-model-legend"
      data-testid="exercise-model-legend"
      aria-label={t.working}
    >
      <p>
        <strong>{t.heading(words.items[focus.exerciseId].name, side)}</strong>
      </p>
      <p className="small">{t.working}</p>
      <ul>
        {working.map(([muscle, pct]) => {
          const band = activationBand(pct);
          return (
            <li key={muscle}>
              <span
                className="swatch"
                style={{ background: ACTIVATION_BAND_COLOURS[band] }}
                aria-hidden="true"
              />{' '}
              {t.muscle(words.muscles[muscle], pct, words.bands[band])}
            </li>
          );
        })}
      </ul>
      {/* Open beside a wide view; folded on a phone, where it would cover the body. */}
      <details open={wideView()}>
        <summary className="small">{t.scale}</summary>
        <ul className="exercise-model-scale">
          {BANDS.map((band) => (
            <li key={band}>
              <span
                className="swatch"
                style={{ background: ACTIVATION_BAND_COLOURS[band] }}
                aria-hidden="true"
              />{' '}
              {words.bands[band]}
            </li>
          ))}
          <li>
            <span
              className="swatch"
              style={{ background: NO_ACTIVATION_FIGURE_COLOUR }}
              aria-hidden="true"
            />{' '}
            {t.notWorking}
          </li>
        </ul>
        <p className="small muted">{t.caveat}</p>
      </details>
    </section>
  );
}
