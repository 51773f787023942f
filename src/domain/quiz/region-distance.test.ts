import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../geometry';
import { distanceToRegion } from './region-distance';

/** A 20 mm × 20 mm square in the plane z = 0, centred on the origin (metres), 4 points per edge. */
function square(): { points: Vec3[]; centre: Vec3; radiusM: number } {
  const h = 0.01;
  const corners: Vec3[] = [
    [-h, -h, 0],
    [h, -h, 0],
    [h, h, 0],
    [-h, h, 0],
  ];
  const points: Vec3[] = [];
  corners.forEach((a, i) => {
    const b = corners[(i + 1) % 4] as Vec3;
    for (let k = 0; k < 4; k++) {
      const t = k / 4;
      points.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, 0]);
    }
  });
  return { points, centre: [0, 0, 0], radiusM: Math.SQRT2 * h };
}

describe('distanceToRegion (hand-computed)', () => {
  const region = square();

  it('is 0 mm at the centre and anywhere inside', () => {
    expect(distanceToRegion([0, 0, 0], region)).toMatchObject({ distanceMm: 0, inside: true });
    expect(distanceToRegion([0.009, -0.009, 0], region).distanceMm).toBe(0);
  });

  it('is 0 mm on the edge', () => {
    expect(distanceToRegion([0.01, 0.003, 0], region).distanceMm).toBeCloseTo(0, 9);
    expect(distanceToRegion([-0.01, -0.01, 0], region).distanceMm).toBeCloseTo(0, 9);
  });

  it('is 10 mm for a click 10 mm outside an edge', () => {
    // x = 20 mm: the right edge is at x = 10 mm.
    const result = distanceToRegion([0.02, 0, 0], region);
    expect(result.inside).toBe(false);
    expect(result.distanceMm).toBeCloseTo(10, 9);
    expect(result.nearestM[0]).toBeCloseTo(0.01, 12);
    expect(result.nearestM[1]).toBeCloseTo(0, 12);
  });

  it('measures past a corner to the corner: (13, 14) mm → hypot(3, 4) = 5 mm', () => {
    expect(distanceToRegion([0.013, 0.014, 0], region).distanceMm).toBeCloseTo(5, 9);
  });

  it('counts a click just off the surface (within the tolerance) as inside', () => {
    expect(distanceToRegion([0.002, 0.002, 0.004], region).distanceMm).toBe(0);
  });

  it('does not count a click on the far side of the body as inside', () => {
    // 50 mm in front of the plane, over the centre: nearest is an edge midpoint, e.g. (10, 0, 0) mm,
    // so the distance is hypot(10, 50) = 50.99 mm.
    const result = distanceToRegion([0, 0, 0.05], region);
    expect(result.inside).toBe(false);
    expect(result.distanceMm).toBeCloseTo(Math.hypot(10, 50), 9);
  });

  it('works the same for a tilted square (rotated 90° about y)', () => {
    const tilted = {
      ...region,
      points: region.points.map(([x, y, z]): Vec3 => [z, y, -x]),
    };
    expect(distanceToRegion([0, 0, 0], tilted).distanceMm).toBe(0);
    // Old x = 20 mm is now z = -20 mm.
    expect(distanceToRegion([0, 0, -0.02], tilted).distanceMm).toBeCloseTo(10, 9);
  });

  it('falls back to a disc when the outline is empty', () => {
    const disc = { points: [], centre: [0, 0, 0] as Vec3, radiusM: 0.01 };
    expect(distanceToRegion([0.005, 0, 0], disc).distanceMm).toBe(0);
    expect(distanceToRegion([0, 0.025, 0], disc).distanceMm).toBeCloseTo(15, 9);
  });

  it('handles a one-point and a two-point outline as a point and a segment', () => {
    expect(
      distanceToRegion([0.003, 0.004, 0], { ...region, points: [[0, 0, 0]] }).distanceMm,
    ).toBeCloseTo(5, 9);
    expect(
      distanceToRegion([0.005, 0.01, 0], {
        ...region,
        points: [
          [0, 0, 0],
          [0.01, 0, 0],
        ],
      }).distanceMm,
    ).toBeCloseTo(10, 9);
  });
});
