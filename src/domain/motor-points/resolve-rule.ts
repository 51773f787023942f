import type { BilateralSide } from '../anatomy';
import {
  add,
  addScaled,
  dot,
  lerp,
  normalize,
  rejectFrom,
  scale,
  sub,
  type Vec3,
} from '../geometry';
import { resolveAnchor } from './anchor';
import { combinedAnatomicalVector } from './direction';
import type { LandmarkRule, Range } from './landmark-rule';
import { RuleProblemError } from './rule-problem';
import type { LandmarkLookup } from './surface-query';

/**
 * A rule resolved on one model and side: a map from two parameters (s, t) to model positions,
 * the nominal parameters, and the stated ranges of each (a degenerate range `[x, x]` when the
 * source gives no range for that parameter). Units of s and t depend on the rule kind
 * (line fraction, millimetres, or bilinear u/v); callers only sample them.
 */
export interface ResolvedRule {
  at(s: number, t: number): Vec3;
  readonly nominal: readonly [number, number];
  readonly sRange: Range;
  readonly tRange: Range;
  /** Half-width of the uncertainty region, metres. */
  readonly halfWidthM: number;
}

function rangeOr(range: Range | undefined, value: number): Range {
  return range ?? [value, value];
}

/** Resolve a rule on the model's landmarks. Throws `RuleProblemError` (caught by the callers). */
export function resolveRule(
  rule: LandmarkRule,
  side: BilateralSide,
  landmarks: LandmarkLookup,
  defaultHalfWidthMm: number,
): ResolvedRule {
  const halfWidthM = (rule.regionHalfWidthMm ?? defaultHalfWidthMm) / 1000;
  switch (rule.kind) {
    case 'at': {
      const p = resolveAnchor(rule.anchor, side, landmarks);
      return { at: () => p, nominal: [0, 0], sRange: [0, 0], tRange: [0, 0], halfWidthM };
    }
    case 'line-fraction': {
      const a = resolveAnchor(rule.from, side, landmarks);
      const b = resolveAnchor(rule.to, side, landmarks);
      const axis = normalize(sub(b, a));
      if (!axis) {
        throw new RuleProblemError({
          code: 'degenerate-rule',
          detail: 'the two ends of the line are at the same place',
        });
      }
      const sRange = rangeOr(rule.fractionRange, rule.fraction);
      const perp = rule.perpendicular;
      if (!perp) {
        return {
          at: (s) => lerp(a, b, s),
          nominal: [rule.fraction, 0],
          sRange,
          tRange: [0, 0],
          halfWidthM,
        };
      }
      if ('toward' in perp) {
        const c = resolveAnchor(perp.toward, side, landmarks);
        const foot = addScaled(a, axis, dot(sub(c, a), axis));
        const toC = sub(c, foot);
        return {
          at: (s, t) => add(lerp(a, b, s), scale(toC, t)),
          nominal: [rule.fraction, perp.fraction],
          sRange,
          tRange: rangeOr(perp.fractionRange, perp.fraction),
          halfWidthM,
        };
      }
      const offDir = normalize(rejectFrom(combinedAnatomicalVector(perp.direction, side), axis));
      if (!offDir) {
        throw new RuleProblemError({
          code: 'degenerate-rule',
          detail: `the offset direction ${perp.direction.join(' + ')} runs along the line`,
        });
      }
      return {
        at: (s, t) => addScaled(lerp(a, b, s), offDir, t / 1000),
        nominal: [rule.fraction, perp.offsetMm],
        sRange,
        tRange: rangeOr(perp.offsetRangeMm, perp.offsetMm),
        halfWidthM,
      };
    }
    case 'offset': {
      const origin = resolveAnchor(rule.from, side, landmarks);
      let dir: Vec3 | undefined;
      if ('anatomical' in rule.direction) {
        dir = combinedAnatomicalVector(rule.direction.anatomical, side);
      } else {
        dir = normalize(sub(resolveAnchor(rule.direction.toward, side, landmarks), origin));
        if (!dir) {
          throw new RuleProblemError({
            code: 'degenerate-rule',
            detail: 'the offset points toward its own starting point',
          });
        }
      }
      const unit = dir;
      return {
        at: (s) => addScaled(origin, unit, s / 1000),
        nominal: [rule.offsetMm, 0],
        sRange: rangeOr(rule.offsetRangeMm, rule.offsetMm),
        tRange: [0, 0],
        halfWidthM,
      };
    }
    case 'quad': {
      const c00 = resolveAnchor(rule.corners.u0v0, side, landmarks);
      const c10 = resolveAnchor(rule.corners.u1v0, side, landmarks);
      const c01 = resolveAnchor(rule.corners.u0v1, side, landmarks);
      const c11 = resolveAnchor(rule.corners.u1v1, side, landmarks);
      return {
        at: (u, v) => lerp(lerp(c00, c10, u), lerp(c01, c11, u), v),
        nominal: [rule.u, rule.v],
        sRange: rangeOr(rule.uRange, rule.u),
        tRange: rangeOr(rule.vRange, rule.v),
        halfWidthM,
      };
    }
  }
}
