/**
 * The dysfunction mechanics model: "if this muscle is weak or tight, where does the load go?"
 * Pure TypeScript. Two layers kept apart in every output: mechanics (statics of a posture) and
 * behaviour (the posture a person is assumed to adopt; low confidence).
 *
 * Frame and sign conventions: see `input.ts` and `result.ts`.
 */

export type { CompensationOptions, PostureChoice } from './compensation';
export { COMPENSATION_DEFAULTS, choosePosture, solvePelvicDropDeg } from './compensation';
export { describeResult } from './describe-result';
export { MechanicsInputError } from './errors';
export type { MechanicsFlag, MechanicsFlagId } from './flags';
export type { ExtensorShare, HipExtensorShares } from './hip-hinge';
export type {
  BaselineStrength,
  CaneSide,
  ForcedPosture,
  MechanicsCane,
  MechanicsInput,
  MechanicsTask,
  MechanicsTaskKind,
  MuscleDysfunction,
} from './input';
export {
  BASELINE_STRENGTHS,
  CANE_SIDES,
  MECHANICS_DEFAULTS,
  MECHANICS_INPUT_RANGES,
  TASK_KINDS,
} from './input';
export type { KneeOptions } from './knee';
export { KNEE_DEFAULTS } from './knee';
export type { SideBendingHolder } from './lumbar-side-bending';
export type { OutputId, OutputInfo, OutputLayer, OutputTable, OutputTrust } from './outputs';
export { MECHANICS_OUTPUTS } from './outputs';
export type {
  MechanicsParameterKey,
  MechanicsParameters,
  ParameterEntry,
  ParameterScaling,
} from './parameters';
export {
  DEFAULT_MECHANICS_PARAMETERS,
  GRAVITY_M_PER_S2,
  MECHANICS_PARAMETER_KEYS,
  MECHANICS_PARAMETERS,
  REFERENCE_HEIGHT_M,
  REFERENCE_MASS_KG,
} from './parameters';
export type { MechanicsPreset, MechanicsPresetId } from './presets';
export { findMechanicsPreset, MECHANICS_PRESETS } from './presets';
export type {
  MechanicsChange,
  MechanicsLoads,
  MechanicsPosture,
  MechanicsResult,
  MechanicsState,
  MechanicsWorking,
} from './result';
export type { LumbosacralOptions } from './sagittal-plane';
export { LUMBOSACRAL_DEFAULTS } from './sagittal-plane';
export { simulate, simulateBaseline } from './simulate';
export type { TradeOff, TradeOffIdleReason, TradeOffPoint } from './trade-off';
export { compensationTradeOff, TRADE_OFF_STEPS } from './trade-off';
