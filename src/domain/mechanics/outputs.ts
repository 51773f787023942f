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
import type { MechanicsTaskKind } from './input';

type OutputLayer = 'mechanics' | 'behaviour';
type OutputTrust = 'good' | 'fair' | 'low' | 'illustrative' | 'input' | 'not-modelled';
export type OutputId = keyof typeof text.outputLabels;

interface OutputInfo {
  readonly label: string;
  readonly layer: OutputLayer;
  readonly trust: OutputTrust;
  readonly trustLabel: string;
  /** One line: where the number comes from. */
  readonly source: string;
}

export type OutputTable = { readonly [K in OutputId]: OutputInfo };

/**
 * Text is read from the catalogue when asked for (getters), not copied when the table is built:
 * the tables are built when the module loads, which may be before the language is applied, and
 * an embedding page may switch the language later.
 */
function info(
  id: OutputId,
  layer: OutputLayer,
  trust: OutputTrust,
  source?: () => string,
): OutputInfo {
  return Object.freeze({
    get label() {
      return text.outputLabels[id];
    },
    layer,
    trust,
    get trustLabel() {
      return text.trustLabels[trust];
    },
    get source() {
      return source ? source() : text.outputSources[id];
    },
  });
}

/** What decides the trust of an output besides the output itself. */
export interface OutputContext {
  readonly task: MechanicsTaskKind;
  /** A "what if" posture set the drop and lean (one-leg stance only). */
  readonly postureForced: boolean;
  /** A cane or a trunk lean drives the knee moment (the static lever overstates both). */
  readonly kneeOverstated: boolean;
}

function table({ task, postureForced, kneeOverstated }: OutputContext): OutputTable {
  const forced = () => text.outputSourceVariants.postureForced;
  const variants = text.outputSourceVariants;
  const oneLeg = task === 'single-leg-stance';
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
    abductorForceBW: oneLeg
      ? info('abductorForceBW', 'mechanics', 'good')
      : info('abductorForceBW', 'mechanics', 'low', () => variants.abductorsOnTwoLegs),
    passiveAbductorForceBW: info('passiveAbductorForceBW', 'mechanics', 'fair'),
    // Quiet standing and the hinge give only the weight each hip carries; measured two-leg loads
    // are higher because muscles co-contract, so "close to measured" holds on one leg only.
    hipJointReactionBW: oneLeg
      ? info('hipJointReactionBW', 'mechanics', 'good')
      : info('hipJointReactionBW', 'mechanics', 'low', () => variants.hipOnTwoLegs),
    kneeAdductionMomentNmPerKg: kneeOverstated
      ? info('kneeAdductionMomentNmPerKg', 'mechanics', 'low', () => variants.kneeWithCaneOrLean)
      : info('kneeAdductionMomentNmPerKg', 'mechanics', 'fair'),
    l5s1CompressionBW: info('l5s1CompressionBW', 'mechanics', 'fair'),
    // The hinge holds the sacral slope at its standing value, so shear does not follow the bend.
    l5s1ShearBW:
      task === 'hip-hinge'
        ? info('l5s1ShearBW', 'mechanics', 'not-modelled', () => variants.shearInHinge)
        : info('l5s1ShearBW', 'mechanics', 'fair'),
    l5s1SideBendingMomentNmPerKg: info('l5s1SideBendingMomentNmPerKg', 'mechanics', 'fair'),
    sideBendingMuscleForceBW: info('sideBendingMuscleForceBW', 'mechanics', 'low'),
    l5s1CompressionWithSideBendingBW: info('l5s1CompressionWithSideBendingBW', 'mechanics', 'fair'),
    hipExtensorShares: info('hipExtensorShares', 'mechanics', 'illustrative'),
  });
}

const TASKS: readonly MechanicsTaskKind[] = ['single-leg-stance', 'quiet-standing', 'hip-hinge'];
const TABLES = new Map<string, OutputTable>();
for (const task of TASKS) {
  for (const postureForced of [false, true]) {
    for (const kneeOverstated of [false, true]) {
      TABLES.set(
        `${task}|${postureForced}|${kneeOverstated}`,
        table({ task, postureForced, kneeOverstated }),
      );
    }
  }
}

/**
 * The default table: one-leg stance, posture predicted by the behaviour layer, no cane, no lean.
 * @internal
 */
export const MECHANICS_OUTPUTS: OutputTable = table({
  task: 'single-leg-stance',
  postureForced: false,
  kneeOverstated: false,
});
TABLES.set('single-leg-stance|false|false', MECHANICS_OUTPUTS);

/**
 * The table for a result: a forced posture is marked as input; the knee moment is marked low
 * when a cane or a trunk lean drives it; the hip load off one leg and the shear in a hinge say
 * how far they hold.
 */
export function outputTableFor(context: OutputContext): OutputTable {
  return (
    TABLES.get(`${context.task}|${context.postureForced}|${context.kneeOverstated}`) ??
    MECHANICS_OUTPUTS
  );
}
