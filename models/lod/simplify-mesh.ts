import { MeshoptSimplifier } from 'meshoptimizer';
import type { TriMesh } from '../mesh/mesh-types';

export interface SimplifyMeshOptions {
  /** Share of the triangles to keep (the simplifier stops earlier when `maxErrorMm` is reached). */
  keepRatio: number;
  /** Largest distance (mm, the mesh's units) the simplified surface may move from the original. */
  maxErrorMm: number;
  /** How much normals weigh against position error (keeps shading where the surface bends). */
  normalWeight: number;
}

const SIMPLIFY_MESH_DEFAULTS: SimplifyMeshOptions = {
  keepRatio: 0.4,
  maxErrorMm: 0.6,
  normalWeight: 0.25,
};

export interface SimplifiedMesh {
  mesh: TriMesh;
  /** For each kept vertex, its index in the original mesh (to carry per-vertex data along). */
  kept: Uint32Array;
  /** The simplifier's own error estimate, mm. */
  errorMm: number;
}

/**
 * A coarser level of detail of a mesh whose bounding box is exactly the original's: the
 * vertices at each axis' minimum and maximum are locked, and the simplifier only removes
 * vertices (it never moves one). So a viewer that frames the coarse model frames the complete
 * one identically, and quantization (which follows the bounds) puts kept vertices where the
 * complete model has them. Deterministic.
 */
export function simplifyMesh(
  mesh: TriMesh,
  options: Partial<SimplifyMeshOptions> = {},
): SimplifiedMesh {
  const o = { ...SIMPLIFY_MESH_DEFAULTS, ...options };
  const count = mesh.positions.length / 3;
  const lock = new Uint8Array(count);
  for (let axis = 0; axis < 3; axis++) {
    let lo = 0;
    let hi = 0;
    for (let v = 1; v < count; v++) {
      const x = mesh.positions[3 * v + axis]!;
      if (x < mesh.positions[3 * lo + axis]!) lo = v;
      if (x > mesh.positions[3 * hi + axis]!) hi = v;
    }
    lock[lo] = 1;
    lock[hi] = 1;
  }
  const target = Math.max(3, Math.floor((mesh.indices.length / 3) * o.keepRatio) * 3);
  const w = o.normalWeight;
  const [indices, error] = MeshoptSimplifier.simplifyWithAttributes(
    mesh.indices,
    mesh.positions,
    3,
    mesh.normals,
    3,
    [w, w, w],
    lock,
    target,
    o.maxErrorMm,
    ['ErrorAbsolute'],
  );
  // Keep the used vertices in their original order (deterministic, and cache-friendly enough:
  // the encoder reorders them anyway).
  const newIndex = new Int32Array(count).fill(-1);
  for (const i of indices) newIndex[i] = 0;
  const keptList: number[] = [];
  for (let v = 0; v < count; v++) {
    if (newIndex[v] === 0) {
      newIndex[v] = keptList.length;
      keptList.push(v);
    }
  }
  const kept = Uint32Array.from(keptList);
  const pick = (source: Float32Array, size: number) => {
    const out = new Float32Array(kept.length * size);
    kept.forEach((v, i) => {
      for (let c = 0; c < size; c++) out[i * size + c] = source[v * size + c]!;
    });
    return out;
  };
  const simplified: TriMesh = {
    positions: pick(mesh.positions, 3),
    normals: pick(mesh.normals, 3),
    indices: Uint32Array.from(indices, (i) => newIndex[i]!),
  };
  if (mesh.colors) simplified.colors = pick(mesh.colors, 3);
  if (mesh.uvs) simplified.uvs = pick(mesh.uvs, 2);
  return { mesh: simplified, kept, errorMm: error };
}
