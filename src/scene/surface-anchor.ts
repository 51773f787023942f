import * as THREE from 'three';
import type { LoadedModel } from './model-context';

const raycaster = new THREE.Raycaster();

/**
 * A point on the structure's outer surface: cast from outside the model toward the middle of
 * the structure's box, so the label sits on the side that faces away from the body's axis.
 */
export function surfaceAnchor(
  model: LoadedModel,
  meshes: readonly THREE.Mesh[],
): THREE.Vector3 | null {
  const box = new THREE.Box3();
  for (const mesh of meshes) box.expandByObject(mesh);
  if (box.isEmpty()) return null;
  const middle = box.getCenter(new THREE.Vector3());
  const outward = new THREE.Vector3(
    middle.x - model.bounds.center.x,
    0,
    middle.z - model.bounds.center.z,
  );
  if (outward.lengthSq() < 1e-6) outward.set(0, 0, 1);
  outward.normalize();
  const origin = middle.clone().addScaledVector(outward, model.bounds.radius * 2);
  raycaster.set(origin, outward.clone().negate());
  const hit = raycaster.intersectObjects(meshes as THREE.Mesh[], false)[0];
  return hit ? hit.point.clone().addScaledVector(outward, 0.004) : middle;
}
