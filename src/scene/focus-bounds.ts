import * as THREE from 'three';
import type { Box } from '../domain/camera';
import type { indexModel } from './model-index';
import { attributeFloats } from './structure-batch';

const BELOW_KNEE = new THREE.Vector3(0, -0.07, 0);

/** Structures the default framing leaves out: the hip is the subject, the lower legs context. */
const OUTSIDE_FOCUS = new Set(['tibia', 'fibula', 'skin']);

/**
 * The sphere the camera frames: the pelvis, lumbar spine, thighs and the hip muscles, down to
 * just below the knees. Falls back to the whole model when it has none of those.
 */
export function focusBounds(
  root: THREE.Object3D,
  index: ReturnType<typeof indexModel>,
): { sphere: THREE.Sphere; box: Box } {
  const box = new THREE.Box3();
  for (const [key, meshes] of index.structures) {
    if (OUTSIDE_FOCUS.has(key.split(':')[0] ?? '')) continue;
    for (const mesh of meshes) {
      const skinned = mesh as THREE.SkinnedMesh;
      if (skinned.isSkinnedMesh && skinned.boundingBox === null) posedBoundingBox(skinned);
      box.expandByObject(mesh);
    }
  }
  if (box.isEmpty()) box.setFromObject(root);
  // Keep both knees whole in the frame (the knee-load arrows point at them): reach a little below
  // each knee joint, to the top of the tibia.
  for (const side of ['left', 'right'] as const) {
    const knee = index.joints.get(`knee:${side}`);
    if (knee) box.expandByPoint(knee.getWorldPosition(new THREE.Vector3()).add(BELOW_KNEE));
  }
  return {
    sphere: box.getBoundingSphere(new THREE.Sphere()),
    box: { min: box.min.toArray(), max: box.max.toArray() },
  };
}

const bindPoint = new THREE.Vector3();
const bonePoint = new THREE.Vector3();
const sum = new THREE.Vector3();

/**
 * A skinned mesh's box as posed, in its own space: what three's `computeBoundingBox` gives, with
 * each bone's matrix worked out once instead of once per vertex and weight (the model's first
 * frame waited tens of milliseconds for that under software rendering). A mesh with morph
 * targets in use is left to three.
 * @internal
 */
export function posedBoundingBox(mesh: THREE.SkinnedMesh): void {
  const geometry = mesh.geometry;
  const morphed = geometry.morphAttributes.position && mesh.morphTargetInfluences?.some((w) => w);
  const skinIndex = geometry.getAttribute('skinIndex');
  const skinWeight = geometry.getAttribute('skinWeight');
  if (morphed || !skinIndex || !skinWeight) {
    mesh.computeBoundingBox();
    return;
  }
  const { bones, boneInverses } = mesh.skeleton;
  const boneMatrices = bones.map((bone, i) =>
    new THREE.Matrix4().multiplyMatrices(bone.matrixWorld, boneInverses[i]!),
  );
  const positions = attributeFloats(geometry.getAttribute('position'));
  const joints = attributeFloats(skinIndex);
  const weights = attributeFloats(skinWeight);
  const box = mesh.boundingBox ?? new THREE.Box3();
  box.makeEmpty();
  for (let v = 0; v < positions.length / 3; v++) {
    bindPoint.fromArray(positions, v * 3).applyMatrix4(mesh.bindMatrix);
    sum.set(0, 0, 0);
    for (let k = 0; k < 4; k++) {
      const weight = weights[v * 4 + k]!;
      if (weight === 0) continue;
      const matrix = boneMatrices[joints[v * 4 + k]!]!;
      sum.addScaledVector(bonePoint.copy(bindPoint).applyMatrix4(matrix), weight);
    }
    box.expandByPoint(sum.applyMatrix4(mesh.bindMatrixInverse));
  }
  mesh.boundingBox = box;
}
