import type { AssessmentMapping } from '../../domain/assessment';
import { formatFixed, messages } from '../../domain/messages';
import { useMechanics, useViewer } from '../../state';

const t = messages.assessment.panel;
const labels = messages.mechanics.outputLabels;

/** What the model takes from each finding (rule, trust, source). */
export function AssessmentMappingList({ mapping }: { mapping: AssessmentMapping }) {
  if (mapping.findings.length === 0) return <p className="muted small">{t.noFindings}</p>;
  return (
    <ul className="assessment-mapping" data-testid="assessment-mapping">
      {mapping.findings.map((f) => (
        <li key={f.id}>
          <strong>{f.finding}</strong> — {f.effect}{' '}
          <span className={`trust trust-${f.trust}`}>{t.trust[f.trust]}</span>
          {f.source && <span className="small muted"> {f.source}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The model's stance-leg outputs for these findings beside its healthy baseline. */
export function AssessmentModelResult() {
  const { result } = useMechanics();
  const stance = useViewer((s) => s.view.dysfunction.stanceSide);
  if (!result) return null;
  const { baseline, posture, loads, change } = result;
  const kneeChange = `${change.kneeAdductionMomentPct >= 0 ? '+' : ''}${Math.round(change.kneeAdductionMomentPct)} %`;
  return (
    <div className="assessment-model" data-testid="assessment-model">
      <h4>{t.standingLeg(stance)}</h4>
      <ul>
        <li>
          {t.modelLine(
            labels.pelvicDropDeg,
            `${formatFixed(baseline.posture.pelvicDropDeg, 1)}°`,
            `${formatFixed(posture.pelvicDropDeg, 1)}°`,
          )}
        </li>
        <li>
          {t.modelLine(
            labels.kneeAdductionMomentNmPerKg,
            `${formatFixed(baseline.loads.kneeAdductionMomentNmPerKg, 2)} N·m/kg`,
            `${formatFixed(loads.kneeAdductionMomentNmPerKg, 2)} N·m/kg (${kneeChange})`,
          )}
        </li>
        <li>
          {t.modelLine(
            labels.hipJointReactionBW,
            `${formatFixed(baseline.loads.hipJointReactionBW, 2)} BW`,
            `${formatFixed(loads.hipJointReactionBW, 2)} BW`,
          )}
        </li>
      </ul>
      <p className="small muted">{t.whyWrong}</p>
    </div>
  );
}
