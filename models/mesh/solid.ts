import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';

/**
 * A closed triangle mesh asked "is this point inside, and how deep?": inside by the parity of
 * ray crossings (robust to winding), depth as the distance to the nearest surface point.
 */
export interface Solid {
  readonly bvh: MeshBVH;
  /** Axis-aligned bounds (the same units as the positions). */
  readonly min: Vector3;
  readonly max: Vector3;
  /** How far inside the solid the point lies (0 when outside). */
  depthInside(x: number, y: number, z: number): number;
  /** Signed distance to the surface: negative inside. */
  signedDistance(x: number, y: number, z: number): number;
}

// An oblique, unsymmetric direction so rays rarely graze an edge or a vertex.
const RAY_DIR = new Vector3(0.4236, 0.5571, 0.7144).normalize();

export function solidOf(positions: Float32Array, indices: Uint32Array): Solid {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.setIndex(new BufferAttribute(indices, 1));
  const bvh = new MeshBVH(g);
  g.computeBoundingBox();
  const { min, max } = g.boundingBox!;
  const ray = new Ray();
  const p = new Vector3();
  const inside = (x: number, y: number, z: number) => {
    if (x < min.x || y < min.y || z < min.z || x > max.x || y > max.y || z > max.z) return false;
    ray.set(p.set(x, y, z), RAY_DIR);
    return bvh.raycast(ray, DoubleSide).length % 2 === 1;
  };
  const distance = (x: number, y: number, z: number) =>
    bvh.closestPointToPoint(p.set(x, y, z))?.distance ?? Number.POSITIVE_INFINITY;
  return {
    bvh,
    min: min.clone(),
    max: max.clone(),
    depthInside: (x, y, z) => (inside(x, y, z) ? distance(x, y, z) : 0),
    signedDistance: (x, y, z) => (inside(x, y, z) ? -distance(x, y, z) : distance(x, y, z)),
  };
}

/**
 * Enclosed volume of a closed mesh (absolute, so mirrored meshes count too).
 * @internal
 */
export function enclosedVolume(positions: Float32Array, indices: Uint32Array): number {
  let v = 0;
  for (let k = 0; k < indices.length; k += 3) {
    const a = 3 * indices[k]!;
    const b = 3 * indices[k + 1]!;
    const c = 3 * indices[k + 2]!;
    v +=
      positions[a]! *
        (positions[b + 1]! * positions[c + 2]! - positions[b + 2]! * positions[c + 1]!) -
      positions[a + 1]! * (positions[b]! * positions[c + 2]! - positions[b + 2]! * positions[c]!) +
      positions[a + 2]! * (positions[b]! * positions[c + 1]! - positions[b + 1]! * positions[c]!);
  }
  return Math.abs(v / 6);
}

/**
 * The first surface a ray meets, as a distance along it (Infinity when it meets none), and
 * whether the ray was leaving the solid there (starting inside).
 * @internal
 */
export function firstHit(
  solid: Solid,
  origin: readonly [number, number, number],
  dir: readonly [number, number, number],
): number {
  const ray = new Ray(new Vector3(...origin), new Vector3(...dir).normalize());
  const hit = solid.bvh.raycastFirst(ray, DoubleSide);
  return hit ? hit.distance : Number.POSITIVE_INFINITY;
}

/**
 * Moves every vertex lying deeper than `allowance` inside `solid` to that depth on the nearest
 * surface point (so a muscle built earlier gives way to one that wraps over it). Returns the
 * number of vertices moved.
 */
export function pushOutOfSolid(positions: Float32Array, solid: Solid, allowance: number): number {
  let moved = 0;
  const p = new Vector3();
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  for (let v = 0; v < positions.length; v += 3) {
    const x = positions[v]!;
    const y = positions[v + 1]!;
    const z = positions[v + 2]!;
    const depth = solid.depthInside(x, y, z);
    if (depth <= allowance) continue;
    solid.bvh.closestPointToPoint(p.set(x, y, z), hit);
    // from the surface point, back towards the vertex by the allowance
    const k = allowance / depth;
    positions[v] = hit.point.x + (x - hit.point.x) * k;
    positions[v + 1] = hit.point.y + (y - hit.point.y) * k;
    positions[v + 2] = hit.point.z + (z - hit.point.z) * k;
    moved++;
  }
  return moved;
}
