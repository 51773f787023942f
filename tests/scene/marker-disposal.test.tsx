// @vitest-environment jsdom

import ReactThreeTestRenderer from '@react-three/test-renderer';
import { createRef } from 'react';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { InstancedMarkers, type InstancedMarkersHandle } from '../../src/scene/InstancedMarkers';
import { ModelView } from '../../src/scene/ModelView';
import { MotorPointLayer } from '../../src/scene/MotorPointLayer';
import { RegionPatches, type RegionPatchesHandle } from '../../src/scene/RegionPatches';
import { createViewerStore, ViewerStoreProvider } from '../../src/state';

/** Every geometry and material under `root`, each with a flag set when it is disposed. */
function watchDisposal(root: THREE.Object3D) {
  const watched = new Map<THREE.BufferGeometry | THREE.Material, boolean>();
  root.traverse((object) => {
    const { geometry, material } = object as Partial<THREE.Mesh>;
    const materials = Array.isArray(material) ? material : material ? [material] : [];
    for (const resource of [geometry, ...materials]) {
      if (!resource || watched.has(resource)) continue;
      watched.set(resource, false);
      resource.addEventListener('dispose', () => watched.set(resource, true));
    }
  });
  return {
    count: () => watched.size,
    notDisposed: () =>
      [...watched]
        .filter(([, disposed]) => !disposed)
        .map(([resource]) => `${resource.type} ${resource.uuid.slice(0, 8)}`),
  };
}

function objectNamed(renderer: { scene: { instance: unknown } }, name: string): THREE.Object3D {
  const found = (renderer.scene.instance as THREE.Scene).getObjectByName(name);
  if (!found) throw new Error(`no object named ${name}`);
  return found;
}

/** A tiny model with a skin and a muscle: no landmarks, so no point can be placed on it. */
function tinyModel() {
  const root = new THREE.Group();
  const make = (id: string, side: string, layer: string, kind: string) => {
    const mesh = new THREE.Mesh(
      new THREE.BoxGeometry(0.1, 0.1, 0.1),
      new THREE.MeshStandardMaterial(),
    );
    mesh.userData = { kind, id, side, layer };
    root.add(mesh);
  };
  make('gluteus-medius', 'left', 'intermediate', 'muscle');
  make('skin', 'midline', 'skin', 'skin');
  return root;
}

describe('marker layers free their GPU resources', () => {
  it('instanced markers write each instance and free their glyph and material on unmount', async () => {
    const handle = createRef<InstancedMarkersHandle>();
    const renderer = await ReactThreeTestRenderer.create(
      <InstancedMarkers ref={handle} name="markers" glyph="motor-point" count={3} />,
    );
    const mesh = objectNamed(renderer, 'markers') as THREE.InstancedMesh;
    await ReactThreeTestRenderer.act(async () => {
      handle.current?.draw((i, out) => {
        out.position.set(i, 0, 0);
        out.normal.set(1, 0, 0);
        out.size = i === 1 ? 0 : 0.01;
        out.color.set('#ff0000');
      }, true);
    });
    const matrix = new THREE.Matrix4();
    const position = new THREE.Vector3();
    const scale = new THREE.Vector3();
    mesh.getMatrixAt(2, matrix);
    matrix.decompose(position, new THREE.Quaternion(), scale);
    expect(position.x).toBeCloseTo(2, 9);
    expect(scale.x).toBeCloseTo(0.01, 9);
    mesh.getMatrixAt(1, matrix);
    expect(new THREE.Vector3().setFromMatrixScale(matrix).x, 'a size of 0 hides it').toBe(0);
    // Drawn on top: picked before the tissue in front, in front of every see-through layer.
    expect(mesh.userData.pickFirst).toBe(true);
    expect((mesh.material as THREE.Material).depthTest).toBe(false);

    const watch = watchDisposal(mesh);
    expect(watch.count()).toBe(2);
    await renderer.unmount();
    expect(watch.notDisposed()).toEqual([]);
  });

  it('region patches free the geometry each new set replaces, and the last one on unmount', async () => {
    const handle = createRef<RegionPatchesHandle>();
    const renderer = await ReactThreeTestRenderer.create(
      <RegionPatches ref={handle} name="regions" />,
    );
    const mesh = objectNamed(renderer, 'regions') as THREE.Mesh;
    const patch = {
      centre: [0, 0, 0] as const,
      outline: [
        [0.01, 0, 0],
        [0, 0.01, 0],
        [-0.01, 0, 0],
      ] as const,
      normal: [0, 0, 1] as const,
      color: '#0f7a55',
      centreAlpha: 0.5,
      edgeAlpha: 0.1,
    };
    handle.current?.show([patch], true);
    const first = mesh.geometry;
    let firstDisposed = false;
    first.addEventListener('dispose', () => {
      firstDisposed = true;
    });
    handle.current?.show([patch, patch], false);
    expect(firstDisposed, 'the replaced geometry is freed').toBe(true);
    expect(mesh.geometry.getIndex()?.count).toBe(2 * 3 * 3);
    expect(mesh.visible).toBe(false);
    expect(mesh.userData.builds).toBe(2);

    const watch = watchDisposal(mesh);
    await renderer.unmount();
    expect(watch.notDisposed()).toEqual([]);
  });

  it('the motor point layer frees everything it drew (regions, markers, needle line and ring)', async () => {
    const store = createViewerStore();
    const renderer = await ReactThreeTestRenderer.create(
      <ViewerStoreProvider store={store}>
        <ModelView root={tinyModel()}>
          <MotorPointLayer />
        </ModelView>
      </ViewerStoreProvider>,
    );
    const layer = objectNamed(renderer, 'motor-points');
    // No landmarks: nothing placed, and every record says why, as a structured error.
    const errors = store.getState().placementErrors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.module === 'motor-points' && e.kind === 'placement-error')).toBe(
      true,
    );
    const watch = watchDisposal(layer);
    // The region mesh, the midpoint markers, the needle line and ring: a geometry and a material each.
    expect(watch.count()).toBeGreaterThanOrEqual(8);
    await renderer.unmount();
    expect(watch.notDisposed()).toEqual([]);
  });
});
