import type { Vec3 } from '../math/vec3';
import {
  composeSdf,
  ellipticCylinder,
  roundCone,
  roundConeChain,
  roundedBox,
  type Sdf,
  sphere,
  union,
} from '../sdf/sdf';

/** Per-level sizes (mm). Body width/depth follow Christophy 2012 proportions scaled 0.87 and
 * the L5 CT figures (Cook & Baker 2021); transverse process reach follows Li 2003 (L3 longest). */
export interface VertebraSize {
  /** Level spacing to the next joint above (mm), from the Wilkinson chain. */
  spacing: number;
  bodyWidth: number;
  bodyDepth: number;
  /** Disc half height at the lower and upper joints. */
  discBelow: number;
  discAbove: number;
  /** Transverse process tip distance from the midline. */
  transverseReach: number;
  /** Spinous process length behind the lamina, and its height. */
  spinousLength: number;
  spinousHeight: number;
}

export const VERTEBRA_SIZES: Record<
  'L1' | 'L2' | 'L3' | 'L4' | 'L5',
  Omit<VertebraSize, 'spacing'>
> = {
  L1: {
    bodyWidth: 40,
    bodyDepth: 28,
    discBelow: 4.5,
    discAbove: 4,
    transverseReach: 30,
    spinousLength: 24,
    spinousHeight: 20,
  },
  L2: {
    bodyWidth: 42,
    bodyDepth: 30,
    discBelow: 5,
    discAbove: 4.5,
    transverseReach: 34,
    spinousLength: 25,
    spinousHeight: 21,
  },
  L3: {
    bodyWidth: 44,
    bodyDepth: 31,
    discBelow: 5.5,
    discAbove: 5,
    transverseReach: 39,
    spinousLength: 25,
    spinousHeight: 21,
  },
  L4: {
    bodyWidth: 46,
    bodyDepth: 33,
    discBelow: 6,
    discAbove: 5.5,
    transverseReach: 36,
    spinousLength: 23,
    spinousHeight: 19,
  },
  L5: {
    bodyWidth: 49,
    bodyDepth: 34,
    discBelow: 7,
    discAbove: 6,
    transverseReach: 36,
    spinousLength: 19,
    spinousHeight: 16,
  },
};

/** Landmark points of a vertebra in its local frame (origin at the inferior joint). */
export function vertebraLandmarks(
  level: keyof typeof VERTEBRA_SIZES,
  spacing: number,
): {
  transverseTip: Vec3;
  spinousTip: Vec3;
} {
  const s = VERTEBRA_SIZES[level];
  const mid = spacing / 2;
  return {
    transverseTip: [-s.bodyDepth / 2 - 13, mid + 4, s.transverseReach],
    spinousTip: [-s.bodyDepth / 2 - 22 - s.spinousLength, mid - 8, 0],
  };
}

/**
 * One lumbar vertebra in its local frame: x anterior, y up along the segment, z right, origin
 * at the inferior intervertebral joint. Body (elliptic cylinder with a rim), pedicles, laminae,
 * spinous process, transverse processes, superior and inferior articular processes.
 */
export function lumbarVertebraSdf(level: keyof typeof VERTEBRA_SIZES, spacing: number): Sdf {
  const s = VERTEBRA_SIZES[level];
  const y0 = s.discBelow;
  const y1 = spacing - s.discAbove;
  const hh = (y1 - y0) / 2;
  const yc = (y0 + y1) / 2;
  const back = -s.bodyDepth / 2; // posterior wall of the body
  const pedicleEnd = back - 14;
  const laminaMid = back - 22;
  const spinousEnd = laminaMid - s.spinousLength;
  const lm = vertebraLandmarks(level, spacing);
  const parts = [
    union(
      ellipticCylinder(
        [0, yc, 0],
        [
          [0, 1, 0],
          [1, 0, 0],
          [0, 0, 1],
        ],
        s.bodyDepth / 2,
        s.bodyWidth / 2,
        hh,
        3,
      ),
      0,
    ),
    // slight waist: the endplate rims are wider than the middle
    union(
      ellipticCylinder(
        [0, y0 + 2, 0],
        [
          [0, 1, 0],
          [1, 0, 0],
          [0, 0, 1],
        ],
        s.bodyDepth / 2 + 1,
        s.bodyWidth / 2 + 1.2,
        2,
        1.5,
      ),
      3,
    ),
    union(
      ellipticCylinder(
        [0, y1 - 2, 0],
        [
          [0, 1, 0],
          [1, 0, 0],
          [0, 0, 1],
        ],
        s.bodyDepth / 2 + 1,
        s.bodyWidth / 2 + 1.2,
        2,
        1.5,
      ),
      3,
    ),
  ];
  for (const side of [1, -1]) {
    const z = (v: number) => side * v;
    parts.push(
      // pedicle
      union(roundCone([back + 4, yc + 4, z(11)], 6, [pedicleEnd, yc + 4, z(13)], 5.5), 4),
      // lamina to the midline
      union(roundCone([pedicleEnd, yc + 2, z(13)], 5, [laminaMid, yc - 2, z(0)], 5), 4),
      // transverse process
      union(
        roundCone(
          [pedicleEnd + 1, yc + 4, z(16)],
          6,
          [lm.transverseTip[0], lm.transverseTip[1], z(lm.transverseTip[2] - 3.5)],
          3.5,
        ),
        4,
      ),
      // superior articular process (with mammillary process) and inferior articular process
      union(
        roundCone([pedicleEnd - 2, yc + 5, z(15)], 5.5, [pedicleEnd - 5, y1 + 7, z(16)], 4.5),
        3,
      ),
      union(sphere([pedicleEnd - 8, y1 + 2, z(18)], 3), 3),
      union(roundCone([laminaMid + 2, yc - 4, z(10)], 5, [laminaMid, y0 - 8, z(11)], 4.5), 3),
    );
  }
  parts.push(
    // spinous process: a tall flat plate, thicker at its tip
    union(
      roundedBox(
        [(laminaMid + spinousEnd) / 2, yc - 4, 0],
        [(laminaMid - spinousEnd) / 2, s.spinousHeight / 2, 3.2],
        3,
      ),
      4,
    ),
    union(
      roundConeChain(
        [
          [spinousEnd + 4, yc - 4 + s.spinousHeight / 2 - 4, 0],
          [spinousEnd + 2, yc - 4 - s.spinousHeight / 2 + 4, 0],
        ],
        [4.5, 4.5],
      ),
      4,
    ),
  );
  return composeSdf(parts);
}
