import * as THREE from 'three';
import type { Vec3 } from '../domain/geometry';
import type { LoadedModel } from './model-context';

/**
 * How one model-space point follows the posed skeleton: it borrows the skin weights of the
 * nearest vertex of its structure's skinned mesh (linear blend skinning, as the mesh itself).
 * Everything is relative to the model root, so a transform above the root cancels out.
 */
export interface PointBinding {
  /** A skinned mesh (the point borrows a vertex's weights) or a rigid one hung under a joint. */
  readonly mesh: THREE.SkinnedMesh | THREE.Mesh;
  readonly root: THREE.Object3D;
  /** The vertex whose skin weights the point borrows; -1 for a rigid mesh. */
  readonly vertex: number;
  /** Inverse of the blended bone (or the mesh's own) matrix in the rest pose, root-relative. */
  readonly restInverse: THREE.Matrix4;
}

const restVertex = new THREE.Vector3();
const skinIndex = new THREE.Vector4();
const skinWeight = new THREE.Vector4();
const boneMatrix = new THREE.Matrix4();
const rootInverse = new THREE.Matrix4();

/** Σ w · (root⁻¹ · bone · boneInverse) for one vertex's weights, in the current pose. */
function blendedBones(
  mesh: THREE.SkinnedMesh,
  root: THREE.Object3D,
  index: number,
  target: THREE.Matrix4,
) {
  const geometry = mesh.geometry;
  skinIndex.fromBufferAttribute(geometry.getAttribute('skinIndex') as THREE.BufferAttribute, index);
  skinWeight.fromBufferAttribute(
    geometry.getAttribute('skinWeight') as THREE.BufferAttribute,
    index,
  );
  rootInverse.copy(root.matrixWorld).invert();
  target.makeScale(0, 0, 0);
  target.elements[15] = 0;
  const { bones, boneInverses } = mesh.skeleton;
  for (let c = 0; c < 4; c++) {
    const w = skinWeight.getComponent(c);
    if (w === 0) continue;
    const b = skinIndex.getComponent(c);
    const bone = bones[b];
    const inverse = boneInverses[b];
    if (!bone || !inverse) continue;
    boneMatrix.multiplyMatrices(rootInverse, bone.matrixWorld).multiply(inverse);
    for (let e = 0; e < 16; e++) target.elements[e]! += w * boneMatrix.elements[e]!;
  }
  return target;
}

/** Rest-pose vertex positions of a mesh in model space, computed once per mesh. */
export type RestVertexCache = Map<THREE.SkinnedMesh, Float32Array>;

function restVertices(
  mesh: THREE.SkinnedMesh,
  toRoot: THREE.Matrix4,
  cache: RestVertexCache,
): Float32Array {
  const cached = cache.get(mesh);
  if (cached) return cached;
  const toModel = new THREE.Matrix4().multiplyMatrices(toRoot, mesh.matrixWorld);
  const count = mesh.geometry.getAttribute('position').count;
  const out = new Float32Array(count * 3);
  for (let i = 0; i < count; i++)
    mesh
      .getVertexPosition(i, restVertex)
      .applyMatrix4(toModel)
      .toArray(out, i * 3);
  cache.set(mesh, out);
  return out;
}

/**
 * Bind a point to the nearest vertex of the structure's skinned meshes. Call in the rest pose
 * (as placement is); pass one cache for many points. `null` when the structure has no skinned
 * mesh: it then does not move with poses.
 */
export function bindPoint(
  model: LoadedModel,
  structureKey: string,
  position: Vec3,
  cache: RestVertexCache = new Map(),
): PointBinding | null {
  const all = model.index.structures.get(structureKey as never) ?? [];
  const meshes = all.filter(
    (m): m is THREE.SkinnedMesh => (m as THREE.SkinnedMesh).isSkinnedMesh === true,
  );
  if (cache.size === 0) model.root.updateWorldMatrix(true, true);
  const rigid = all[0];
  if (meshes.length === 0) {
    // A bone hangs under its joint: the point moves with the mesh's own world matrix.
    if (!rigid) return null;
    const rest = rootRelative(model.root, rigid, new THREE.Matrix4());
    return { mesh: rigid, root: model.root, vertex: -1, restInverse: rest.invert() };
  }
  const toRoot = model.root.matrixWorld.clone().invert();
  let best: { mesh: THREE.SkinnedMesh; vertex: number; d: number } | null = null;
  for (const mesh of meshes) {
    const rest = restVertices(mesh, toRoot, cache);
    for (let i = 0; i < rest.length / 3; i++) {
      const dx = rest[i * 3]! - position[0];
      const dy = rest[i * 3 + 1]! - position[1];
      const dz = rest[i * 3 + 2]! - position[2];
      const d = dx * dx + dy * dy + dz * dz;
      if (!best || d < best.d) best = { mesh, vertex: i, d };
    }
  }
  if (!best) return null;
  best.mesh.skeleton.update();
  const rest = blendedBones(best.mesh, model.root, best.vertex, new THREE.Matrix4());
  return { mesh: best.mesh, root: model.root, vertex: best.vertex, restInverse: rest.invert() };
}

/**
 * The matrix that takes the bound point (and anything drawn with it: region, ring, route) from
 * the rest pose to the current pose, in model space. Joints' world matrices must be current.
 */
export function posedMatrix(binding: PointBinding, target: THREE.Matrix4): THREE.Matrix4 {
  const current =
    binding.vertex < 0
      ? rootRelative(binding.root, binding.mesh, target)
      : blendedBones(binding.mesh as THREE.SkinnedMesh, binding.root, binding.vertex, target);
  return current.multiply(binding.restInverse);
}

/** root⁻¹ · object's world matrix. */
function rootRelative(
  root: THREE.Object3D,
  object: THREE.Object3D,
  target: THREE.Matrix4,
): THREE.Matrix4 {
  rootInverse.copy(root.matrixWorld).invert();
  return target.multiplyMatrices(rootInverse, object.matrixWorld);
}

/** Apply a posed matrix to a point (allocation-free with a scratch target). */
export function posePoint(matrix: THREE.Matrix4, p: Vec3, target: THREE.Vector3): THREE.Vector3 {
  return target.set(p[0], p[1], p[2]).applyMatrix4(matrix);
}
