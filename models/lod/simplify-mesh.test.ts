import { MeshoptSimplifier } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TriMesh } from '../mesh/mesh-types';
import { simplifyMesh } from './simplify-mesh';

/** A UV sphere of radius 10 mm, slightly squashed so each axis has one extreme vertex. */
function sphere(rings = 24, segments = 48): TriMesh {
  const positions: number[] = [];
  const normals: number[] = [];
  for (let r = 0; r <= rings; r++) {
    const theta = (r / rings) * Math.PI;
    for (let s = 0; s < segments; s++) {
      const phi = (s / segments) * 2 * Math.PI + 0.013;
      const n = [Math.sin(theta) * Math.cos(phi), Math.cos(theta), Math.sin(theta) * Math.sin(phi)];
      positions.push(10 * n[0]!, 8 * n[1]!, 6 * n[2]!);
      normals.push(n[0]!, n[1]!, n[2]!);
    }
  }
  const indices: number[] = [];
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = r * segments + s;
      const b = r * segments + ((s + 1) % segments);
      const c = a + segments;
      const d = b + segments;
      indices.push(a, c, b, b, c, d);
    }
  }
  return {
    positions: new Float32Array(positions),
    normals: new Float32Array(normals),
    indices: new Uint32Array(indices),
  };
}

function bounds(positions: Float32Array) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i++) {
    min[i % 3] = Math.min(min[i % 3]!, positions[i]!);
    max[i % 3] = Math.max(max[i % 3]!, positions[i]!);
  }
  return { min, max };
}

beforeAll(async () => {
  await MeshoptSimplifier.ready;
});

describe('simplifyMesh (the first view level of detail)', () => {
  const original = sphere();

  it('keeps about the asked share of triangles when the error allows it', () => {
    const { mesh } = simplifyMesh(original, { keepRatio: 0.25, maxErrorMm: 5 });
    const ratio = mesh.indices.length / original.indices.length;
    expect(ratio).toBeGreaterThan(0.15);
    expect(ratio).toBeLessThanOrEqual(0.25);
  });

  it('stops at the error limit before the ratio', () => {
    const loose = simplifyMesh(original, { keepRatio: 0.05, maxErrorMm: 5 });
    const tight = simplifyMesh(original, { keepRatio: 0.05, maxErrorMm: 0.05 });
    expect(tight.mesh.indices.length).toBeGreaterThan(loose.mesh.indices.length);
    expect(tight.errorMm).toBeLessThanOrEqual(0.05);
  });

  it('keeps the bounding box exactly (a viewer frames both levels alike)', () => {
    const { mesh } = simplifyMesh(original, { keepRatio: 0.1, maxErrorMm: 5 });
    expect(bounds(mesh.positions)).toEqual(bounds(original.positions));
  });

  it('only drops vertices: each kept vertex is an original one, with its normal', () => {
    const { mesh, kept } = simplifyMesh(original, { keepRatio: 0.3, maxErrorMm: 5 });
    expect(mesh.positions.length / 3).toBe(kept.length);
    kept.forEach((v, i) => {
      for (let c = 0; c < 3; c++) {
        expect(mesh.positions[3 * i + c]).toBe(original.positions[3 * v + c]);
        expect(mesh.normals[3 * i + c]).toBe(original.normals[3 * v + c]);
      }
    });
    for (const index of mesh.indices) expect(index).toBeLessThan(kept.length);
  });

  it('is deterministic', () => {
    const a = simplifyMesh(original, { keepRatio: 0.3, maxErrorMm: 1 });
    const b = simplifyMesh(original, { keepRatio: 0.3, maxErrorMm: 1 });
    expect(a.mesh.indices).toEqual(b.mesh.indices);
    expect(a.kept).toEqual(b.kept);
  });
});
