import * as THREE from 'three';
import { isMuscleId } from '../domain/anatomy';
import { BODY_MORPHS, type BodyFit } from '../domain/body';
import type { ModelIndex } from './model-index';

const rest = new THREE.Vector3();
const moved = new THREE.Vector3();

/** Morph weights by name for one structure's meshes under a fit (reference body: all 0). */
function weightsFor(id: string, fit: BodyFit | null): Record<string, number> {
  const w = fit?.weights;
  if (id === 'skin')
    return {
      [BODY_MORPHS.fat.name]: w?.fat ?? 0,
      [BODY_MORPHS.muscleBulk.name]: w?.skinMuscleBulk ?? 0,
    };
  if (isMuscleId(id)) return { [BODY_MORPHS.muscleBulk.name]: w?.muscleBulk[id] ?? 0 };
  return {};
}

function setInfluences(mesh: THREE.Mesh, weights: Record<string, number>): void {
  const dictionary = mesh.morphTargetDictionary;
  const influences = mesh.morphTargetInfluences;
  if (!dictionary || !influences) return;
  for (const [name, weight] of Object.entries(weights)) {
    const slot = dictionary[name];
    if (slot !== undefined) influences[slot] = weight;
  }
  // Picking and culling read the bounds, which the morph changed.
  mesh.geometry.boundingSphere = null;
  if ((mesh as THREE.SkinnedMesh).isSkinnedMesh) {
    (mesh as THREE.SkinnedMesh).computeBoundingSphere();
    (mesh as THREE.SkinnedMesh).computeBoundingBox();
  }
}

/** Model-space position of a vertex, skinned and morphed as drawn. */
function vertexInModel(mesh: THREE.Mesh, i: number, toModel: THREE.Matrix4, out: THREE.Vector3) {
  return mesh.getVertexPosition(i, out).applyMatrix4(toModel);
}

/**
 * Fit a loaded model to a body (or back to the reference body with null): sets the morph
 * influences the model offers (names from the contract; meshes without them are left alone)
 * and returns the landmarks with those on the skin moved with it, so rules that measure from
 * the skin (buttock quadrant, umbilicus, gluteal fold) follow the fitted surface. Bony
 * landmarks do not move: fat and muscle bulk do not change the skeleton. The overall scale is
 * applied by the caller around the whole model.
 */
export function applyBodyFit(
  root: THREE.Object3D,
  index: ModelIndex,
  fit: BodyFit | null,
): Map<string, THREE.Vector3> {
  root.updateWorldMatrix(true, true);
  const rootInverse = root.matrixWorld.clone().invert();
  const skinMeshes = index.structures.get('skin:midline') ?? [];
  // Nearest skin vertex of each skin landmark, found on the reference skin.
  for (const mesh of skinMeshes) setInfluences(mesh, weightsFor('skin', null));
  const anchors: { key: string; mesh: THREE.Mesh; vertex: number; rest: THREE.Vector3 }[] = [];
  for (const { extras } of index.nodes) {
    const meta = extras as { kind?: string; id?: string; side?: string; layer?: string };
    if (meta.kind !== 'landmark' || meta.layer !== 'skin') continue;
    const key = `${meta.id}:${meta.side ?? 'midline'}`;
    const p = index.landmarks.get(key);
    if (!p) continue;
    let best = { mesh: null as THREE.Mesh | null, vertex: -1, d2: Number.POSITIVE_INFINITY };
    for (const mesh of skinMeshes) {
      const toModel = new THREE.Matrix4().multiplyMatrices(rootInverse, mesh.matrixWorld);
      const count = mesh.geometry.getAttribute('position').count;
      for (let i = 0; i < count; i++) {
        const d2 = vertexInModel(mesh, i, toModel, rest).distanceToSquared(p);
        if (d2 < best.d2) best = { mesh, vertex: i, d2 };
      }
    }
    if (best.mesh) {
      const toModel = new THREE.Matrix4().multiplyMatrices(rootInverse, best.mesh.matrixWorld);
      anchors.push({
        key,
        mesh: best.mesh,
        vertex: best.vertex,
        rest: vertexInModel(best.mesh, best.vertex, toModel, new THREE.Vector3()),
      });
    }
  }
  for (const [key, meshes] of index.structures) {
    const weights = weightsFor(key.split(':')[0] ?? '', fit);
    for (const mesh of meshes) setInfluences(mesh, weights);
  }
  const landmarks = new Map(index.landmarks);
  for (const { key, mesh, vertex, rest: at } of anchors) {
    const toModel = new THREE.Matrix4().multiplyMatrices(rootInverse, mesh.matrixWorld);
    const shift = vertexInModel(mesh, vertex, toModel, moved).sub(at);
    landmarks.set(key, index.landmarks.get(key)!.clone().add(shift));
  }
  return landmarks;
}
