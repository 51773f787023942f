import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { bindContextPart } from './bind-context-part';

/** A part as the context file loads: a joint chain and one skinned muscle bound to it. */
function contextPart(jointSides: readonly string[]) {
  const part = new THREE.Group();
  const bones = jointSides.map((side, i) => {
    const bone = new THREE.Bone();
    bone.name = `joint-${i}`;
    bone.userData = { kind: 'joint', id: i === 0 ? 'pelvis' : 'hip', side };
    return bone;
  });
  part.add(bones[0]!);
  for (const b of bones.slice(1)) bones[0]!.add(b);
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute(
    'position',
    new THREE.Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3),
  );
  geometry.setAttribute(
    'skinIndex',
    new THREE.Uint16BufferAttribute([0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4),
  );
  geometry.setAttribute(
    'skinWeight',
    new THREE.Float32BufferAttribute([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4),
  );
  const mesh = new THREE.SkinnedMesh(geometry, new THREE.MeshStandardMaterial());
  mesh.name = 'vastus-lateralis_right';
  mesh.userData = { kind: 'muscle', id: 'vastus-lateralis', side: 'right', layer: 'context' };
  mesh.bind(new THREE.Skeleton(bones));
  part.add(mesh);
  return part;
}

describe('bindContextPart', () => {
  it('binds the skinned muscles to the core joints with the same id and side', () => {
    const pelvis = new THREE.Bone();
    const hip = new THREE.Bone();
    const joints = new Map<string, THREE.Object3D>([
      ['pelvis:midline', pelvis],
      ['hip:right', hip],
    ]);
    const group = bindContextPart(contextPart(['midline', 'right']), joints);
    expect(group.children).toHaveLength(1);
    const mesh = group.children[0] as THREE.SkinnedMesh;
    expect(mesh.userData.id).toBe('vastus-lateralis');
    expect(mesh.skeleton.bones[0]).toBe(pelvis);
    expect(mesh.skeleton.bones[1]).toBe(hip);
    // posing the core joint moves the context muscle's skeleton
    hip.rotation.x = 0.5;
    hip.updateMatrixWorld();
    mesh.skeleton.update();
    expect(mesh.skeleton.boneMatrices?.slice(16, 32)).not.toEqual(
      new THREE.Matrix4().toArray(new Float32Array(16)),
    );
  });

  it('names the missing joint when the core model lacks it', () => {
    const joints = new Map<string, THREE.Object3D>([['pelvis:midline', new THREE.Bone()]]);
    expect(() => bindContextPart(contextPart(['midline', 'left']), joints)).toThrow(
      /joint "joint-1" of vastus-lateralis_right is not in the model/,
    );
  });
});
