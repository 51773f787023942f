import { Fragment, type ReactNode } from 'react';
import { describeResult, type MechanicsResult, type OutputId } from '../domain/mechanics';
import { formatFixed, messages } from '../domain/messages';

const t = messages.app.mechanicsPanel;

type Row = {
  id: OutputId;
  healthy: number;
  now: number;
  change: number | null;
  unit: string;
  digits: number;
};

function rows(result: MechanicsResult): Row[] {
  const { posture, loads, baseline, change } = result;
  const r = (
    id: OutputId,
    healthy: number,
    now: number,
    unit: string,
    digits: number,
    pct: number | null = null,
  ): Row => ({
    id,
    healthy,
    now,
    change: pct,
    unit,
    digits,
  });
  return [
    r('pelvicDropDeg', baseline.posture.pelvicDropDeg, posture.pelvicDropDeg, '°', 1),
    r('trunkLeanDeg', baseline.posture.trunkLeanDeg, posture.trunkLeanDeg, '°', 1),
    r('hipAdductionDeg', baseline.posture.hipAdductionDeg, posture.hipAdductionDeg, '°', 1),
    r(
      'anteriorPelvicTiltChangeDeg',
      baseline.posture.anteriorPelvicTiltChangeDeg,
      posture.anteriorPelvicTiltChangeDeg,
      '°',
      1,
    ),
    r(
      'lumbarLordosisChangeDeg',
      baseline.posture.lumbarLordosisChangeDeg,
      posture.lumbarLordosisChangeDeg,
      '°',
      1,
    ),
    r(
      'abductorForceBW',
      baseline.loads.abductorForceBW,
      loads.abductorForceBW,
      ' BW',
      2,
      change.abductorForcePct,
    ),
    r(
      'hipJointReactionBW',
      baseline.loads.hipJointReactionBW,
      loads.hipJointReactionBW,
      ' BW',
      2,
      change.hipJointReactionPct,
    ),
    r(
      'kneeAdductionMomentNmPerKg',
      baseline.loads.kneeAdductionMomentNmPerKg,
      loads.kneeAdductionMomentNmPerKg,
      ' N·m/kg',
      2,
      change.kneeAdductionMomentPct,
    ),
    r(
      'l5s1CompressionBW',
      baseline.loads.l5s1CompressionBW,
      loads.l5s1CompressionBW,
      ' BW',
      2,
      change.l5s1CompressionPct,
    ),
    r('l5s1ShearBW', baseline.loads.l5s1ShearBW, loads.l5s1ShearBW, ' BW', 2, change.l5s1ShearPct),
    r(
      'l5s1SideBendingMomentNmPerKg',
      baseline.loads.l5s1SideBendingMomentNmPerKg,
      loads.l5s1SideBendingMomentNmPerKg,
      ' N·m/kg',
      2,
    ),
    r(
      'sideBendingMuscleForceBW',
      baseline.loads.sideBendingMuscleForceBW,
      loads.sideBendingMuscleForceBW,
      ' BW',
      2,
    ),
    r(
      'l5s1CompressionWithSideBendingBW',
      baseline.loads.l5s1CompressionWithSideBendingBW,
      loads.l5s1CompressionWithSideBendingBW,
      ' BW',
      2,
      change.l5s1CompressionWithSideBendingPct,
    ),
  ];
}

function signed(value: number, digits: number): string {
  const fixed = formatFixed(value, digits);
  return value > 0 ? `+${fixed}` : fixed;
}

/** Healthy vs now vs change for every output, with its layer, trust and source; flags; the sentence. */
export function MechanicsResults({
  result,
  patient = false,
  chart = null,
}: {
  result: MechanicsResult;
  patient?: boolean;
  /** Drawn right under the sentence (the knee-or-back trade-off). */
  chart?: ReactNode;
}) {
  const sentence = describeResult(result);
  // Beyond the foot the static lever cannot size a change: differences, no percentages.
  const outsideFoot = result.flags.some((f) => f.id === 'centre-of-pressure-outside-foot');
  return (
    <div className="mechanics-results">
      <p className="sentence" data-testid="mechanics-sentence">
        {sentence}
      </p>
      {chart}
      {!patient && (
        <table className="outputs" data-testid="mechanics-table">
          <caption className="visually-hidden">{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.output}</th>
              <th scope="col">{t.healthy}</th>
              <th scope="col">{t.now}</th>
              <th scope="col">{t.change}</th>
            </tr>
          </thead>
          <tbody>
            {rows(result).map((row) => {
              const info = result.outputs[row.id];
              const difference = row.now - row.healthy;
              return (
                <Fragment key={row.id}>
                  <tr data-output={row.id} className="output-row">
                    <th scope="row">{info.label}</th>
                    <td>
                      {formatFixed(row.healthy, row.digits)}
                      {row.unit}
                    </td>
                    <td>
                      {formatFixed(row.now, row.digits)}
                      {row.unit}
                    </td>
                    <td>
                      {row.change === null || outsideFoot
                        ? `${signed(difference, row.digits)}${row.unit}`
                        : `${signed(row.change, 0)} %`}
                    </td>
                  </tr>
                  <tr className="output-source">
                    <td colSpan={4}>
                      <span className={`trust trust-${info.trust}`}>
                        {messages.mechanics.layerLabels[info.layer]} · {info.trustLabel}
                      </span>
                      <span className="source">{info.source}</span>
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      {result.flags.length > 0 && (
        <ul className="flags" data-testid="mechanics-flags">
          {result.flags.map((flag) => (
            <li key={flag.id}>{flag.message}</li>
          ))}
        </ul>
      )}
      <p className="muted small teaching-note">{messages.mechanics.teachingNote}</p>
    </div>
  );
}
