import { describe, expect, it } from 'vitest';
import { frameBox } from './frame-box';
import { frameSphere } from './frame-sphere';

/** A standing body's focus box: 0.4 m wide, 1.0 m tall, 0.3 m deep (metres). */
const BODY = { min: [-0.2, -0.5, -0.15], max: [0.2, 0.5, 0.15] } as const;
const OPTIONS = { fovDeg: 30, aspect: 1, margin: 1.05 };

/** Projects a point into normalised device coordinates of a camera looking at `target`. */
function ndc(point: readonly number[], position: readonly number[], target: readonly number[]) {
  const back = [0, 1, 2].map((i) => position[i]! - target[i]!);
  const len = Math.hypot(...back);
  const b = back.map((v) => v / len);
  const worldUp = Math.abs(b[1]!) > 0.999 ? [0, 0, -1] : [0, 1, 0];
  const r = [
    worldUp[1]! * b[2]! - worldUp[2]! * b[1]!,
    worldUp[2]! * b[0]! - worldUp[0]! * b[2]!,
    worldUp[0]! * b[1]! - worldUp[1]! * b[0]!,
  ];
  const rl = Math.hypot(...r);
  const right = r.map((v) => v / rl);
  const up = [
    b[1]! * right[2]! - b[2]! * right[1]!,
    b[2]! * right[0]! - b[0]! * right[2]!,
    b[0]! * right[1]! - b[1]! * right[0]!,
  ];
  const rel = [0, 1, 2].map((i) => point[i]! - position[i]!);
  const depth = -(rel[0]! * b[0]! + rel[1]! * b[1]! + rel[2]! * b[2]!);
  const tan = Math.tan((OPTIONS.fovDeg * Math.PI) / 360);
  const x = (rel[0]! * right[0]! + rel[1]! * right[1]! + rel[2]! * right[2]!) / (depth * tan);
  const y = (rel[0]! * up[0]! + rel[1]! * up[1]! + rel[2]! * up[2]!) / (depth * tan);
  return { x, y };
}

describe('frameBox', () => {
  for (const direction of [
    [0, 0.08, 1],
    [1, 0.08, 0],
    [0, 1, 0.02],
  ] as const) {
    it(`keeps every corner inside the view and one at its edge, from ${direction.join(',')}`, () => {
      const { position, target } = frameBox(BODY, direction, OPTIONS);
      let widest = 0;
      for (let i = 0; i < 8; i++) {
        const corner = [
          i & 1 ? BODY.max[0] : BODY.min[0],
          i & 2 ? BODY.max[1] : BODY.min[1],
          i & 4 ? BODY.max[2] : BODY.min[2],
        ];
        const { x, y } = ndc(corner, position, target);
        expect(Math.abs(x)).toBeLessThanOrEqual(1 / OPTIONS.margin + 1e-9);
        expect(Math.abs(y)).toBeLessThanOrEqual(1 / OPTIONS.margin + 1e-9);
        widest = Math.max(widest, Math.abs(x), Math.abs(y));
      }
      expect(widest).toBeCloseTo(1 / OPTIONS.margin, 6);
    });
  }

  it('comes much closer from above than the bounding sphere would', () => {
    const radius = Math.hypot(0.2, 0.5, 0.15);
    const sphere = frameSphere([0, 0, 0], radius, [0, 1, 0.02], OPTIONS);
    const box = frameBox(BODY, [0, 1, 0.02], OPTIONS);
    expect(box.distanceM).toBeLessThan(0.7 * sphere.distanceM);
  });
});
