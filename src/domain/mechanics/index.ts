/**
 * The dysfunction mechanics model: "if this muscle is weak or tight, where does the load go?"
 * Pure TypeScript. Two layers kept apart in every output: mechanics (statics of a posture) and
 * behaviour (the posture a person is assumed to adopt; low confidence).
 *
 * Frame and sign conventions: see `input.ts` and `result.ts`.
 */

export { describeResult } from './describe-result';
export type {
  BaselineStrength,
  CaneSide,
  MechanicsCane,
  MechanicsInput,
  MechanicsTask,
} from './input';
export {
  BASELINE_STRENGTHS,
  CANE_SIDES,
  MECHANICS_DEFAULTS,
  MECHANICS_INPUT_RANGES,
} from './input';
export type { OutputId } from './outputs';
export type {
  MechanicsParameterKey,
  MechanicsParameters,
} from './parameters';
export {
  DEFAULT_MECHANICS_PARAMETERS,
  MECHANICS_PARAMETER_KEYS,
  MECHANICS_PARAMETERS,
  REFERENCE_HEIGHT_M,
  REFERENCE_MASS_KG,
} from './parameters';
export type { MechanicsPreset, MechanicsPresetId } from './presets';
export { findMechanicsPreset, MECHANICS_PRESETS } from './presets';
export type {
  MechanicsPosture,
  MechanicsResult,
} from './result';
export { simulate, /** @internal */ simulateBaseline } from './simulate';
export type { TradeOff, TradeOffPoint } from './trade-off';
export { compensationTradeOff } from './trade-off';
