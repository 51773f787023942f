import * as THREE from 'three';
import { readNodeMeta } from './model-index';

/**
 * Takes the skinned structures out of a separately loaded part (the context layer's file) and
 * binds them to the core model's joints, matched by `extras { kind: "joint", id, side }`, so
 * they follow the same pose. The part's own joint nodes are dropped. Throws a message naming
 * the joint when the core model lacks one.
 */
export function bindContextPart(
  part: THREE.Object3D,
  joints: ReadonlyMap<string, THREE.Object3D>,
): THREE.Group {
  const group = new THREE.Group();
  group.name = 'context-layer';
  const skinned: THREE.SkinnedMesh[] = [];
  part.traverse((object) => {
    const mesh = object as THREE.SkinnedMesh;
    if (mesh.isSkinnedMesh && readNodeMeta(mesh)) skinned.push(mesh);
  });
  for (const mesh of skinned) {
    const bones = mesh.skeleton.bones.map((bone) => {
      const meta = readNodeMeta(bone);
      const target = meta ? joints.get(`${meta.id}:${meta.side}`) : undefined;
      if (!target) {
        throw new Error(
          `context layer: joint "${bone.name}" of ${mesh.name} is not in the model; the context file must use the core model's joints.`,
        );
      }
      return target as THREE.Bone;
    });
    mesh.bind(new THREE.Skeleton(bones, mesh.skeleton.boneInverses), mesh.bindMatrix);
    group.add(mesh);
  }
  return group;
}
