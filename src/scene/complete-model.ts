import * as THREE from 'three';
import { bindContextPart } from './bind-context-part';
import { disposeUnheld } from './gpu-disposal';
import { type ModelIndex, readNodeMeta } from './model-index';
import { BATCH_GROUP_NAME, createStructureBatches } from './structure-batch';

/**
 * The name of the group that holds the structures only the complete model has.
 * @internal
 */
export const COMPLETE_EXTRA_NAME = 'complete-model-extra';

const metaKey = (object: THREE.Object3D) => {
  const meta = readNodeMeta(object);
  return meta ? `${meta.kind}:${meta.id}:${meta.side}` : null;
};

/**
 * Upgrades a model drawn from the first-view file to the complete model, in place, so nothing
 * the viewer holds changes identity: joints, landmarks and structure meshes stay the same
 * objects (the index, the pose, the appearance and the camera stay valid). Each first-view
 * structure takes the complete model's geometry (finer, with its morph targets) and binding;
 * rigid bones take its node transform (the quantization scale). The structures the first-view
 * file lacks (skin, vessels, organs) come back as a group bound to this model's joints, for
 * `addPart`. The structure batches of the root are rebuilt over the new geometry. Names, which
 * the first-view file leaves out to stay small, are copied from the complete model.
 *
 * Throws a readable error when the complete model lacks a joint or structure of the first view.
 */
export function upgradeToComplete(
  root: THREE.Object3D,
  index: ModelIndex,
  complete: THREE.Object3D,
): THREE.Group {
  const byKey = new Map<string, THREE.Object3D>();
  complete.traverse((object) => {
    const key = metaKey(object);
    if (key && !byKey.has(key)) byKey.set(key, object);
  });
  const used = new Set<THREE.Object3D>();
  root.traverse((object) => {
    const key = metaKey(object);
    if (!key) return;
    const match = byKey.get(key);
    if (!match) {
      throw new Error(`complete model: "${key}" of the first view is missing from it.`);
    }
    used.add(match);
    object.name = match.name;
    const mesh = object as THREE.Mesh;
    const source = match as THREE.Mesh;
    if (!mesh.isMesh || !source.isMesh) return;
    // The first view's geometry leaves the GPU (the healthy ghost, drawn from the first-view
    // file, uploads its bones again if it is ever shown).
    if (mesh.geometry !== source.geometry) mesh.geometry.dispose();
    mesh.geometry = source.geometry;
    if ((mesh as THREE.SkinnedMesh).isSkinnedMesh) {
      const skinned = mesh as THREE.SkinnedMesh;
      const from = source as THREE.SkinnedMesh;
      const bones = from.skeleton.bones.map((bone) => {
        const meta = readNodeMeta(bone);
        const joint = meta ? index.joints.get(`${meta.id}:${meta.side}`) : undefined;
        if (!joint) throw new Error(`complete model: joint "${bone.name}" is not in the model.`);
        return joint as THREE.Bone;
      });
      // The first view's skeleton holds a bone texture of its own: free it with the skeleton.
      skinned.skeleton.dispose();
      skinned.bind(new THREE.Skeleton(bones, from.skeleton.boneInverses), from.bindMatrix);
      skinned.computeBoundingBox();
      skinned.computeBoundingSphere();
    } else {
      mesh.position.copy(source.position);
      mesh.quaternion.copy(source.quaternion);
      mesh.scale.copy(source.scale);
    }
    mesh.updateMorphTargets();
  });

  // The structures only the complete model has, bound to this model's joints.
  const extra = new THREE.Group();
  complete.traverse((object) => {
    const mesh = object as THREE.SkinnedMesh;
    if (mesh.isSkinnedMesh && readNodeMeta(mesh) && !used.has(mesh)) extra.add(mesh.clone());
  });
  const part = bindContextPart(extra, index.joints);
  part.name = COMPLETE_EXTRA_NAME;
  part.add(createStructureBatches([...part.children] as THREE.Mesh[]).group);

  // The root's batches copied the first view's geometry: build them again.
  const stale = root.getObjectByName(BATCH_GROUP_NAME);
  if (stale && stale.parent === root) {
    root.remove(stale);
    disposeUnheld(stale);
  }
  const meshes = [...index.structureOf.keys()].filter(
    (object) => !isInside(object, part),
  ) as THREE.Mesh[];
  root.add(createStructureBatches(meshes).group);
  root.updateMatrixWorld(true);
  return part;
}

function isInside(object: THREE.Object3D, ancestor: THREE.Object3D): boolean {
  for (let node: THREE.Object3D | null = object; node; node = node.parent) {
    if (node === ancestor) return true;
  }
  return false;
}
