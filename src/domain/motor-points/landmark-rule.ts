import type { LandmarkId } from '../anatomy';
import { type Anchor, landmarksOfAnchor } from './anchor';
import type { AnatomicalDirection, Direction } from './direction';

/** A closed interval `[low, high]`. */
export type Range = readonly [number, number];

interface RuleBase {
  /**
   * How the source's wording was turned into this rule: what is certain, what was assumed.
   * Shown with the marker and reviewed with the data.
   */
  readonly readingNote: string;
  /**
   * Half-width of the uncertainty region around the point (for a single point: its radius; for a
   * range: the band's half-width). Falls back to the placement option `regionHalfWidthMm`.
   */
  readonly regionHalfWidthMm?: number;
}

/** At an anchor (a landmark, or a point derived from landmarks). */
export interface AtRule extends RuleBase {
  readonly kind: 'at';
  readonly anchor: Anchor;
}

/**
 * At `fraction` of the straight line from `from` (0) to `to` (1). A `fractionRange` is the
 * reported range; `fraction` is the value the record gives (a mean, or the range's midpoint).
 * An optional `perpendicular` moves the point off the line:
 * - `toward`: by a fraction of the perpendicular from the line to another point (a second axis);
 * - `direction`: by millimetres along the part of an anatomical direction perpendicular to the line.
 */
export interface LineFractionRule extends RuleBase {
  readonly kind: 'line-fraction';
  readonly from: Anchor;
  readonly to: Anchor;
  readonly fraction: number;
  readonly fractionRange?: Range;
  readonly perpendicular?: PerpendicularOffset;
}

type PerpendicularOffset =
  | {
      readonly toward: Anchor;
      readonly fraction: number;
      readonly fractionRange?: Range;
      /** What the second axis is, in words. */
      readonly axis: string;
    }
  | {
      readonly direction: readonly AnatomicalDirection[];
      readonly offsetMm: number;
      readonly offsetRangeMm?: Range;
    };

/** `offsetMm` millimetres from an anchor along a direction (straight line, not along the skin). */
interface OffsetRule extends RuleBase {
  readonly kind: 'offset';
  readonly from: Anchor;
  readonly direction: Direction;
  readonly offsetMm: number;
  readonly offsetRangeMm?: Range;
}

/**
 * A bilinear position inside a quadrilateral of four anchors, for descriptions such as
 * "the upper-outer quadrant": P(u, v) = (1-u)(1-v)·u0v0 + u(1-v)·u1v0 + (1-u)v·u0v1 + uv·u1v1.
 */
interface QuadRule extends RuleBase {
  readonly kind: 'quad';
  readonly corners: {
    readonly u0v0: Anchor;
    readonly u1v0: Anchor;
    readonly u0v1: Anchor;
    readonly u1v1: Anchor;
  };
  /** What u measures, in words (e.g. "origin (0) to insertion (1)"). */
  readonly uAxis: string;
  /** What v measures, in words. */
  readonly vAxis: string;
  readonly u: number;
  readonly v: number;
  readonly uRange?: Range;
  readonly vRange?: Range;
}

export type LandmarkRule = AtRule | LineFractionRule | OffsetRule | QuadRule;

/**
 * Every landmark a rule needs, without duplicates.
 * @internal
 */
export function landmarksOfRule(rule: LandmarkRule): LandmarkId[] {
  const anchors: Anchor[] = [];
  switch (rule.kind) {
    case 'at':
      anchors.push(rule.anchor);
      break;
    case 'line-fraction':
      anchors.push(rule.from, rule.to);
      if (rule.perpendicular && 'toward' in rule.perpendicular) {
        anchors.push(rule.perpendicular.toward);
      }
      break;
    case 'offset':
      anchors.push(rule.from);
      if ('toward' in rule.direction) anchors.push(rule.direction.toward);
      break;
    case 'quad':
      anchors.push(rule.corners.u0v0, rule.corners.u1v0, rule.corners.u0v1, rule.corners.u1v1);
      break;
  }
  return [...new Set(anchors.flatMap(landmarksOfAnchor))];
}
