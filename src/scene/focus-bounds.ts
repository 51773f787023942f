import * as THREE from 'three';
import type { Box } from '../domain/camera';
import type { indexModel } from './model-index';

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
    for (const mesh of meshes) box.expandByObject(mesh);
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
