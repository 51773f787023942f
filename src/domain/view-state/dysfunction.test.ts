import { describe, expect, it } from 'vitest';
import { defaultDysfunction, mechanicsEngaged } from './dysfunction';

describe('mechanicsEngaged', () => {
  it('is off for the healthy default, so the model stands in the anatomical position', () => {
    expect(mechanicsEngaged(defaultDysfunction())).toBe(false);
    // Choosing the standing leg alone does not engage the mechanics view.
    expect(mechanicsEngaged({ ...defaultDysfunction(), stanceSide: 'left' })).toBe(false);
  });

  it('is on once a muscle, a cane, the task or the compensation differs', () => {
    const base = defaultDysfunction();
    expect(
      mechanicsEngaged({ ...base, muscles: { 'gluteus-medius': { weakness: 0.5, tightness: 0 } } }),
    ).toBe(true);
    expect(mechanicsEngaged({ ...base, cane: { side: 'contralateral', loadBW: 0.15 } })).toBe(true);
    expect(mechanicsEngaged({ ...base, task: { kind: 'hip-hinge', trunkFlexionDeg: 40 } })).toBe(
      true,
    );
    expect(mechanicsEngaged({ ...base, compensationStyle: base.compensationStyle + 0.25 })).toBe(
      true,
    );
  });
});
