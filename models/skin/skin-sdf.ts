import { smoothstep } from '../math/scalar';
import {
  composeSdf,
  ellipsoid,
  ellipticCylinder,
  intersect,
  plane,
  roundCone,
  type Sdf,
  union,
} from '../sdf/sdf';

/**
 * Body surface of the lower trunk, buttocks and thighs down to just below the knees (pelvis
 * frame, mm, both sides), as smooth blends of elliptic slices, buttock masses and thigh cones.
 * Soft tissue depth follows Gibney 2010 (buttock fat about 15 mm, thigh about 10 mm) over
 * the muscles; sizes are an average adult male (Rajagopal 2016 skeleton).
 */
export function skinSdf(): Sdf {
  const vertical: [[number, number, number], [number, number, number], [number, number, number]] = [
    [0, 1, 0],
    [1, 0, 0],
    [0, 0, 1],
  ];
  const parts = [
    // trunk slices: centre x, y, AP half, ML half
    union(ellipticCylinder([-62, 240, 0], vertical, 112, 150, 40, 30), 0),
    union(ellipticCylinder([-55, 140, 0], vertical, 108, 142, 45, 30), 50),
    union(ellipticCylinder([-66, 40, 0], vertical, 104, 166, 40, 30), 50),
    // abdomen
    union(ellipsoid([-30, 95, 0], [85, 105, 130]), 40),
    // buttocks
    union(ellipsoid([-132, -70, 72], [66, 82, 78]), 45),
    union(ellipsoid([-132, -70, -72], [66, 82, 78]), 45),
    // hips at the trochanters
    union(ellipsoid([-60, -70, 110], [75, 70, 70]), 40),
    union(ellipsoid([-60, -70, -110], [75, 70, 70]), 40),
    // thighs and knees
    union(roundCone([-62, -150, 92], 86, [-50, -470, 80], 53), 40),
    union(roundCone([-62, -150, -92], 86, [-50, -470, -80], 53), 40),
    union(roundCone([-50, -470, 80], 53, [-52, -560, 78], 46), 20),
    union(roundCone([-50, -470, -80], 53, [-52, -560, -78], 46), 20),
    // cut the top and bottom flat (the surface is a regional cut-out)
    intersect(plane([0, 275, 0], [0, 1, 0]), 20),
    intersect(plane([0, -575, 0], [0, -1, 0]), 20),
  ];
  const body = composeSdf(parts);
  // Gluteal cleft and gluteal folds: shallow grooves.
  return (x, y, z) => {
    const d = body(x, y, z);
    const cleft =
      10 *
      Math.exp(-(z * z) / 200) *
      smoothstep(-100, -150, x) *
      smoothstep(30, -20, y) *
      smoothstep(-190, -140, y);
    return d + cleft;
  };
}
