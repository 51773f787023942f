import { loadFigures } from '../figures/load-figures';
import type { Vec3 } from '../math/vec3';
import {
  composeSdf,
  ellipsoid,
  roundCone,
  roundConeChain,
  type Sdf,
  sphere,
  subtract,
  union,
} from '../sdf/sdf';

/**
 * Right tibia SDF in the tibia frame (origin near the knee centre, x anterior, y up, z lateral),
 * mm: two condyles whose articular facets sit just below the femoral condyles, the intercondylar
 * eminence, the tuberosity, a shaft through the figures' slice centres with an anterior crest,
 * the distal end and the medial malleolus.
 */
export function tibiaSdf(): Sdf {
  const sections = loadFigures().bone_extents.tibia_r_cross_sections.filter(
    (s) => s.y <= -0.085 && s.y >= -0.36,
  );
  const shaftPts: Vec3[] = [
    [1, -52, 1],
    ...sections.map((s) => [s.centre_x * 1000, s.y * 1000, s.centre_z * 1000] as Vec3),
    [0, -372, -2],
  ];
  const raw = [20, ...sections.map((s) => (s.depth_ap + s.width_ml) * 250), 15];
  // smooth the slice radii so the shaft has no waists between slices
  const shaftR = raw.map(
    (r, i) => (raw[Math.max(0, i - 1)]! + 2 * r + raw[Math.min(raw.length - 1, i + 1)]!) / 4,
  );
  const crest: Vec3[] = sections
    .slice(0, -1)
    .map((s) => [s.centre_x * 1000 + s.depth_ap * 500 - 3.5, s.y * 1000, s.centre_z * 1000 - 1]);
  const crestR = crest.map((_, i, a) => 1 + 2.2 * Math.sin((Math.PI * (i + 0.5)) / a.length));
  return composeSdf([
    union(ellipsoid([-3, -38, 17], [23, 13, 17.5]), 0),
    union(ellipsoid([-1, -41.5, -15], [26, 13, 19.5]), 10),
    union(ellipsoid([-4, -48, 0], [20, 16, 30]), 12),
    // articular facets: shallow dishes under the femoral condyles
    subtract(sphere([-2, 14, 17], 41.5), 3),
    subtract(sphere([-1, 12, -16], 43), 3),
    // intercondylar eminence (medial and lateral tubercles)
    union(roundCone([-8, -30, 4], 4, [-9, -21, 4], 2.5), 3),
    union(roundCone([-8, -30, -4], 4, [-8, -22.5, -3], 2.5), 3),
    union(ellipsoid([21, -64, 8], [7, 15, 10]), 8),
    union(roundConeChain(shaftPts, shaftR), 14),
    union(roundConeChain(crest, crestR), 8),
    union(ellipsoid([0, -378, -1], [19, 15, 21]), 10),
    union(roundCone([1, -368, -16], 8, [1, -389, -22], 5.5), 6),
  ]);
}

/** Right fibula SDF in the tibia frame, mm: head, neck, slender shaft and lateral malleolus. */
export function fibulaSdf(): Sdf {
  return composeSdf([
    union(ellipsoid([-21, -52, 30], [10, 10, 9]), 0),
    union(sphere([-24, -45.5, 30.5], 3.2), 3),
    union(
      roundConeChain(
        [
          [-21.5, -62, 31],
          [-23, -110, 30.5],
          [-24, -200, 29],
          [-23.5, -290, 27.5],
          [-21, -350, 27.5],
          [-19.5, -372, 29],
        ],
        [6.5, 6, 6, 6, 6.8, 8],
      ),
      8,
    ),
    union(ellipsoid([-19.5, -388, 29], [10, 17, 7.5]), 8),
  ]);
}

/** Right patella SDF in the patella frame (origin at the apex, y up), mm. */
export function patellaSdf(): Sdf {
  return composeSdf([
    union(ellipsoid([2.5, 31, 1], [11.5, 21, 24.5]), 0),
    union(ellipsoid([2.5, 14, 1], [9.5, 13, 14]), 10),
    // posterior median ridge of the articular surface
    union(roundCone([-6, 42, -1], 4, [-5, 16, -1], 3), 6),
  ]);
}
