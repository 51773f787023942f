import { MeshoptSimplifier } from 'meshoptimizer';
import type { Sdf } from '../sdf/sdf';
import { findBounds } from './find-bounds';
import type { Bounds, TriMesh } from './mesh-types';
import { sampleGrid } from './sample-grid';
import { sdfGradient } from './sdf-gradient';
import { surfaceNets } from './surface-nets';

export interface MeshSdfOptions {
  /** Grid spacing in mm; the thinnest plate should be at least 2-2.5 cells thick. */
  gridMm: number;
  /** Target triangle count after simplification. */
  targetTriangles: number;
  /** meshoptimizer relative error limit. */
  simplifyError: number;
  /** Newton steps that snap net vertices onto the true surface. */
  projectionSteps: number;
  /** Bake SDF ambient occlusion into vertex colours (multiplied into `baseColor`). */
  ambientOcclusion: boolean;
  /** Linear RGB the occlusion is multiplied into. */
  baseColor: readonly [number, number, number];
  /** Ambient occlusion sample step (mm) and strength. */
  aoStepMm: number;
  aoStrength: number;
}

const MESH_SDF_DEFAULTS: MeshSdfOptions = {
  gridMm: 2,
  targetTriangles: 8000,
  simplifyError: 0.02,
  projectionSteps: 2,
  ambientOcclusion: true,
  baseColor: [1, 1, 1],
  aoStepMm: 3.5,
  aoStrength: 0.9,
};

/**
 * SDF → closed triangle mesh: coarse bounds, block-skipping grid, surface nets, Newton
 * projection onto the surface, meshoptimizer simplification, SDF-gradient normals and
 * (optionally) SDF ambient occlusion in COLOR_0.
 */
export async function meshSdf(
  sdf: Sdf,
  search: Bounds,
  options: Partial<MeshSdfOptions> = {},
): Promise<TriMesh> {
  const o = { ...MESH_SDF_DEFAULTS, ...options };
  await MeshoptSimplifier.ready;
  const bounds = findBounds(sdf, search);
  const grid = sampleGrid(sdf, bounds, o.gridMm);
  const raw = surfaceNets(grid);
  const g = new Float64Array(3);
  const p = raw.positions;
  const maxStep = o.gridMm / 2;
  for (let s = 0; s < o.projectionSteps; s++) {
    for (let v = 0; v < p.length; v += 3) {
      const x = p[v]!;
      const y = p[v + 1]!;
      const z = p[v + 2]!;
      const d = sdf(x, y, z);
      sdfGradient(sdf, x, y, z, 0.2 * o.gridMm, g);
      const gg = g[0]! * g[0]! + g[1]! * g[1]! + g[2]! * g[2]!;
      if (gg < 1e-12) continue;
      let sx = (d * g[0]!) / gg;
      let sy = (d * g[1]!) / gg;
      let sz = (d * g[2]!) / gg;
      const len = Math.hypot(sx, sy, sz);
      if (len > maxStep) {
        const f = maxStep / len;
        sx *= f;
        sy *= f;
        sz *= f;
      }
      p[v] = x - sx;
      p[v + 1] = y - sy;
      p[v + 2] = z - sz;
    }
  }
  const targetIndexCount = Math.min(raw.indices.length, o.targetTriangles * 3);
  const [simplified] = MeshoptSimplifier.simplify(
    raw.indices,
    p,
    3,
    targetIndexCount,
    o.simplifyError,
    [],
  );
  const { positions, indices } = compact(p, simplified);
  const normals = new Float32Array(positions.length);
  for (let v = 0; v < positions.length; v += 3) {
    sdfGradient(sdf, positions[v]!, positions[v + 1]!, positions[v + 2]!, 0.2 * o.gridMm, g);
    const l = Math.hypot(g[0]!, g[1]!, g[2]!) || 1;
    normals[v] = g[0]! / l;
    normals[v + 1] = g[1]! / l;
    normals[v + 2] = g[2]! / l;
  }
  const mesh: TriMesh = { positions, normals, indices };
  if (o.ambientOcclusion) mesh.colors = bakeAo(sdf, positions, normals, o);
  return mesh;
}

function bakeAo(
  sdf: Sdf,
  positions: Float32Array,
  normals: Float32Array,
  o: MeshSdfOptions,
): Float32Array {
  const colors = new Float32Array(positions.length);
  for (let v = 0; v < positions.length; v += 3) {
    let occlusion = 0;
    let weight = 0.5;
    for (let i = 1; i <= 5; i++) {
      const t = i * o.aoStepMm;
      const d = sdf(
        positions[v]! + normals[v]! * t,
        positions[v + 1]! + normals[v + 1]! * t,
        positions[v + 2]! + normals[v + 2]! * t,
      );
      occlusion += (weight * Math.max(0, t - d)) / t;
      weight *= 0.5;
    }
    const ao = Math.max(0, Math.min(1, 1 - o.aoStrength * occlusion));
    const shade = 0.35 + 0.65 * ao;
    colors[v] = o.baseColor[0] * shade;
    colors[v + 1] = o.baseColor[1] * shade;
    colors[v + 2] = o.baseColor[2] * shade;
  }
  return colors;
}

/** Drops unreferenced vertices and renumbers the indices in first-use order. */
function compact(
  positions: Float32Array,
  indices: Uint32Array,
): { positions: Float32Array; indices: Uint32Array } {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  const out: number[] = [];
  const idx = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!;
    if (remap[v] === -1) {
      remap[v] = out.length / 3;
      out.push(positions[3 * v]!, positions[3 * v + 1]!, positions[3 * v + 2]!);
    }
    idx[i] = remap[v]!;
  }
  return { positions: new Float32Array(out), indices: idx };
}
