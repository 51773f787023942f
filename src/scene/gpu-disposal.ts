import type * as THREE from 'three';

/*
 * Freeing what a model leaves on the GPU when it goes away. React Three Fiber does not dispose
 * objects handed to <primitive>, so the viewer does: geometries (and their picking trees),
 * materials with their textures, and skeletons (each holds a bone texture).
 *
 * A loaded glTF scene is cached by URL and may be drawn by two viewers on one page, each from
 * its own copy that shares the scene's geometries and materials. Its users hold it while they
 * draw it; a resource of a scene someone still holds is never disposed.
 */

type PickableGeometry = THREE.BufferGeometry & { boundsTree?: unknown };

interface GpuParts {
  geometries: Set<THREE.BufferGeometry>;
  materials: Set<THREE.Material>;
  skeletons: Set<THREE.Skeleton>;
}

function gpuPartsOf(root: THREE.Object3D): GpuParts {
  const parts: GpuParts = { geometries: new Set(), materials: new Set(), skeletons: new Set() };
  root.traverse((object) => {
    const mesh = object as THREE.Mesh & Partial<THREE.SkinnedMesh>;
    if (mesh.geometry) parts.geometries.add(mesh.geometry);
    if (mesh.material) {
      for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material])
        parts.materials.add(material);
    }
    if (mesh.isSkinnedMesh && mesh.skeleton) parts.skeletons.add(mesh.skeleton);
  });
  return parts;
}

function disposeMaterial(material: THREE.Material): void {
  for (const value of Object.values(material)) {
    if ((value as THREE.Texture | null)?.isTexture) (value as THREE.Texture).dispose();
  }
  material.dispose();
}

/** How many users hold each shared scene now. */
const held = new Map<THREE.Object3D, number>();

/**
 * Count a user of a shared (cached) scene while it draws from it. Returns the release, which
 * frees nothing itself: `disposeUnheld` does, once nobody holds the scene.
 */
export function holdSharedScene(scene: THREE.Object3D): () => void {
  held.set(scene, (held.get(scene) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const users = (held.get(scene) ?? 1) - 1;
    if (users > 0) held.set(scene, users);
    else held.delete(scene);
  };
}

/**
 * Dispose the GPU resources under `root` that no held shared scene uses: call it with a copy
 * that is gone (its own materials, skeletons, batches) and with a shared scene just released.
 */
export function disposeUnheld(root: THREE.Object3D): void {
  const keep = { geometries: new Set<unknown>(), materials: new Set<unknown>() };
  for (const scene of held.keys()) {
    const parts = gpuPartsOf(scene);
    for (const geometry of parts.geometries) keep.geometries.add(geometry);
    for (const material of parts.materials) keep.materials.add(material);
  }
  const parts = gpuPartsOf(root);
  for (const geometry of parts.geometries) {
    if (keep.geometries.has(geometry)) continue;
    // The picking tree is memory of its own; the geometry may outlive this call in a closure.
    (geometry as PickableGeometry).boundsTree = undefined;
    geometry.dispose();
  }
  for (const material of parts.materials) {
    if (!keep.materials.has(material)) disposeMaterial(material);
  }
  // Skeletons are never shared between copies (each copy binds its own).
  for (const skeleton of parts.skeletons) skeleton.dispose();
}
