import type { Vec3 } from '../math/vec3';

/**
 * The generator models in the OpenSim pelvis frame in millimetres (x forward, y up, z right).
 * glTF wants metres with +Y up, the body facing +Z and its right side on -X:
 * (x, y, z)_gltf = (-z, y, x)_opensim / 1000.
 */
export function osMmToGltf(p: Vec3): Vec3 {
  return [-p[2] / 1000, p[1] / 1000, p[0] / 1000];
}

/** A direction (no scaling) from the OpenSim frame to the glTF frame. */
export function osDirToGltf(d: Vec3): Vec3 {
  return [-d[2], d[1], d[0]];
}
