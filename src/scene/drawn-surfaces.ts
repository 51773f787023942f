import * as THREE from 'three';
import type { StructureKey } from '../domain/anatomy';
import type { LoadedModel } from './model-context';

/*
 * Brute-force geometry over the model as drawn (skinned, morphed, posed), for the test
 * lookups of ModelProbe: slow on purpose, so it checks the picking trees and the placement
 * instead of reusing them.
 */

/** The posed triangles of a structure's meshes, in model space. */
export function posedTriangles(model: LoadedModel, key: string): THREE.Triangle[] {
  const rootInverse = model.root.matrixWorld.clone().invert();
  const out: THREE.Triangle[] = [];
  for (const mesh of model.index.structures.get(key as StructureKey) ?? []) {
    if ((mesh as THREE.SkinnedMesh).isSkinnedMesh) (mesh as THREE.SkinnedMesh).skeleton.update();
    const toModel = new THREE.Matrix4().multiplyMatrices(rootInverse, mesh.matrixWorld);
    const position = mesh.geometry.getAttribute('position');
    const index = mesh.geometry.index;
    const count = index ? index.count : position.count;
    const vertex = (i: number) =>
      mesh.getVertexPosition(index ? index.getX(i) : i, new THREE.Vector3()).applyMatrix4(toModel);
    for (let i = 0; i + 2 < count; i += 3)
      out.push(new THREE.Triangle(vertex(i), vertex(i + 1), vertex(i + 2)));
  }
  return out;
}

/** World-space corners (9 numbers a triangle) of a mesh as drawn: skinned, morphed, posed. */
function drawnWorldTriangles(mesh: THREE.Mesh): Float32Array {
  const index = mesh.geometry.index;
  const count = index ? index.count : mesh.geometry.getAttribute('position').count;
  const out = new Float32Array(count * 3);
  const v = new THREE.Vector3();
  for (let k = 0; k < count; k++) {
    mesh.getVertexPosition(index ? index.getX(k) : k, v).applyMatrix4(mesh.matrixWorld);
    out[k * 3] = v.x;
    out[k * 3 + 1] = v.y;
    out[k * 3 + 2] = v.z;
  }
  return out;
}

