import { describe, expect, it } from 'vitest';
import { facesBodyAxis } from './body-axis';

const AXIS = [0, 0.9, 0] as const;

describe('facesBodyAxis', () => {
  it('is true for a normal turned toward the axis (a deep face), false for one turned away', () => {
    // A point on the body's left (+X) side of the axis.
    expect(facesBodyAxis([0.12, 0.9, 0], [-1, 0, 0], AXIS)).toBe(true);
    expect(facesBodyAxis([0.12, 0.9, 0], [1, 0, 0], AXIS)).toBe(false);
    // Behind the body (-Z): a normal pointing forward faces the axis.
    expect(facesBodyAxis([0, 1, -0.1], [0, 0, 1], AXIS)).toBe(true);
  });

  it('ignores height: only the horizontal direction from the axis counts', () => {
    expect(facesBodyAxis([0.12, 0.2, 0], [0, 1, 0], AXIS)).toBe(false);
    expect(facesBodyAxis([0.12, 1.4, 0], [-0.6, -0.8, 0], AXIS)).toBe(true);
  });

  it('never says a point on the axis faces it', () => {
    expect(facesBodyAxis([0, 0.5, 0], [-1, 0, 0], AXIS)).toBe(false);
  });
});
