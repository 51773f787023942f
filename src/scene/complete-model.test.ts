import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { COMPLETE_EXTRA_NAME, upgradeToComplete } from './complete-model';
import { indexModel } from './model-index';
import { BATCH_GROUP_NAME } from './structure-batch';

function triangle(size: number, skinned: boolean): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute(
    'position',
    new THREE.Float32BufferAttribute([0, 0, 0, size, 0, 0, 0, size, 0], 3),
  );
  geometry.setAttribute('normal', new THREE.Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3));
  if (skinned) {
    geometry.setAttribute(
      'skinIndex',
      new THREE.Uint16BufferAttribute([0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4),
    );
    geometry.setAttribute(
      'skinWeight',
      new THREE.Float32BufferAttribute([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4),
    );
  }
  return geometry;
}

const material = (name: string) => Object.assign(new THREE.MeshStandardMaterial(), { name });

/**
 * A model as the loader gives it: pelvis → hip joints, a rigid femur under the hip, a skinned
 * muscle, and (for the complete model only) a skinned skin. Names only when `named`.
 */
function model(options: { complete: boolean; named: boolean; boneScale: number }) {
  const root = new THREE.Group();
  const pelvis = new THREE.Bone();
  pelvis.userData = { kind: 'joint', id: 'pelvis', side: 'midline', layer: 'bones' };
  const hip = new THREE.Bone();
  hip.userData = { kind: 'joint', id: 'hip', side: 'right', layer: 'bones' };
  hip.position.set(-0.08, -0.05, 0);
  pelvis.add(hip);
  root.add(pelvis);
  const femur = new THREE.Mesh(triangle(options.complete ? 2 : 1, false), material('bone'));
  femur.userData = { kind: 'bone', id: 'femur', side: 'right', layer: 'bones' };
  femur.scale.setScalar(options.boneScale);
  hip.add(femur);
  const skinned = (id: string, kind: string, layer: string, size: number) => {
    const mesh = new THREE.SkinnedMesh(triangle(size, true), material(kind));
    mesh.userData = { kind, id, side: kind === 'skin' ? 'midline' : 'right', layer };
    mesh.bind(new THREE.Skeleton([pelvis, hip]));
    root.add(mesh);
    return mesh;
  };
  const muscle = skinned('gluteus-medius', 'muscle', 'intermediate', options.complete ? 2 : 1);
  if (options.complete) skinned('skin', 'skin', 'skin', 3);
  if (options.named) {
    pelvis.name = 'pelvis';
    hip.name = 'hip_right';
    femur.name = 'femur_right';
    muscle.name = 'gluteus-medius_right';
  }
  root.updateMatrixWorld(true);
  return { root, pelvis, hip, femur, muscle };
}

describe('upgradeToComplete', () => {
  it('gives the first view meshes the complete geometry, transforms, bindings and names in place', () => {
    const first = model({ complete: false, named: false, boneScale: 1 });
    const complete = model({ complete: true, named: true, boneScale: 0.5 });
    const index = indexModel(first.root);
    upgradeToComplete(first.root, index, complete.root);
    expect(first.femur.geometry).toBe(complete.femur.geometry);
    expect(first.femur.scale.x).toBe(0.5);
    expect(first.muscle.geometry).toBe(complete.muscle.geometry);
    // Still bound to this model's joints, not the complete model's.
    expect(first.muscle.skeleton.bones).toEqual([first.pelvis, first.hip]);
    expect(first.hip.name).toBe('hip_right');
    expect(first.muscle.name).toBe('gluteus-medius_right');
    // The index keeps the same objects.
    expect(index.structures.get('femur:right')).toEqual([first.femur]);
  });

  it('returns the structures the first view lacks, bound to this model joints', () => {
    const first = model({ complete: false, named: false, boneScale: 1 });
    const complete = model({ complete: true, named: true, boneScale: 1 });
    const part = upgradeToComplete(first.root, indexModel(first.root), complete.root);
    expect(part.name).toBe(COMPLETE_EXTRA_NAME);
    const skins = part.children.filter((c) => c.userData.kind === 'skin') as THREE.SkinnedMesh[];
    expect(skins).toHaveLength(1);
    expect(skins[0]!.skeleton.bones).toEqual([first.pelvis, first.hip]);
    // The complete model itself is left whole (each viewer takes its own copies).
    expect(complete.root.children.some((c) => c.userData.kind === 'skin')).toBe(true);
  });

  it('rebuilds the root batches over the new geometry', () => {
    const first = model({ complete: false, named: false, boneScale: 1 });
    const stale = new THREE.Group();
    stale.name = BATCH_GROUP_NAME;
    first.root.add(stale);
    const complete = model({ complete: true, named: true, boneScale: 1 });
    upgradeToComplete(first.root, indexModel(first.root), complete.root);
    const batches = first.root.children.filter((c) => c.name === BATCH_GROUP_NAME);
    expect(batches).toHaveLength(1);
    expect(batches[0]).not.toBe(stale);
  });

  it('frees the first view geometry and skeletons it replaces, and nothing the model still draws', () => {
    const first = model({ complete: false, named: false, boneScale: 1 });
    const complete = model({ complete: true, named: true, boneScale: 1 });
    const disposed = new Set<unknown>();
    const watch = (thing: THREE.EventDispatcher<{ dispose: object }>) =>
      thing.addEventListener('dispose', () => disposed.add(thing));
    const oldFemur = first.femur.geometry;
    const oldMuscle = first.muscle.geometry;
    const oldSkeleton = first.muscle.skeleton;
    // A skeleton frees its bone texture: the one it would draw with.
    oldSkeleton.computeBoneTexture();
    const boneTexture = oldSkeleton.boneTexture!;
    for (const thing of [oldFemur, oldMuscle, complete.femur.geometry, complete.muscle.geometry])
      watch(thing);
    watch(boneTexture);
    upgradeToComplete(first.root, indexModel(first.root), complete.root);
    expect(disposed.has(oldFemur)).toBe(true);
    expect(disposed.has(oldMuscle)).toBe(true);
    expect(disposed.has(boneTexture)).toBe(true);
    expect(disposed.has(complete.femur.geometry)).toBe(false);
    expect(disposed.has(complete.muscle.geometry)).toBe(false);
  });

  it('names what the complete model lacks', () => {
    const first = model({ complete: false, named: false, boneScale: 1 });
    const complete = model({ complete: true, named: true, boneScale: 1 });
    complete.muscle.removeFromParent();
    expect(() => upgradeToComplete(first.root, indexModel(first.root), complete.root)).toThrow(
      /muscle:gluteus-medius:right/,
    );
  });
});
