// @vitest-environment jsdom

import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { bodyFit } from '../../src/domain/body';
import { ModelView } from '../../src/scene/ModelView';
import { createViewerStore, ViewerStoreProvider } from '../../src/state';

/** A mesh whose morph targets move every vertex by `delta` at weight 1, names in extras order. */
function morphMesh(names: string[], delta: number) {
  const geometry = new THREE.BoxGeometry(0.1, 0.1, 0.1);
  const position = geometry.getAttribute('position');
  geometry.morphAttributes.position = names.map(() => {
    const d = new Float32Array(position.count * 3);
    for (let i = 0; i < position.count; i++) d[3 * i + 2] = delta; // towards +Z
    return new THREE.BufferAttribute(d, 3);
  });
  geometry.morphTargetsRelative = true;
  const mesh = new THREE.Mesh(geometry, new THREE.MeshStandardMaterial());
  mesh.updateMorphTargets();
  names.forEach((name, i) => {
    mesh.morphTargetDictionary![name] = i;
  });
  return mesh;
}

function fittableModel() {
  const root = new THREE.Group();
  const skin = morphMesh(['fat', 'muscle-bulk'], 0.01);
  skin.userData = { kind: 'skin', id: 'skin', side: 'midline', layer: 'skin' };
  const gmax = morphMesh(['muscle-bulk'], 0.001);
  gmax.userData = { kind: 'muscle', id: 'gluteus-maximus', side: 'right', layer: 'superficial' };
  const bone = new THREE.Mesh(
    new THREE.BoxGeometry(0.1, 0.1, 0.1),
    new THREE.MeshStandardMaterial(),
  );
  bone.userData = { kind: 'bone', id: 'femur', side: 'right', layer: 'bones' };
  // A skin landmark at a skin corner, and a bony one.
  const fold = new THREE.Object3D();
  fold.position.set(0.05, 0.05, 0.05);
  fold.userData = { kind: 'landmark', id: 'gluteal-fold-midpoint', side: 'right', layer: 'skin' };
  const asis = new THREE.Object3D();
  asis.position.set(0.05, 0.05, 0.05);
  asis.userData = { kind: 'landmark', id: 'ASIS', side: 'right', layer: 'bones' };
  root.add(skin, gmax, bone, fold, asis);
  return { root, skin, gmax };
}

describe('fitting the drawn model to a body', () => {
  it('sets the morph weights by name, scales the model and moves skin landmarks with the skin', async () => {
    const { root, skin, gmax } = fittableModel();
    const store = createViewerStore();
    const renderer = await ReactThreeTestRenderer.create(
      <ViewerStoreProvider store={store}>
        <ModelView root={root} />
      </ViewerStoreProvider>,
    );
    // Reference body: nothing moves and nothing scales.
    expect(skin.morphTargetInfluences).toEqual([0, 0]);
    expect(gmax.morphTargetInfluences).toEqual([0]);
    expect(renderer.scene.findByProps({ name: 'body-fit' }).instance.scale.x).toBe(1);

    const body = { sex: 'female', heightM: 1.65, massKg: 90 } as const;
    const fit = bodyFit(body);
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setBody(body);
    });
    expect(skin.morphTargetInfluences![0]).toBeCloseTo(fit.weights.fat, 9);
    expect(skin.morphTargetInfluences![1]).toBeCloseTo(fit.weights.skinMuscleBulk, 9);
    expect(gmax.morphTargetInfluences![0]).toBeCloseTo(
      fit.weights.muscleBulk['gluteus-maximus'],
      9,
    );
    expect(renderer.scene.findByProps({ name: 'body-fit' }).instance.scale.x).toBeCloseTo(
      1.65 / 1.75,
      9,
    );
    // The skin landmark moves with its skin vertex (0.01 m per unit of each skin morph)...
    const moved = 0.01 * (fit.weights.fat + fit.weights.skinMuscleBulk);
    const fold = store.getState().landmarks['gluteal-fold-midpoint:right'];
    expect(fold?.[2]).toBeCloseTo(0.05 + moved, 6);
    // ...and a bony landmark stays where the bone is.
    expect(store.getState().landmarks['ASIS:right']).toEqual([0.05, 0.05, 0.05]);

    await ReactThreeTestRenderer.act(async () => {
      store.getState().setBody(null);
    });
    expect(skin.morphTargetInfluences).toEqual([0, 0]);
    expect(store.getState().landmarks['gluteal-fold-midpoint:right']).toEqual([0.05, 0.05, 0.05]);
    await renderer.unmount();
  });
});
