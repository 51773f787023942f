import { describe, expect, it } from 'vitest';
import { enclosedVolume, firstHit, pushOutOfSolid, solidOf } from './solid';

/** A closed axis-aligned box [0, 2] x [0, 1] x [0, 1] as 12 triangles, outward winding. */
function box(): { positions: Float32Array; indices: Uint32Array } {
  const positions = new Float32Array([
    0, 0, 0, 2, 0, 0, 2, 1, 0, 0, 1, 0, 0, 0, 1, 2, 0, 1, 2, 1, 1, 0, 1, 1,
  ]);
  const indices = new Uint32Array([
    0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 3, 7, 6, 3, 6, 2, 0, 4, 7, 0, 7, 3, 1, 2,
    6, 1, 6, 5,
  ]);
  return { positions, indices };
}

describe('solid queries on a fixture box', () => {
  const { positions, indices } = box();
  const solid = solidOf(positions, indices);

  it('encloses 2 cubic units whatever the winding', () => {
    expect(enclosedVolume(positions, indices)).toBeCloseTo(2, 10);
    const flipped = new Uint32Array(indices);
    for (let k = 0; k < flipped.length; k += 3)
      [flipped[k + 1], flipped[k + 2]] = [flipped[k + 2]!, flipped[k + 1]!];
    expect(enclosedVolume(positions, flipped)).toBeCloseTo(2, 10);
  });

  it('tells inside from outside and measures depth to the nearest face', () => {
    expect(solid.depthInside(1, 0.5, 0.5)).toBeCloseTo(0.5, 6);
    expect(solid.depthInside(1, 0.2, 0.5)).toBeCloseTo(0.2, 6);
    expect(solid.depthInside(3, 0.5, 0.5)).toBe(0);
    expect(solid.signedDistance(3, 0.5, 0.5)).toBeCloseTo(1, 6);
    expect(solid.signedDistance(1, 0.5, 0.9)).toBeCloseTo(-0.1, 6);
  });

  it('finds the first face a ray meets', () => {
    expect(firstHit(solid, [1, 0.5, 5], [0, 0, -1])).toBeCloseTo(4, 6);
    expect(firstHit(solid, [1, 5, 5], [0, 0, -1])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('pushOutOfSolid', () => {
  it('moves only vertices deeper than the allowance, onto that depth', () => {
    const { positions, indices } = box();
    const solid = solidOf(positions, indices);
    const points = new Float32Array([1, 0.5, 0.7, 1, 0.5, 0.98, 3, 0.5, 0.5]);
    expect(pushOutOfSolid(points, solid, 0.05)).toBe(1);
    expect(solid.depthInside(points[0]!, points[1]!, points[2]!)).toBeCloseTo(0.05, 6);
    expect([points[3], points[4], points[5]]).toEqual([1, 0.5, Math.fround(0.98)]);
    expect(points[6]).toBe(3);
  });
});
