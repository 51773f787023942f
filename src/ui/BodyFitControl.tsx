import { BODY_RANGES, type BodySex, bodyFit, bodyMassIndex, isBodySex } from '../domain/body';
import { formatFixed, messages } from '../domain/messages';
import { fittedBody } from '../domain/view-state';
import { useViewer } from '../state';

const t = messages.body;

/** Signed, one decimal: "+9.2", "−1.5". */
function signed(value: number, digits = 1): string {
  const text = formatFixed(Math.abs(value), digits);
  return value < 0 ? `−${text}` : `+${text}`;
}

/**
 * Fit the model to the patient: the sex chosen here and the height and mass of the mechanics
 * fields (one pair of numbers for both), or the reference body.
 */
export function BodyFitControl() {
  const sex = useViewer((s) => s.view.bodySex);
  const dysfunction = useViewer((s) => s.view.dysfunction);
  const setBody = useViewer((s) => s.setBody);
  const announce = useViewer((s) => s.announce);
  const body = fittedBody({ bodySex: sex, dysfunction });
  const fit = body ? bodyFit(body) : null;
  const bmi = bodyMassIndex({ heightM: dysfunction.heightM, massKg: dysfunction.bodyMassKg });
  const choose = (value: string) => {
    const next: BodySex | null = isBodySex(value) ? value : null;
    setBody(
      next ? { sex: next, heightM: dysfunction.heightM, massKg: dysfunction.bodyMassKg } : null,
    );
    announce(t.announce(next ? t[next] : t.reference));
  };
  return (
    <div className="body-fit">
      <label className="field">
        <span>{t.label}</span>
        <select value={sex ?? ''} onChange={(e) => choose(e.target.value)} data-body-sex>
          <option value="">{t.reference}</option>
          <option value="female">{t.female}</option>
          <option value="male">{t.male}</option>
        </select>
      </label>
      <p className="muted small">{t.sharedFields}</p>
      {sex && !fit && (
        <p className="muted small" role="status">
          {t.outOfRange(formatFixed(bmi, 1), BODY_RANGES.bmi[0], BODY_RANGES.bmi[1])}
        </p>
      )}
      {fit && (
        <p className="muted small" data-body-fit-summary>
          {t.fitted(
            signed(fit.fatIncrementMm),
            `×${formatFixed(fit.muscleVolumeRatio['gluteus-maximus'], 2)}`,
            `×${formatFixed(fit.scale, 2)}`,
          )}{' '}
          {t.sources}
        </p>
      )}
    </div>
  );
}
