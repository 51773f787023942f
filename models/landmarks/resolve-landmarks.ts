import type { LandmarkSpec } from '../gltf/model-spec';
import { mirrorZ, normalize, type Vec3 } from '../math/vec3';
import { sdfGradient } from '../mesh/sdf-gradient';
import type { Sdf } from '../sdf/sdf';
import { skeletonJoints } from '../skeleton/skeleton';
import type { LandmarkDef } from './landmark-table';

/** Pulls a point onto the zero set of `sdf` with a few Newton steps. */
function snapToSurface(sdf: Sdf, p: Vec3, steps = 12): Vec3 {
  const g = new Float64Array(3);
  let [x, y, z] = p;
  for (let i = 0; i < steps; i++) {
    const d = sdf(x, y, z);
    sdfGradient(sdf, x, y, z, 0.25, g);
    const gg = g[0]! * g[0]! + g[1]! * g[1]! + g[2]! * g[2]! || 1;
    x -= (d * g[0]!) / gg;
    y -= (d * g[1]!) / gg;
    z -= (d * g[2]!) / gg;
  }
  return [x, y, z];
}

/** Marches from `p` along `dir` until the surface of `sdf` and returns the crossing. */
function castToSurface(sdf: Sdf, p: Vec3, dir: Vec3, maxMm = 400): Vec3 {
  const d = normalize(dir);
  const inside = sdf(p[0], p[1], p[2]) < 0;
  let lo = 0;
  let hi = 0;
  for (let t = 1; t <= maxMm; t += 1) {
    const v = sdf(p[0] + d[0] * t, p[1] + d[1] * t, p[2] + d[2] * t);
    if (v < 0 !== inside) {
      hi = t;
      lo = t - 1;
      break;
    }
  }
  if (hi === 0)
    throw new Error(
      `resolve-landmarks: no surface along ${JSON.stringify(dir)} from ${JSON.stringify(p)}`,
    );
  for (let i = 0; i < 30; i++) {
    const m = (lo + hi) / 2;
    const v = sdf(p[0] + d[0] * m, p[1] + d[1] * m, p[2] + d[2] * m);
    if (v < 0 === inside) lo = m;
    else hi = m;
  }
  const t = (lo + hi) / 2;
  return [p[0] + d[0] * t, p[1] + d[1] * t, p[2] + d[2] * t];
}

/**
 * Turns landmark definitions into per-side landmark nodes: snapped onto the named bone SDF or
 * cast onto the skin, mirrored for the left side.
 */
export function resolveLandmarks(
  defs: readonly LandmarkDef[],
  surfaces: { bones: ReadonlyMap<string, Sdf>; skin: Sdf },
  bilateralIds: ReadonlySet<string>,
): LandmarkSpec[] {
  const out: LandmarkSpec[] = [];
  const bilateralJoint = new Set(
    skeletonJoints()
      .filter((j) => j.bilateral)
      .map((j) => j.id as string),
  );
  for (const def of defs) {
    let p = def.point;
    if (def.snap) {
      if (def.snap.to === 'skin') p = castToSurface(surfaces.skin, p, def.snap.dir ?? [1, 0, 0]);
      else {
        const sdf = surfaces.bones.get(def.snap.to.replace(/^bone:/, ''));
        if (!sdf) throw new Error(`resolve-landmarks: ${def.id} snaps to unknown ${def.snap.to}`);
        p = snapToSurface(sdf, p);
      }
    }
    if (bilateralIds.has(def.id)) {
      out.push({ id: def.id, side: 'right', layer: def.layer, joint: def.joint, position: p });
      out.push({
        id: def.id,
        side: 'left',
        layer: def.layer,
        joint: def.joint,
        position: mirrorZ(p),
      });
    } else {
      if (bilateralJoint.has(def.joint))
        throw new Error(`resolve-landmarks: midline ${def.id} on a sided joint`);
      out.push({
        id: def.id,
        side: 'midline',
        layer: def.layer,
        joint: def.joint,
        position: [p[0], p[1], 0],
      });
    }
  }
  return out;
}
