import { readFileSync } from 'node:fs';
import { loadFigures, mm } from '../figures/load-figures';
import type { Vec3 } from '../math/vec3';
import { joint, lumbarShift } from '../skeleton/skeleton';

/** The context muscles' figures copied into models/data (see its description and sources). */
export interface ContextFigures {
  readonly rajagopal2016_pelvis_frame_m: Record<string, readonly Vec3[]>;
  readonly rajagopal2016_femur_frame_m: Record<
    string,
    readonly { frame: string; location_m: Vec3 }[]
  >;
  readonly gait2392_m: Record<string, readonly { frame: string; location_m: Vec3 }[]>;
  readonly quadratus_lumborum_wilkinson2021_pelvis_frame_m: Record<string, readonly Vec3[]>;
  readonly rajagopal2016_parameters: Record<
    string,
    { max_isometric_force_N: number; optimal_fiber_length_m: number }
  >;
  readonly gait2392_segment_lengths_m: {
    hip_to_knee_at_0_flexion_m: number;
    hip_centre_separation_m: number;
  };
  readonly handsfield2014_volume_cm3: {
    readonly mean: Record<string, number>;
    readonly regression_b1_b2: Record<string, readonly [number, number]>;
  };
}

let cached: ContextFigures | undefined;

export function loadContextFigures(): ContextFigures {
  cached ??= JSON.parse(
    readFileSync(new URL('../data/context-muscles.json', import.meta.url), 'utf8'),
  ) as ContextFigures;
  return cached;
}

/** A Rajagopal 2016 path point already in the pelvis frame (default pose), in mm. */
export function rajagopalPoint(muscle: string, index: number): Vec3 {
  const p = loadContextFigures().rajagopal2016_pelvis_frame_m[muscle]?.[index];
  if (!p) throw new Error(`context-frames: no Rajagopal point ${muscle}[${index}]`);
  return mm(p);
}

/** Origin of an OpenSim body (femur_r, patella_r, tibia_r) in the pelvis frame, mm. */
function bodyOrigin(body: string): Vec3 {
  const o = loadFigures().joints.body_origins_default_pose[body];
  if (!o) throw new Error(`context-frames: no body origin for ${body}`);
  return mm(o);
}

/** A point given in an OpenSim body frame (metres) in the pelvis frame (mm), default pose. */
export function bodyPoint(body: string, location: Vec3): Vec3 {
  const o = bodyOrigin(body);
  return [o[0] + location[0] * 1000, o[1] + location[1] * 1000, o[2] + location[2] * 1000];
}

/** A Rajagopal 2016 vasti path point (femur or patella frame) in the pelvis frame, mm. */
export function rajagopalBodyPoint(muscle: string, index: number): Vec3 {
  const p = loadContextFigures().rajagopal2016_femur_frame_m[muscle]?.[index];
  if (!p) throw new Error(`context-frames: no Rajagopal point ${muscle}[${index}]`);
  return bodyPoint(p.frame, p.location_m);
}

/**
 * A gait2392 point scaled to the Rajagopal body: pelvis points by the hip-centre separation
 * ratio, femur points by the hip-to-knee ratio (context-muscles.paths.json description).
 */
export function gait2392Point(muscle: string, index: number): Vec3 {
  const f = loadContextFigures();
  const p = f.gait2392_m[muscle]?.[index];
  if (!p) throw new Error(`context-frames: no gait2392 point ${muscle}[${index}]`);
  const g = f.gait2392_segment_lengths_m;
  if (p.frame === 'pelvis') {
    const k = 154.52 / (g.hip_centre_separation_m * 1000);
    return [p.location_m[0] * 1000 * k, p.location_m[1] * 1000 * k, p.location_m[2] * 1000 * k];
  }
  if (p.frame === 'femur_r') {
    const k = 408.05 / (g.hip_to_knee_at_0_flexion_m * 1000);
    return bodyPoint('femur_r', [p.location_m[0] * k, p.location_m[1] * k, p.location_m[2] * k]);
  }
  throw new Error(`context-frames: gait2392 frame ${p.frame} is not scaled here`);
}

/** A lumbar-chain point (Wilkinson 2021) moved with the chain onto the Rajagopal sacrum. */
export function lumbarPoint(p: Vec3): Vec3 {
  const s = lumbarShift();
  return [p[0] + s[0], p[1] + s[1], p[2] + s[2]];
}

/**
 * A point beside the femoral shaft at height `yMm` (pelvis frame): `angleDeg` around the shaft
 * (0 anterior, 90 lateral, -90 medial, 180 posterior), `outMm` beyond the bone surface.
 * The shaft centre and radius come from the Rajagopal femur cross sections.
 */
export function besideFemur(yMm: number, angleDeg: number, outMm: number): Vec3 {
  const hip = joint('hip').centre;
  const sections = loadFigures().bone_extents.femur_r_cross_sections;
  const yLocal = (yMm - hip[1]) / 1000;
  let a = sections[0]!;
  let b = sections[sections.length - 1]!;
  for (let i = 0; i + 1 < sections.length; i++) {
    if (sections[i]!.y >= yLocal && sections[i + 1]!.y <= yLocal) {
      a = sections[i]!;
      b = sections[i + 1]!;
      break;
    }
  }
  const t = a.y === b.y ? 0 : Math.min(1, Math.max(0, (yLocal - a.y) / (b.y - a.y)));
  const mix = (u: number, v: number) => u + (v - u) * t;
  const cx = mix(a.centre_x, b.centre_x) * 1000 + hip[0];
  const cz = mix(a.centre_z, b.centre_z) * 1000 + hip[2];
  const r = (mix(a.depth_ap, b.depth_ap) + mix(a.width_ml, b.width_ml)) * 250;
  const th = (angleDeg * Math.PI) / 180;
  return [cx + Math.cos(th) * (r + outMm), yMm, cz + Math.sin(th) * (r + outMm)];
}
