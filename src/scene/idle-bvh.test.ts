import * as THREE from 'three';
import { SkinnedMeshBVH } from 'three-mesh-bvh';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBoundsTreesWhenIdle, posedTreeCount } from './idle-bvh';

/** Idle callbacks run only when the test says so. */
let idleQueue: (() => void)[] = [];
function runIdle() {
  while (idleQueue.length > 0) idleQueue.shift()?.();
}

beforeEach(() => {
  idleQueue = [];
  vi.stubGlobal('window', {
    requestIdleCallback: (callback: () => void) => idleQueue.push(callback),
    cancelIdleCallback: () => undefined,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/**
 * A 1 m square in the z = 0 plane (x −0.5..0.5, y 0..1), skinned entirely to one bone under
 * the root, as a muscle hangs from its joint.
 */
function skinnedSquare() {
  const root = new THREE.Group();
  const bone = new THREE.Bone();
  root.add(bone);
  const geometry = new THREE.PlaneGeometry(1, 1).translate(0, 0.5, 0);
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute(
    'skinIndex',
    new THREE.Uint16BufferAttribute(new Uint16Array(count * 4), 4),
  );
  const weights = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) weights[i * 4] = 1;
  geometry.setAttribute('skinWeight', new THREE.Float32BufferAttribute(weights, 4));
  const mesh = new THREE.SkinnedMesh(
    geometry,
    new THREE.MeshBasicMaterial({ side: THREE.DoubleSide }),
  );
  root.add(mesh);
  root.updateMatrixWorld(true);
  mesh.bind(new THREE.Skeleton([bone]));
  return { root, bone, mesh };
}

/** Move the bone and say so, as the posers do (`userData.poseVersion`). */
function pose(root: THREE.Object3D, bone: THREE.Bone, x: number) {
  bone.position.x = x;
  root.userData.poseVersion = ((root.userData.poseVersion as number | undefined) ?? 0) + 1;
}

/** Whether a ray straight down −z through (x, 0.5) hits the mesh. */
function hitsAt(mesh: THREE.Mesh, x: number): boolean {
  const raycaster = new THREE.Raycaster(new THREE.Vector3(x, 0.5, 5), new THREE.Vector3(0, 0, -1));
  return raycaster.intersectObject(mesh, false).length > 0;
}

describe('picking skinned meshes as posed', () => {
  it('hits the posed mesh before its tree exists (bounds follow the pose)', () => {
    const { root, bone, mesh } = skinnedSquare();
    expect(hitsAt(mesh, 0), 'three computes its bounds at rest').toBe(true);
    buildBoundsTreesWhenIdle(root);
    pose(root, bone, 3);
    expect(posedTreeCount(root)).toEqual({ skinned: 1, withTree: 0 });
    expect(hitsAt(mesh, 3), 'where the posed square is').toBe(true);
    expect(hitsAt(mesh, 0), 'where it was at rest').toBe(false);
  });

  it('builds the tree in idle time and refits it when the pose changes, not on every pick', () => {
    const { root, bone, mesh } = skinnedSquare();
    const picking = buildBoundsTreesWhenIdle(root);
    runIdle();
    expect(posedTreeCount(root)).toEqual({ skinned: 1, withTree: 1 });
    const refit = vi.spyOn(SkinnedMeshBVH.prototype, 'refit');

    expect(hitsAt(mesh, 0)).toBe(true);
    expect(hitsAt(mesh, 0.2)).toBe(true);
    expect(refit, 'no pose change: no refit').not.toHaveBeenCalled();

    pose(root, bone, -2);
    expect(hitsAt(mesh, -2), 'the next pick refits to the new pose').toBe(true);
    expect(hitsAt(mesh, 0)).toBe(false);
    expect(refit).toHaveBeenCalledTimes(1);

    // A pose seen by the frame loop is refitted in idle time, before the next pick.
    pose(root, bone, 1.5);
    picking.checkPose();
    runIdle();
    expect(refit).toHaveBeenCalledTimes(2);
    expect(hitsAt(mesh, 1.5)).toBe(true);
    expect(refit, 'the pick found the tree ready').toHaveBeenCalledTimes(2);
  });

  it('builds a new tree when the mesh is given new geometry (the complete model swapped in)', () => {
    const { root, mesh } = skinnedSquare();
    buildBoundsTreesWhenIdle(root);
    runIdle();
    expect(hitsAt(mesh, 0.4)).toBe(true);
    // The complete model's finer geometry takes the first view's place, here a narrower square.
    const finer = mesh.geometry.clone();
    finer.scale(0.5, 1, 1);
    mesh.geometry = finer;
    expect(hitsAt(mesh, 0.4), 'the old tree no longer answers for the new shape').toBe(false);
    expect(posedTreeCount(root)).toEqual({ skinned: 1, withTree: 0 });
    buildBoundsTreesWhenIdle(root);
    runIdle();
    expect(posedTreeCount(root)).toEqual({ skinned: 1, withTree: 1 });
    expect(hitsAt(mesh, 0.2)).toBe(true);
    expect(hitsAt(mesh, 0.4)).toBe(false);
  });

  it('leaves meshes that opt out of picking alone', () => {
    const { root, mesh } = skinnedSquare();
    const none = () => undefined;
    mesh.raycast = none;
    buildBoundsTreesWhenIdle(root);
    runIdle();
    expect(mesh.raycast).toBe(none);
    expect(posedTreeCount(root)).toEqual({ skinned: 0, withTree: 0 });
  });
});
