// @vitest-environment jsdom

import { useFrame } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { ModelView } from '../../src/scene/ModelView';
import { createViewerStore, ViewerStoreProvider } from '../../src/state';

/** A tiny model that meets the contract: two muscles, one bone and a landmark. */
function tinyModel() {
  const root = new THREE.Group();
  const make = (id: string, side: string, layer: string, kind = 'muscle') => {
    const mesh = new THREE.Mesh(
      new THREE.BoxGeometry(0.1, 0.1, 0.1),
      new THREE.MeshStandardMaterial(),
    );
    mesh.userData = { kind, id, side, layer };
    root.add(mesh);
    return mesh;
  };
  const gmedLeft = make('gluteus-medius', 'left', 'intermediate');
  const gmedRight = make('gluteus-medius', 'right', 'intermediate');
  const femur = make('femur', 'left', 'bones', 'bone');
  const asis = new THREE.Object3D();
  asis.position.set(0.12, 0.9, 0.05);
  asis.userData = { kind: 'landmark', id: 'ASIS', side: 'left' };
  root.add(asis);
  return { root, gmedLeft, gmedRight, femur };
}

let frames = 0;
function CountFrames() {
  useFrame(() => {
    frames += 1;
  });
  return null;
}

describe('ModelView', () => {
  it('draws the view state: hidden, ghosted and shown structures', async () => {
    const { root, gmedLeft, gmedRight, femur } = tinyModel();
    const store = createViewerStore();
    const renderer = await ReactThreeTestRenderer.create(
      <ViewerStoreProvider store={store}>
        <ModelView root={root} />
      </ViewerStoreProvider>,
    );
    expect(store.getState().model.phase).toBe('ready');
    expect(store.getState().landmarks['ASIS:left']).toEqual([0.12, 0.9, 0.05]);

    await ReactThreeTestRenderer.act(async () => {
      store.getState().setLayerVisibility('intermediate', 'left', 'hidden');
      store.getState().setStructureVisibility('femur:left', 'ghosted');
    });
    expect(gmedLeft.visible).toBe(false);
    expect(gmedRight.visible).toBe(true);
    const femurMaterial = femur.material as THREE.MeshStandardMaterial;
    expect(femurMaterial.transparent).toBe(true);
    expect(femurMaterial.opacity).toBeLessThan(0.5);

    await ReactThreeTestRenderer.act(async () => store.getState().resetView());
    expect(gmedLeft.visible).toBe(true);
    expect((femur.material as THREE.MeshStandardMaterial).opacity).toBe(1);
    await renderer.unmount();
  });

  it('renders no frames while nothing changes (on-demand rendering)', async () => {
    const { root } = tinyModel();
    const store = createViewerStore();
    frames = 0;
    const renderer = await ReactThreeTestRenderer.create(
      <ViewerStoreProvider store={store}>
        <ModelView root={root} />
        <CountFrames />
      </ViewerStoreProvider>,
      { frameloop: 'demand' },
    );
    // Let the first frames after mounting settle, then watch an idle second.
    await new Promise((done) => setTimeout(done, 300));
    const settled = frames;
    expect(settled).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 1000));
    expect(frames - settled, 'frames rendered during an idle second').toBe(0);

    // A change of view draws again.
    await ReactThreeTestRenderer.act(async () =>
      store.getState().setLayerVisibility('bones', 'both', 'hidden'),
    );
    await new Promise((done) => setTimeout(done, 200));
    expect(frames).toBeGreaterThan(settled);
    await renderer.unmount();
  });
});
