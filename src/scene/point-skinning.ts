import * as THREE from 'three';
import type { Vec3 } from '../domain/geometry';
import type { LoadedModel } from './model-context';

/**
 * How one model-space point follows the posed skeleton: it borrows the skin weights of the
 * nearest vertex of its structure's skinned mesh (linear blend skinning, as the mesh itself).
 */
export interface PointBinding {
  readonly mesh: THREE.SkinnedMesh;
  readonly vertex: number;
  /** Model space → the mesh's bind space, and back (fixed; posing moves joints only). */
  readonly toBind: THREE.Matrix4;
  readonly fromBind: THREE.Matrix4;
}

const restVertex = new THREE.Vector3();
const skinIndex = new THREE.Vector4();
const skinWeight = new THREE.Vector4();
const boneMatrix = new THREE.Matrix4();
const blend = new THREE.Matrix4();

/**
 * Bind a point to the nearest vertex of the structure's skinned meshes, in the rest pose.
 * `null` when the structure has no skinned mesh (it then does not move with the pose).
 */
export function bindPoint(
  model: LoadedModel,
  structureKey: string,
  position: Vec3,
): PointBinding | null {
  const meshes = (model.index.structures.get(structureKey as never) ?? []).filter(
    (m): m is THREE.SkinnedMesh => (m as THREE.SkinnedMesh).isSkinnedMesh === true,
  );
  if (meshes.length === 0) return null;
  model.root.updateWorldMatrix(true, true);
  const rootWorld = model.root.matrixWorld;
  const rootInverse = rootWorld.clone().invert();
  const target = new THREE.Vector3(...position);
  let best: { mesh: THREE.SkinnedMesh; vertex: number; d: number } | null = null;
  for (const mesh of meshes) {
    const toModel = new THREE.Matrix4().multiplyMatrices(rootInverse, mesh.matrixWorld);
    const positions = mesh.geometry.getAttribute('position');
    for (let i = 0; i < positions.count; i++) {
      // Rest pose: the bind-space vertex taken to model space without bone transforms.
      restVertex.fromBufferAttribute(positions, i).applyMatrix4(toModel);
      const d = restVertex.distanceToSquared(target);
      if (!best || d < best.d) best = { mesh, vertex: i, d };
    }
  }
  if (!best) return null;
  const { mesh } = best;
  // model → world → mesh local → bind space; and the reverse.
  const toBind = new THREE.Matrix4()
    .copy(mesh.bindMatrix)
    .multiply(mesh.matrixWorld.clone().invert())
    .multiply(rootWorld);
  const fromBind = new THREE.Matrix4()
    .copy(rootInverse)
    .multiply(mesh.matrixWorld)
    .multiply(mesh.bindMatrixInverse);
  return { mesh, vertex: best.vertex, toBind, fromBind };
}

/**
 * The matrix that takes the bound point (and anything drawn with it: region, ring, route) from
 * the rest pose to the current pose, in model space. Joints' world matrices must be current.
 */
export function posedMatrix(binding: PointBinding, target: THREE.Matrix4): THREE.Matrix4 {
  const { mesh, vertex: index } = binding;
  const geometry = mesh.geometry;
  skinIndex.fromBufferAttribute(geometry.getAttribute('skinIndex') as THREE.BufferAttribute, index);
  skinWeight.fromBufferAttribute(
    geometry.getAttribute('skinWeight') as THREE.BufferAttribute,
    index,
  );
  blend.makeScale(0, 0, 0);
  blend.elements[15] = 0;
  const { bones, boneInverses } = mesh.skeleton;
  for (let c = 0; c < 4; c++) {
    const w = skinWeight.getComponent(c);
    if (w === 0) continue;
    const b = skinIndex.getComponent(c);
    const bone = bones[b];
    const inverse = boneInverses[b];
    if (!bone || !inverse) continue;
    boneMatrix.multiplyMatrices(bone.matrixWorld, inverse);
    for (let e = 0; e < 16; e++) blend.elements[e]! += w * boneMatrix.elements[e]!;
  }
  return target.copy(binding.fromBind).multiply(blend).multiply(binding.toBind);
}

/** Apply a posed matrix to a point (allocation-free with a scratch target). */
export function posePoint(matrix: THREE.Matrix4, p: Vec3, target: THREE.Vector3): THREE.Vector3 {
  return target.set(p[0], p[1], p[2]).applyMatrix4(matrix);
}
