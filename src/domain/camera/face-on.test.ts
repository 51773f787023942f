import { describe, expect, it } from 'vitest';
import { faceOnDirection } from './face-on';

const AXIS = [0, 0.9, 0] as const;

describe('faceOnDirection', () => {
  it('looks along an outward normal, from a little above', () => {
    // A point behind the body (-Z) on a face turned backward: the camera stands behind it.
    expect(faceOnDirection([0, 0, -1], [0, 1, -0.1], AXIS)).toEqual([0, 0.25, -1]);
  });

  it('sees a point on a deep face from outside the body, not from inside it', () => {
    // On the body's left (+X), the normal turned toward the axis (-X): the camera stays at +X.
    const direction = faceOnDirection([-1, 0, 0], [0.12, 0.95, 0], AXIS);
    expect(direction[0]).toBeGreaterThan(0);
    expect(direction).toEqual([1, 0.25, -0]);
  });
});