function drawnChain(object: THREE.Object3D): boolean {
  for (let o: THREE.Object3D | null = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/** What the user sees as solid: drawn, not a pick-through envelope, not faintly see-through. */
function solidForTheEye(mesh: THREE.Mesh): boolean {
  const material = mesh.material as THREE.Material;
  return (
    drawnChain(mesh) &&
    mesh.userData.pickThrough !== true &&
    !(material.transparent && material.opacity < 0.5)
  );
}

/** Brute-force first hit along a ray among posed triangle sets: the key it belongs to. */
function firstSurfaceKey(
  ray: THREE.Ray,
  sets: readonly { key: string; corners: Float32Array; box: THREE.Box3 }[],
): { key: string; distance: number } | null {
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  const hit = new THREE.Vector3();
  let best: { key: string; distance: number } | null = null;
  for (const set of sets) {
    if (!ray.intersectsBox(set.box)) continue;
    const t = set.corners;
    for (let i = 0; i + 8 < t.length; i += 9) {
      a.set(t[i]!, t[i + 1]!, t[i + 2]!);
      b.set(t[i + 3]!, t[i + 4]!, t[i + 5]!);
      c.set(t[i + 6]!, t[i + 7]!, t[i + 8]!);
      if (!ray.intersectTriangle(a, b, c, false, hit)) continue;
      const distance = hit.distanceTo(ray.origin);
      if (!best || distance < best.distance) best = { key: set.key, distance };
    }
  }
  return best;
}

const scratch = new THREE.Vector3();

/**
 * A world point where this structure is the first drawn, solid surface (checked 3 CSS px
 * around it too), nearest the middle of what shows of it; null when none is visible.
 */
export function visibleSurfacePoint(
  model: LoadedModel,
  key: string,
  camera: THREE.Camera,
  rect: { width: number; height: number },
): THREE.Vector3 | null {
  model.root.updateWorldMatrix(true, true);
  camera.updateMatrixWorld();
  const sets: { key: string; corners: Float32Array; box: THREE.Box3 }[] = [];
  for (const [k, meshes] of model.index.structures) {
    for (const mesh of meshes) {
      if (!solidForTheEye(mesh)) continue;
      const corners = drawnWorldTriangles(mesh);
      sets.push({ key: k, corners, box: new THREE.Box3().setFromArray(corners) });
    }
  }
  const mine = sets.filter((set) => set.key === key);
  const eye = camera.getWorldPosition(new THREE.Vector3());
  // Candidate points: centroids of this structure's triangles that face the camera and
  // lie well inside the view, nearest its middle on screen first.
  const candidates: { world: THREE.Vector3; ndc: THREE.Vector3 }[] = [];
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  const normal = new THREE.Vector3();
  for (const set of mine) {
    const t = set.corners;
    for (let i = 0; i + 8 < t.length; i += 9) {
      a.set(t[i]!, t[i + 1]!, t[i + 2]!);
      b.set(t[i + 3]!, t[i + 4]!, t[i + 5]!);
      c.set(t[i + 6]!, t[i + 7]!, t[i + 8]!);
      const world = a.clone().add(b).add(c).divideScalar(3);
      THREE.Triangle.getNormal(a, b, c, normal);
      if (Math.abs(normal.dot(scratch.copy(eye).sub(world).normalize())) < 0.5) continue;
      const ndc = world.clone().project(camera);
      if (Math.abs(ndc.x) > 0.85 || Math.abs(ndc.y) > 0.85) continue;
      candidates.push({ world, ndc });
    }
  }
  if (candidates.length === 0) return null;
  const middle = candidates
    .reduce((sum, p) => sum.add(p.ndc), new THREE.Vector3())
    .divideScalar(candidates.length);
  candidates.sort((p, q) => p.ndc.distanceToSquared(middle) - q.ndc.distanceToSquared(middle));
  const ray = new THREE.Ray();
  const ndcAt = new THREE.Vector3();
  // Off the centre by 3 CSS px each way: the point is not on an edge of what is seen.
  const nudges = [
    [0, 0],
    [3, 0],
    [-3, 0],
    [0, 3],
    [0, -3],
  ] as const;
  const step = Math.max(1, Math.floor(candidates.length / 60));
  for (let i = 0; i < candidates.length; i += step) {
    const { ndc } = candidates[i]!;
    const seen = nudges.every(([dx, dy]) => {
      ndcAt.set(ndc.x + (2 * dx) / rect.width, ndc.y - (2 * dy) / rect.height, 0.5);
      ray.origin.copy(eye);
      ray.direction.copy(ndcAt.unproject(camera)).sub(eye).normalize();
      return firstSurfaceKey(ray, sets)?.key === key;
    });
    if (seen) return candidates[i]!.world.clone();
  }
  return null;
}

/** The closest distance (world m) from a point to the drawn triangles of some meshes. */
export function distanceToDrawnMeshes(at: THREE.Vector3, meshes: readonly THREE.Mesh[]): number {
  const triangle = new THREE.Triangle();
  const closest = new THREE.Vector3();
  let best = Number.POSITIVE_INFINITY;
  for (const mesh of meshes) {
    const index = mesh.geometry.index;
    const count = index ? index.count : mesh.geometry.getAttribute('position').count;
    const corner = (k: number, out: THREE.Vector3) =>
      mesh.getVertexPosition(index ? index.getX(k) : k, out).applyMatrix4(mesh.matrixWorld);
    for (let k = 0; k < count; k += 3) {
      corner(k, triangle.a);
      corner(k + 1, triangle.b);
      corner(k + 2, triangle.c);
      best = Math.min(best, triangle.closestPointToPoint(at, closest).distanceTo(at));
    }
  }
  return best;
}
