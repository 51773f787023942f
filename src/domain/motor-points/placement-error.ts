import type { BilateralSide, LandmarkId, Side } from '../anatomy';
import { motorPoints as text } from '../messages/en/motor-points';
import type { RuleProblem } from './rule-problem';

export type PlacementModule = 'motor-points' | 'acupuncture';
type PlacementErrorCode = 'missing-landmark' | 'missing-surface' | 'degenerate-rule';

/** Why a point could not be placed on this model, with a message that says how to fix it. */
export interface PlacementError {
  readonly kind: 'placement-error';
  readonly module: PlacementModule;
  readonly code: PlacementErrorCode;
  /** Motor point record id or acupuncture point code. */
  readonly recordId: string;
  readonly side: BilateralSide;
  /** The missing landmark and the side it was asked for (for `missing-landmark`). */
  readonly landmark?: LandmarkId;
  readonly landmarkSide?: Side;
  readonly message: string;
}

/** @internal */
export function isPlacementError(value: unknown): value is PlacementError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'placement-error'
  );
}

export function ruleProblemToError(
  module: PlacementModule,
  recordId: string,
  side: BilateralSide,
  problem: RuleProblem,
): PlacementError {
  if (problem.code === 'missing-landmark') {
    return {
      kind: 'placement-error',
      module,
      code: 'missing-landmark',
      recordId,
      side,
      landmark: problem.landmark,
      landmarkSide: problem.side,
      message: text.errors.missingLandmark(module, problem.landmark, problem.side),
    };
  }
  return {
    kind: 'placement-error',
    module,
    code: 'degenerate-rule',
    recordId,
    side,
    message: text.errors.degenerateRule(module, recordId, side, problem.detail),
  };
}
