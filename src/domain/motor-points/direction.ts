import type { BilateralSide } from '../anatomy';
import { normalize, type Vec3 } from '../geometry';
import type { Anchor } from './anchor';
import { RuleProblemError } from './rule-problem';

/**
 * Named anatomical directions, in the standing anatomical position.
 * @internal
 */
export const ANATOMICAL_DIRECTIONS = [
  'superior',
  'inferior',
  'medial',
  'lateral',
  'anterior',
  'posterior',
] as const;
export type AnatomicalDirection = (typeof ANATOMICAL_DIRECTIONS)[number];

/**
 * The direction of an offset: a named anatomical direction (several are summed, e.g.
 * anterior + inferior) or the straight line toward another point.
 */
export type Direction =
  | { readonly anatomical: readonly AnatomicalDirection[] }
  | { readonly toward: Anchor };

/**
 * Unit vector of one anatomical direction in the model frame (+Y up, body faces +Z, the body's
 * right side is -X): lateral is -X on the right side and +X on the left; medial the opposite.
 * @internal
 */
export function anatomicalVector(direction: AnatomicalDirection, side: BilateralSide): Vec3 {
  const outward = side === 'right' ? -1 : 1;
  switch (direction) {
    case 'superior':
      return [0, 1, 0];
    case 'inferior':
      return [0, -1, 0];
    case 'anterior':
      return [0, 0, 1];
    case 'posterior':
      return [0, 0, -1];
    case 'lateral':
      return [outward, 0, 0];
    case 'medial':
      return [-outward, 0, 0];
  }
}

/** Unit vector of the sum of several anatomical directions. */
export function combinedAnatomicalVector(
  directions: readonly AnatomicalDirection[],
  side: BilateralSide,
): Vec3 {
  let sum: Vec3 = [0, 0, 0];
  for (const d of directions) {
    const v = anatomicalVector(d, side);
    sum = [sum[0] + v[0], sum[1] + v[1], sum[2] + v[2]];
  }
  const unit = normalize(sum);
  if (!unit) {
    throw new RuleProblemError({
      code: 'degenerate-rule',
      detail: `the directions ${directions.join(' + ')} cancel out`,
    });
  }
  return unit;
}
