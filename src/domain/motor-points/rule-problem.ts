import type { LandmarkId, Side } from '../anatomy';

/** Why a landmark rule could not be resolved on a model. */
export type RuleProblem =
  | { readonly code: 'missing-landmark'; readonly landmark: LandmarkId; readonly side: Side }
  | { readonly code: 'degenerate-rule'; readonly detail: string };

/**
 * Thrown inside rule resolution and caught by the placement functions, which turn it into a
 * `PlacementError` value; it never escapes the public API.
 */
export class RuleProblemError extends Error {
  readonly problem: RuleProblem;

  constructor(problem: RuleProblem) {
    super(problem.code === 'missing-landmark' ? `missing ${problem.landmark}` : problem.detail);
    this.problem = problem;
  }
}
