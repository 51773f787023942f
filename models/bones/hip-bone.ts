import { add, normalize, scale, sub, type Vec3 } from '../math/vec3';
import {
  axesFrom,
  axesWithThird,
  composeSdf,
  ellipsoid,
  flattened,
  plane,
  roundCone,
  roundConeChain,
  type Sdf,
  smax,
  sphere,
  subtract,
  union,
} from '../sdf/sdf';
import { iliacWing } from './iliac-wing';

/** Acetabulum sphere fit centre (figures, mm) and the socket/cup radii. */
const ACETABULUM_CENTRE: Vec3 = [-55.9, -74.5, 78.7];
/** Opening axis of the acetabulum: lateral, inferior, anterior. */
const ACETABULUM_AXIS: Vec3 = normalize([0.3, -0.62, 0.75]);
/** Femoral head 24.8 mm + cartilage/joint gap. */
const SOCKET_RADIUS_MM = 27.2;
/** Normal of the obturator foramen plane. */
const FORAMEN_NORMAL: Vec3 = [0.52, -0.44, 0.75];

/**
 * Right hip bone (os coxae) SDF in the OpenSim pelvis frame, mm. Ordered recipe: the iliac wing
 * plate and crest, spines, acetabular mass, pelvic brim, ischium and pubis are unioned; then the
 * obturator foramen, the acetabular notch and (last, so no blend refills it) the socket are cut.
 */
export function hipBoneSdf(): Sdf {
  const wing = iliacWing();
  const crestR = [5.5, 5.8, 6.8, 6.0, 5.2, 5.0, 5.0, 5.0, 5.2, 5.8, 6.5, 6.8];
  // the outline is the crest's outer hull: sink the tube below it and slightly inward
  const crestPts = wing.crest.map(
    (p, i) => [p[0], p[1] - 0.85 * crestR[i]!, p[2] - 0.4 * crestR[i]!] as Vec3,
  );
  const A = ACETABULUM_CENTRE;
  const n = ACETABULUM_AXIS;
  const cup: Sdf = (() => {
    const s = sphere(A, 36.5);
    const cut = plane(add(A, n), n);
    return (x, y, z) => smax(s(x, y, z), cut(x, y, z), 6);
  })();
  // Inferior in-rim direction for the acetabular notch.
  const down = normalize(sub([0, -1, 0], scale(n, -n[1])));
  const notchStart = add(add(A, scale(down, 32)), scale(n, 4));
  const foramenLong = normalize(sub([-90, -100, 58], [-22, -100, 11]));
  const foramenAxes = axesWithThird(foramenLong, FORAMEN_NORMAL);
  return composeSdf([
    union(wing.sdf, 0),
    union(roundConeChain(crestPts, crestR), 6),
    // spines and posterior ilium
    union(sphere([-5, -1.5, 117], 6.2), 6),
    union(ellipsoid([-31, -31, 95], [7, 9, 6]), 8),
    union(sphere([-132.5, 15, 43.5], 7.5), 8),
    union(sphere([-128.5, -7.5, 46.5], 5.8), 6),
    union(ellipsoid([-121, 12, 49], [17, 32, 13.5]), 12),
    union(ellipsoid([-117, 18, 43], [16, 26, 8]), 10),
    // ilium body above the acetabulum
    union(ellipsoid([-58, -40, 74], [28, 22, 14], axesFrom([1, 0.05, 0.55], [0, 1, 0])), 14),
    // acetabulum
    union(cup, 12),
    union(ellipsoid([-70, -62, 60], [26, 28, 12]), 12),
    // pelvic brim (arcuate and pectineal lines)
    union(
      roundConeChain(
        [
          [-113, 6, 47],
          [-94, -28, 53],
          [-68, -52, 57],
          [-44, -63, 53],
          [-26, -75, 33],
          [-17, -84, 18],
        ],
        [5, 4.8, 4.6, 4.4, 4.2, 4.2],
      ),
      6,
    ),
    // ischium
    union(
      roundConeChain(
        [
          [-84, -36, 69],
          [-90, -58, 62],
          [-93, -80, 58],
        ],
        [12, 11.5, 11],
      ),
      12,
    ),
    union(roundCone([-86, -80, 62], 15, [-98, -112, 54], 13), 10),
    union(ellipsoid([-100, -118, 52], [23, 14.5, 13.5], axesFrom([0.35, 1, 0.05], [1, 0, 0])), 10),
    union(roundCone([-95, -71, 55], 6.2, [-109, -78, 41], 2.6), 5),
    // pubis
    // superior pubic ramus: flattened front-to-back below the pectineal line
    union(
      flattened(
        roundConeChain(
          [
            [-48, -62, 69],
            [-32, -70, 47],
            [-21, -82, 24],
          ],
          [14, 11.5, 11],
        ),
        [-32, -70, 47],
        [0.55, 0.1, 0.3],
        1.35,
      ),
      10,
    ),
    union(
      ellipsoid([-23.5, -98, 12.5], [22, 11.5, 12.5], axesFrom([-0.4, -0.92, 0], [0, 0, 1])),
      8,
    ),
    union(sphere([-13, -85, 22], 4.8), 4),
    // ischiopubic ramus: a plate in the plane of the obturator foramen, not a tube
    union(
      flattened(
        roundConeChain(
          [
            [-30, -113, 10],
            [-46, -124, 22],
            [-64, -131, 33],
            [-83, -129, 45],
            [-96, -122, 51],
          ],
          [9.5, 9, 9, 10, 12],
        ),
        [-60, -125, 33],
        FORAMEN_NORMAL,
        1.7,
      ),
      9,
    ),
    // cuts: obturator foramen, acetabular notch, socket (last)
    subtract(ellipsoid([-58, -101, 40], [22, 15.5, 16], foramenAxes), 4),
    subtract(roundCone(notchStart, 6.8, add(notchStart, scale(n, 20)), 6.8), 3),
    subtract(sphere(A, SOCKET_RADIUS_MM), 4),
  ]);
}
