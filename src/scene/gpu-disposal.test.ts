import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { disposeUnheld, holdSharedScene } from './gpu-disposal';

/** A loaded scene: a skinned mesh with a textured material, and a plain mesh. */
function loadedScene() {
  const scene = new THREE.Group();
  const texture = new THREE.Texture();
  const skinned = new THREE.SkinnedMesh(
    new THREE.BufferGeometry(),
    new THREE.MeshStandardMaterial({ map: texture }),
  );
  const bone = new THREE.Bone();
  skinned.add(bone);
  skinned.bind(new THREE.Skeleton([bone]));
  const plain = new THREE.Mesh(new THREE.BufferGeometry(), new THREE.MeshBasicMaterial());
  scene.add(skinned, plain);
  return { scene, texture, skinned, plain };
}

function disposals(...things: THREE.EventDispatcher<{ dispose: object }>[]): Set<unknown> {
  const seen = new Set<unknown>();
  for (const thing of things) thing.addEventListener('dispose', () => seen.add(thing));
  return seen;
}

describe('GPU disposal of models that go away', () => {
  it('frees geometry, picking trees, materials with their textures, and bone textures', () => {
    const { scene, texture, skinned, plain } = loadedScene();
    skinned.skeleton.computeBoneTexture();
    const boneTexture = skinned.skeleton.boneTexture!;
    (plain.geometry as unknown as { boundsTree?: unknown }).boundsTree = {};
    const seen = disposals(
      skinned.geometry,
      plain.geometry,
      skinned.material as THREE.Material,
      plain.material as THREE.Material,
      texture,
      boneTexture,
    );
    disposeUnheld(scene);
    expect(seen.size).toBe(6);
    expect((plain.geometry as unknown as { boundsTree?: unknown }).boundsTree).toBeUndefined();
  });

  it('keeps what a scene someone still holds shares with a copy, and frees the copy’s own', () => {
    const { scene, skinned } = loadedScene();
    const release = holdSharedScene(scene);
    // A viewer's copy: shared geometry, its own material (as the viewer gives each mesh).
    const copy = skinned.clone();
    copy.material = (skinned.material as THREE.MeshStandardMaterial).clone();
    const seen = disposals(skinned.geometry, skinned.material as THREE.Material, copy.material);
    disposeUnheld(copy);
    expect(seen.has(copy.material)).toBe(true);
    expect(seen.has(skinned.geometry)).toBe(false);
    expect(seen.has(skinned.material)).toBe(false);
    release();
    disposeUnheld(scene);
    expect(seen.has(skinned.geometry)).toBe(true);
    expect(seen.has(skinned.material)).toBe(true);
  });

  it('counts each holder: a scene two viewers hold stays until both release it', () => {
    const { scene, plain } = loadedScene();
    const releaseFirst = holdSharedScene(scene);
    const releaseSecond = holdSharedScene(scene);
    const seen = disposals(plain.geometry);
    releaseFirst();
    // Releasing twice does not count twice.
    releaseFirst();
    disposeUnheld(scene);
    expect(seen.has(plain.geometry)).toBe(false);
    releaseSecond();
    disposeUnheld(scene);
    expect(seen.has(plain.geometry)).toBe(true);
  });
});
