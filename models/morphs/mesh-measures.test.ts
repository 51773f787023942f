import { describe, expect, it } from 'vitest';
import { meshVolume, vertexAreas } from './mesh-measures';
import { PointGrid } from './point-grid';

/** A unit cube (outward winding), 8 vertices, 12 triangles. */
const CUBE_POSITIONS = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1];
const CUBE_INDICES = [
  0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 2, 3, 7, 2, 7, 6, 1, 2, 6, 1, 6, 5, 0, 4, 7,
  0, 7, 3,
];

describe('mesh measures', () => {
  it('a unit cube encloses 1 and its vertex areas sum to 6', () => {
    expect(meshVolume(CUBE_POSITIONS, CUBE_INDICES)).toBeCloseTo(1, 12);
    const areas = vertexAreas(CUBE_POSITIONS, CUBE_INDICES);
    expect(areas.reduce((s, a) => s + a, 0)).toBeCloseTo(6, 12);
  });
});

describe('PointGrid', () => {
  it('finds the true nearest point across cells, and none beyond the radius', () => {
    const grid = new PointGrid(new Float32Array([0, 0, 0, 0.05, 0, 0, 0.021, 0, 0]), 0.01);
    expect(grid.nearest(0.03, 0, 0, 0.02)).toEqual({
      index: 2,
      distance: expect.closeTo(0.009, 6),
    });
    expect(grid.nearest(0.2, 0, 0, 0.05)).toBeNull();
  });
});
