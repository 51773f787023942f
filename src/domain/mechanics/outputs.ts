/**
 * Layer and trust of every output, with a one-line source, so a view can show
 * "healthy vs now vs change, trust label, one-line source" and keep mechanics apart from
 * behaviour.
 *
 * Frame and sign conventions: none (labels only; see the files that compute each output).
 * Layers: `mechanics` = standard statics for a given posture; `behaviour` = the assumed posture a
 * person adopts (low confidence). Trust `input` marks a posture set by a "what if" view.
 */
import { mechanics as text } from '../messages/en/mechanics';

export type OutputLayer = 'mechanics' | 'behaviour';
export type OutputTrust = 'good' | 'fair' | 'low' | 'illustrative' | 'input';
export type OutputId = keyof typeof text.outputLabels;

export interface OutputInfo {
  readonly label: string;
  readonly layer: OutputLayer;
  readonly trust: OutputTrust;
  readonly trustLabel: string;
  /** One line: where the number comes from. */
  readonly source: string;
}

export type OutputTable = { readonly [K in OutputId]: OutputInfo };

function info(id: OutputId, layer: OutputLayer, trust: OutputTrust, source?: string): OutputInfo {
  return Object.freeze({
    label: text.outputLabels[id],
    layer,
    trust,
    trustLabel: text.trustLabels[trust],
    source: source ?? text.outputSources[id],
  });
}

function table(postureForced: boolean, kneeOverstated: boolean): OutputTable {
  const forced = text.outputSourceVariants.postureForced;
  const posture = (id: OutputId): OutputInfo =>
    postureForced ? info(id, 'behaviour', 'input', forced) : info(id, 'behaviour', 'low');
  return Object.freeze({
    pelvicDropDeg: posture('pelvicDropDeg'),
    trunkLeanDeg: posture('trunkLeanDeg'),
    trunkLeanOnPelvisDeg: posture('trunkLeanOnPelvisDeg'),
    hipAdductionDeg: posture('hipAdductionDeg'),
    anteriorPelvicTiltChangeDeg: info('anteriorPelvicTiltChangeDeg', 'behaviour', 'low'),
    lumbarLordosisChangeDeg: info('lumbarLordosisChangeDeg', 'behaviour', 'low'),
    superincumbentWeightBW: info('superincumbentWeightBW', 'mechanics', 'good'),
    bodyWeightMomentArmM: info('bodyWeightMomentArmM', 'mechanics', 'good'),
    abductorForceBW: info('abductorForceBW', 'mechanics', 'good'),
    passiveAbductorForceBW: info('passiveAbductorForceBW', 'mechanics', 'fair'),
    hipJointReactionBW: info('hipJointReactionBW', 'mechanics', 'good'),
    kneeAdductionMomentNmPerKg: kneeOverstated
      ? info(
          'kneeAdductionMomentNmPerKg',
          'mechanics',
          'low',
          text.outputSourceVariants.kneeWithCaneOrLean,
        )
      : info('kneeAdductionMomentNmPerKg', 'mechanics', 'fair'),
    l5s1CompressionBW: info('l5s1CompressionBW', 'mechanics', 'fair'),
    l5s1ShearBW: info('l5s1ShearBW', 'mechanics', 'fair'),
    hipExtensorShares: info('hipExtensorShares', 'mechanics', 'illustrative'),
  });
}

/** The default table: posture predicted by the behaviour layer, no cane, no lean. */
export const MECHANICS_OUTPUTS: OutputTable = table(false, false);
const TABLES: readonly OutputTable[] = [
  MECHANICS_OUTPUTS,
  table(false, true),
  table(true, false),
  table(true, true),
];

/**
 * The table for a result: a forced posture is marked as input; the knee moment is marked low
 * when a cane or a trunk lean drives it (the static lever overstates both).
 */
export function outputTableFor(postureForced: boolean, kneeOverstated: boolean): OutputTable {
  return TABLES[(postureForced ? 2 : 0) + (kneeOverstated ? 1 : 0)] ?? MECHANICS_OUTPUTS;
}
