import { describe, expect, it } from 'vitest';
import { belly, lens, product, rampUp, taper, twoJointHandover } from './profiles';

describe('muscle profiles', () => {
  it('rampUp goes from 0 to 1 between its edges and is half way at the middle', () => {
    const r = rampUp({ from: 0.2, to: 0.4 });
    expect(r(0.1)).toBe(0);
    expect(r(0.3)).toBeCloseTo(0.5, 10);
    expect(r(0.9)).toBe(1);
  });

  it('taper keeps 1 before it starts and its floor after it ends', () => {
    const p = taper({ from: 0.6, to: 0.9, floor: 0.2 });
    expect(p(0.5)).toBe(1);
    expect(p(0.95)).toBeCloseTo(0.2, 10);
  });

  it('belly starts at its origin share, is full on the plateau and thins into the tendon', () => {
    const b = belly({ originShare: 0.3, fullAt: 0.3, tendon: { from: 0.7, to: 0.9, floor: 0.25 } });
    expect(b(0)).toBeCloseTo(0.3, 10);
    expect(b(0.5)).toBe(1);
    expect(b(1)).toBeCloseTo(0.25, 10);
  });

  it('lens is full in the middle of the fan and zero at both borders', () => {
    const l = lens({ fullness: 0.3 });
    expect(l(0.5)).toBe(1);
    expect(l(0)).toBe(0);
    expect(l(1)).toBe(0);
    expect(l(0.1)).toBeGreaterThan(0.5);
  });

  it('product multiplies and twoJointHandover weights always sum to 1', () => {
    expect(
      product(
        () => 0.5,
        () => 0.4,
      )(0.3),
    ).toBeCloseTo(0.2, 10);
    const w = twoJointHandover({ from: 0.5, to: 0.8 });
    for (const t of [0, 0.6, 0.7, 1]) {
      const [a, b] = w(0, t);
      expect(a! + b!).toBeCloseTo(1, 12);
    }
    expect(w(0, 0)).toEqual([1, 0]);
    expect(w(0, 1)).toEqual([0, 1]);
  });
});
