import { normalize, type Vec3 } from '../math/vec3';
import {
  axesFrom,
  composeSdf,
  ellipsoid,
  ellipticCylinder,
  roundCone,
  roundConeChain,
  roundedBox,
  type Sdf,
  subtract,
  union,
} from '../sdf/sdf';

/** Sacral segments S1..apex: centre (x, y) on the anterior body line, half width, half depth. */
const SEGMENTS: readonly { c: [number, number]; w: number; t: number }[] = [
  { c: [-104, 36], w: 40, t: 18 },
  { c: [-112, 14], w: 40, t: 16 },
  { c: [-119, -11], w: 31, t: 13 },
  { c: [-124, -33], w: 22, t: 10 },
  { c: [-126, -50], w: 14, t: 8 },
  { c: [-127.5, -57], w: 8, t: 6 },
];

/**
 * Sacrum SDF (pelvis frame, mm, midline z = 0): six body segments following the curved anterior
 * line, the S1 body with its flat endplate at the figures' S1 centre, alae, auricular masses, a
 * dorsal bulge with the median crest and superior articular processes, transverse ridges, and
 * four pairs of anterior foramina.
 */
export function sacrumSdf(): Sdf {
  const steps = SEGMENTS.map((s, i) => {
    const prev = SEGMENTS[Math.max(0, i - 1)]!.c;
    const next = SEGMENTS[Math.min(SEGMENTS.length - 1, i + 1)]!.c;
    const tangent: Vec3 = normalize([next[0] - prev[0], next[1] - prev[1], 0]);
    const axes = axesFrom(tangent, [0, 0, 1]);
    // axes: u along the body line (down), v = across (z), w = front-to-back
    return union(roundedBox([s.c[0], s.c[1], 0], [13.5, s.w, s.t], Math.min(s.t, 7), axes), 10);
  });
  const ridges = [28, 2, -21, -41].map((y, i) => {
    const seg = interpolateLine(y);
    return union(roundCone([seg + 1 - i * 0.5, y, -10], 2.4, [seg + 1 - i * 0.5, y, 10], 2.4), 4);
  });
  const foramina = [28, 2, -21, -41].flatMap((y, i) => {
    const r = [5.6, 5.0, 4.3, 3.6][i]!;
    const x = interpolateLine(y) + 2;
    const z = 16.5 - 1.2 * i;
    return [1, -1].map((side) =>
      subtract(ellipsoid([x, y, side * z], [2 * r, 1.2 * r, 1.1 * r]), 2),
    );
  });
  return composeSdf([
    ...steps,
    union(
      ellipticCylinder([-103.5, 46, 0], axesFrom([0.22, 1, 0], [0, 0, 1]), 20, 25, 10.5, 2.5),
      6,
    ),
    union(ellipsoid([-113, 44, 31], [22, 17, 20]), 10),
    union(ellipsoid([-113, 44, -31], [22, 17, 20]), 10),
    union(ellipsoid([-122, 18, 36], [16, 28, 11]), 10),
    union(ellipsoid([-122, 18, -36], [16, 28, 11]), 10),
    union(ellipsoid([-132, 18, 0], [12, 34, 30]), 12),
    union(roundCone([-133, 46, 19], 7.2, [-130, 55, 21], 6.2), 5),
    union(roundCone([-133, 46, -19], 7.2, [-130, 55, -21], 6.2), 5),
    union(
      roundConeChain(
        [
          [-140, 46, 0],
          [-143, 24, 0],
          [-142, 2, 0],
          [-140, -22, 0],
          [-137, -44, 0],
        ],
        [4.5, 5.5, 5, 4.5, 4],
      ),
      6,
    ),
    ...ridges,
    ...foramina,
    // posterior sacral foramina S1-S4 beside the median crest
    ...[34, 12, -10, -28].flatMap((y, i) =>
      [1, -1].map((side) =>
        subtract(
          ellipsoid([-141 + i * 2, y, side * (17 - i)], [7, 4.2 - 0.4 * i, 3.6 - 0.3 * i]),
          2,
        ),
      ),
    ),
  ]);
}

/** x of the anterior body line at height y (linear between segment centres), moved to the face. */
function interpolateLine(y: number): number {
  for (let i = 0; i + 1 < SEGMENTS.length; i++) {
    const a = SEGMENTS[i]!;
    const b = SEGMENTS[i + 1]!;
    if (y <= a.c[1] && y >= b.c[1]) {
      const t = (a.c[1] - y) / (a.c[1] - b.c[1]);
      const x = a.c[0] + (b.c[0] - a.c[0]) * t;
      const depth = a.t + (b.t - a.t) * t;
      return x + depth - 4;
    }
  }
  return SEGMENTS[0]!.c[0];
}
