import { type BilateralSide, LANDMARKS, type LandmarkId, type Side } from '../anatomy';
import { lerp, type Vec3 } from '../geometry';
import { RuleProblemError } from './rule-problem';
import type { LandmarkLookup } from './surface-query';

/**
 * A point named by landmarks:
 * - a landmark id: the landmark itself;
 * - `between`: the point at `fraction` of the way from the first landmark to the second;
 * - `onLine`: where the straight line through two landmarks reaches the height (Y) of `levelOf`,
 *   raised by `levelOffsetMm` (e.g. "on the posterior median line, level with S2"). A pair of
 *   landmarks as `levelOf` means the height midway between them (e.g. the L2-L3 interspace).
 * Bilateral landmarks are taken on the side being placed; midline landmarks on the midline.
 */
export type Anchor =
  | LandmarkId
  | { readonly between: readonly [LandmarkId, LandmarkId]; readonly fraction: number }
  | {
      readonly onLine: readonly [LandmarkId, LandmarkId];
      readonly levelOf: LandmarkId | readonly [LandmarkId, LandmarkId];
      readonly levelOffsetMm?: number;
    };

const BILATERAL = new Map<LandmarkId, boolean>(LANDMARKS.map((l) => [l.id, l.bilateral]));

/** The side to ask the model for: the placed side for bilateral landmarks, else `midline`. */
function landmarkSide(id: LandmarkId, side: BilateralSide): Side {
  return BILATERAL.get(id) ? side : 'midline';
}

export function landmarkPosition(
  id: LandmarkId,
  side: BilateralSide,
  landmarks: LandmarkLookup,
): Vec3 {
  const askSide = landmarkSide(id, side);
  const p = landmarks(id, askSide);
  if (!p) throw new RuleProblemError({ code: 'missing-landmark', landmark: id, side: askSide });
  return p;
}

export function resolveAnchor(
  anchor: Anchor,
  side: BilateralSide,
  landmarks: LandmarkLookup,
): Vec3 {
  if (typeof anchor === 'string') return landmarkPosition(anchor, side, landmarks);
  if ('between' in anchor) {
    const [a, b] = anchor.between;
    return lerp(
      landmarkPosition(a, side, landmarks),
      landmarkPosition(b, side, landmarks),
      anchor.fraction,
    );
  }
  const [a, b] = anchor.onLine;
  const pa = landmarkPosition(a, side, landmarks);
  const pb = landmarkPosition(b, side, landmarks);
  const levels: readonly LandmarkId[] =
    typeof anchor.levelOf === 'string' ? [anchor.levelOf] : anchor.levelOf;
  let heightSum = 0;
  for (const id of levels) heightSum += landmarkPosition(id, side, landmarks)[1];
  const meanHeight = heightSum / levels.length;
  const level = meanHeight + (anchor.levelOffsetMm ?? 0) / 1000;
  const dy = pb[1] - pa[1];
  if (Math.abs(dy) < 1e-6) {
    throw new RuleProblemError({
      code: 'degenerate-rule',
      detail: `the line ${a}-${b} is horizontal, so it has no point level with ${levels.join(' and ')}`,
    });
  }
  return lerp(pa, pb, (level - pa[1]) / dy);
}

/** Every landmark an anchor needs. */
export function landmarksOfAnchor(anchor: Anchor): LandmarkId[] {
  if (typeof anchor === 'string') return [anchor];
  if ('between' in anchor) return [...anchor.between];
  return [
    ...anchor.onLine,
    ...(typeof anchor.levelOf === 'string' ? [anchor.levelOf] : anchor.levelOf),
  ];
}
