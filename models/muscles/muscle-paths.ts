import { loadFigures, mm } from '../figures/load-figures';
import type { Vec3 } from '../math/vec3';

export type PartKey = keyof ReturnType<typeof loadFigures>['muscles'];

/** A part's path points in the pelvis frame (mm, default pose, right side). */
export function partPath(key: PartKey): Vec3[] {
  return loadFigures().muscles[key].points.map((p) => mm(p.location_in_pelvis_frame_default_pose));
}

/** PCSA (cm^2) of a part from F_max with a specific tension of 0.6 MPa (a modelling choice). */
export function partPcsaCm2(key: PartKey, specificTensionMPa = 0.6): number {
  return loadFigures().muscles[key].max_isometric_force_N / (specificTensionMPa * 100);
}
