import * as THREE from 'three';
import { acceleratedRaycast, computeBoundsTree, disposeBoundsTree } from 'three-mesh-bvh';

type BvhGeometry = THREE.BufferGeometry & {
  boundsTree?: unknown;
  computeBoundsTree?: typeof computeBoundsTree;
  disposeBoundsTree?: typeof disposeBoundsTree;
};

/**
 * Give meshes BVH picking without one long task at start-up: each geometry's tree is built in
 * its own idle slot after the first frames. Until its tree exists, a mesh picks the slow way.
 * Returns a function that cancels the remaining work.
 */
export function buildBoundsTreesWhenIdle(root: THREE.Object3D): () => void {
  const queue: THREE.Mesh[] = [];
  root.traverse((object) => {
    const mesh = object as THREE.Mesh;
    // Only plain meshes: skinned meshes pick through their bones (their stored positions are
    // the bind pose, quantized) and instanced meshes pick per instance.
    if (!mesh.isMesh || mesh.raycast !== THREE.Mesh.prototype.raycast) return;
    mesh.raycast = acceleratedRaycast;
    if (!(mesh.geometry as BvhGeometry).boundsTree) queue.push(mesh);
  });
  let cancelled = false;
  let handle = 0;
  const idle = (callback: () => void) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(callback, { timeout: 2000 })
      : window.setTimeout(callback, 16);
  const cancel = (id: number) =>
    typeof window.cancelIdleCallback === 'function'
      ? window.cancelIdleCallback(id)
      : window.clearTimeout(id);
  const next = () => {
    if (cancelled) return;
    const mesh = queue.shift();
    if (!mesh) return;
    const geometry = mesh.geometry as BvhGeometry;
    if (!geometry.boundsTree) {
      geometry.computeBoundsTree = computeBoundsTree;
      geometry.disposeBoundsTree = disposeBoundsTree;
      geometry.computeBoundsTree();
    }
    handle = idle(next);
  };
  handle = idle(next);
  return () => {
    cancelled = true;
    cancel(handle);
  };
}
