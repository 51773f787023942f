import { describe, expect, it } from 'vitest';
import { clampCameraToModel } from './clamp-camera';

const center = [0, -0.1, 0] as const;
const radius = 0.5;

describe('clampCameraToModel (review F8: documented camera values never show an empty view)', () => {
  it('brings a far camera within the orbit limit, keeping its direction', () => {
    const { position, target } = clampCameraToModel([0, 0, 30], [0, 0, 0], center, radius);
    expect(target).toEqual([0, 0, 0]);
    expect(position[2]).toBeCloseTo(radius * 5, 6);
    expect(position[0]).toBe(0);
  });

  it('pulls a target far from the model back to it', () => {
    const { position, target } = clampCameraToModel(
      [100, 100, 100],
      [-100, -100, -100],
      center,
      radius,
    );
    for (const [i, v] of target.entries())
      expect(Math.abs(v - center[i]!)).toBeLessThanOrEqual(radius * 0.8 + 1e-9);
    const distance = Math.hypot(...position.map((v, i) => v - target[i]!));
    expect(distance).toBeLessThanOrEqual(radius * 5 + 1e-9);
  });

  it('moves a camera a millimetre from its target out to the closest allowed distance', () => {
    const { position, target } = clampCameraToModel([0, -0.1, 0.001], [0, -0.1, 0], center, radius);
    expect(Math.hypot(...position.map((v, i) => v - target[i]!))).toBeCloseTo(radius * 0.3, 9);
  });

  it('leaves a camera within the limits where it is', () => {
    expect(clampCameraToModel([0.3, 0, 1.2], [0, -0.1, 0], center, radius)).toEqual({
      position: [0.3, 0, 1.2],
      target: [0, -0.1, 0],
    });
  });
});
