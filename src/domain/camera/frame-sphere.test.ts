import { describe, expect, it } from 'vitest';
import { CAMERA_PRESETS } from './camera-presets';
import { frameSphere } from './frame-sphere';

describe('frameSphere', () => {
  it('puts the camera at radius / sin(fov/2) along the direction', () => {
    const { position, distanceM } = frameSphere([0, 1, 0], 0.5, [0, 0, 2], {
      fovDeg: 60,
      aspect: 2,
      margin: 1,
    });
    // sin(30°) = 0.5, so the distance is 0.5 / 0.5 = 1 m.
    expect(distanceM).toBeCloseTo(1, 9);
    expect(position[0]).toBe(0);
    expect(position[1]).toBe(1);
    expect(position[2]).toBeCloseTo(1, 9);
  });

  it('backs off further on a narrow screen', () => {
    const wide = frameSphere([0, 0, 0], 1, [1, 0, 0], { aspect: 2 });
    const narrow = frameSphere([0, 0, 0], 1, [1, 0, 0], { aspect: 0.5 });
    expect(narrow.distanceM).toBeGreaterThan(wide.distanceM);
  });

  it('has five distinct presets', () => {
    const directions = new Set(CAMERA_PRESETS.map((p) => p.direction.join(',')));
    expect(directions.size).toBe(5);
  });
});
