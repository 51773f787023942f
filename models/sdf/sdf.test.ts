import { describe, expect, it } from 'vitest';
import { sampleGrid } from '../mesh/sample-grid';
import { enclosedVolume } from '../mesh/solid';
import { surfaceNets } from '../mesh/surface-nets';
import { composeSdf, roundCone, smin, sphere, subtract, union } from './sdf';

describe('SDF primitives and operators (fixtures in mm)', () => {
  it('a sphere is negative inside, zero on its surface, the distance outside', () => {
    const s = sphere([1, 2, 3], 5);
    expect(s(1, 2, 3)).toBeCloseTo(-5, 10);
    expect(s(6, 2, 3)).toBeCloseTo(0, 10);
    expect(s(1, 12, 3)).toBeCloseTo(5, 10);
  });

  it('a round cone interpolates its radii along the axis', () => {
    const c = roundCone([0, 0, 0], 4, [0, 20, 0], 2);
    expect(c(4, 0, 0)).toBeCloseTo(0, 6);
    expect(c(0, -4, 0)).toBeCloseTo(0, 6);
    expect(c(0, 22, 0)).toBeCloseTo(0, 6);
    expect(c(0, 10, 0)).toBeLessThan(0);
  });

  it('smin is the plain minimum far apart and dips below both where they meet', () => {
    expect(smin(1, 9, 2)).toBe(1);
    expect(smin(3, 3, 4)).toBeCloseTo(2, 10);
    expect(smin(3, 3, 0)).toBe(3);
  });

  it('composition subtracts after union: a hollowed ball has no field inside the hole', () => {
    const f = composeSdf([union(sphere([0, 0, 0], 10), 0), subtract(sphere([0, 0, 0], 4), 0)]);
    expect(f(0, 0, 0)).toBeGreaterThan(0);
    expect(f(7, 0, 0)).toBeLessThan(0);
  });
});

describe('surface nets on a sampled sphere', () => {
  it('gives a closed mesh whose volume is within 3 % of 4/3 pi r^3', () => {
    const r = 10;
    const grid = sampleGrid(sphere([0, 0, 0], r), { min: [-14, -14, -14], max: [14, 14, 14] }, 1);
    const mesh = surfaceNets(grid);
    const expected = (4 / 3) * Math.PI * r ** 3;
    const ratio = enclosedVolume(mesh.positions, mesh.indices) / expected;
    expect(Math.abs(ratio - 1), `volume ratio ${ratio.toFixed(4)}`).toBeLessThan(0.03);
  });
});
