import { describe, expect, it } from 'vitest';
import {
  l5s1SideBendingMomentBWM,
  sideBendingHolder,
  sideBendingMuscleForceBW,
} from './lumbar-side-bending';
import { DEFAULT_MECHANICS_PARAMETERS as p } from './parameters';
import { simulate } from './simulate';

const PALSY = {
  'gluteus-medius': { weakness: 1 },
  'gluteus-minimus': { weakness: 1 },
  'tensor-fasciae-latae': { weakness: 1 },
} as const;
const SIN10 = Math.sin((10 * Math.PI) / 180);
const SIN4 = Math.sin((4 * Math.PI) / 180);

describe('lower back in the frontal plane (hand calculations)', () => {
  it('M_LB = W_up·h_up·sin(lambda), F_LB = |M_LB| / r_LB', () => {
    // 0.55 BW · 0.22 m = 0.121 BW·m; sin 10° = 0.173648 -> 0.0210115 BW·m; / 0.05 m = 0.42023 BW
    expect(l5s1SideBendingMomentBWM(p, 10)).toBeCloseTo(0.121 * SIN10, 12);
    expect(l5s1SideBendingMomentBWM(p, 10)).toBeCloseTo(0.0210115, 6);
    expect(sideBendingMuscleForceBW(p, 0.0210115)).toBeCloseTo(0.42023, 5);
    expect(l5s1SideBendingMomentBWM(p, -10)).toBeCloseTo(-0.0210115, 6);
    expect(sideBendingMuscleForceBW(p, -0.0210115)).toBeCloseTo(0.42023, 5);
    expect(l5s1SideBendingMomentBWM(p, 0)).toBe(0);
  });

  it('names the side whose muscles hold the trunk', () => {
    expect(sideBendingHolder(0.02)).toBe('swing-side');
    expect(sideBendingHolder(-0.02)).toBe('stance-side');
    expect(sideBendingHolder(0)).toBe('none');
  });

  it('simulate: a forced 10° lean over the standing leg (no drop)', () => {
    const r = simulate({ forcedPosture: { pelvicDropDeg: 0, trunkLeanDeg: 10 } });
    // 9.81 · 0.0210115 = 0.206123 N·m/kg; compression 0.7112472 + 0.42023 = 1.131477 BW
    expect(r.loads.l5s1SideBendingMomentNmPerKg).toBeCloseTo(0.206123, 5);
    expect(r.loads.sideBendingMuscleForceBW).toBeCloseTo(0.42023, 5);
    expect(r.loads.l5s1CompressionWithSideBendingBW).toBeCloseTo(1.131477, 5);
    expect(r.loads.l5s1CompressionBW).toBeCloseTo(0.7112472, 6); // sagittal output kept
    expect(r.working.sideBendingHolder).toBe('swing-side');
    // (1.131477 - 0.7112472) / 0.7112472 = +59.08 %
    expect(r.change.l5s1CompressionWithSideBendingPct).toBeCloseTo(59.08, 1);
  });

  it('simulate: a forced 4° drop with the trunk following the pelvis tilts it away', () => {
    const r = simulate({ forcedPosture: { pelvicDropDeg: 4 } });
    // lambda = -4°: -0.121 · 0.0697565 = -0.00844054 BW·m -> -0.0828017 N·m/kg; F = 0.168811 BW
    expect(r.loads.l5s1SideBendingMomentNmPerKg).toBeCloseTo(-9.81 * 0.121 * SIN4, 9);
    expect(r.loads.l5s1SideBendingMomentNmPerKg).toBeCloseTo(-0.0828017, 6);
    expect(r.loads.sideBendingMuscleForceBW).toBeCloseTo(0.168811, 5);
    expect(r.working.sideBendingHolder).toBe('stance-side');
  });

  it('is zero for the healthy person and on two legs', () => {
    for (const r of [
      simulate(),
      simulate({ task: { kind: 'quiet-standing' } }),
      simulate({ task: { kind: 'hip-hinge', trunkFlexionDeg: 45 } }),
    ]) {
      expect(r.loads.l5s1SideBendingMomentNmPerKg).toBe(0);
      expect(r.loads.sideBendingMuscleForceBW).toBe(0);
      expect(r.loads.l5s1CompressionWithSideBendingBW).toBe(r.loads.l5s1CompressionBW);
      expect(r.working.sideBendingHolder).toBe('none');
    }
  });
});

describe('direction of published findings', () => {
  it('a trunk lean toward the standing leg raises the lumbar side-bending load and lowers the knee moment', () => {
    const upright = simulate({ forcedPosture: { pelvicDropDeg: 0, trunkLeanDeg: 0 } });
    const lean = simulate({ forcedPosture: { pelvicDropDeg: 0, trunkLeanDeg: 8 } });
    expect(lean.loads.l5s1SideBendingMomentNmPerKg).toBeGreaterThan(
      upright.loads.l5s1SideBendingMomentNmPerKg,
    );
    expect(lean.loads.sideBendingMuscleForceBW).toBeGreaterThan(
      upright.loads.sideBendingMuscleForceBW,
    );
    expect(lean.loads.l5s1CompressionWithSideBendingBW).toBeGreaterThan(
      upright.loads.l5s1CompressionWithSideBendingBW,
    );
    expect(lean.loads.kneeAdductionMomentNmPerKg).toBeLessThan(
      upright.loads.kneeAdductionMomentNmPerKg,
    );
  });

  it('a pelvic drop does the reverse: the knee moment rises, the bend toward the standing leg falls', () => {
    const level = simulate({ forcedPosture: { pelvicDropDeg: 0 } });
    const drop = simulate({ forcedPosture: { pelvicDropDeg: 4 } });
    expect(drop.loads.kneeAdductionMomentNmPerKg).toBeGreaterThan(
      level.loads.kneeAdductionMomentNmPerKg,
    );
    expect(drop.loads.l5s1SideBendingMomentNmPerKg).toBeLessThan(
      level.loads.l5s1SideBendingMomentNmPerKg,
    );
  });

  it('for the same weakness, leaning loads the lower back more and the knee less than dropping', () => {
    const drop = simulate({ muscles: PALSY, compensationStyle: 0 });
    const lean = simulate({ muscles: PALSY, compensationStyle: 1 });
    expect(lean.loads.sideBendingMuscleForceBW).toBeGreaterThan(
      drop.loads.sideBendingMuscleForceBW,
    );
    expect(lean.loads.kneeAdductionMomentNmPerKg).toBeLessThan(
      drop.loads.kneeAdductionMomentNmPerKg,
    );
  });

  it('is monotone in the compensation style: knee moment down, side-bending moment up', () => {
    const cases = [
      { muscles: PALSY },
      { muscles: PALSY, baselineStrength: 'older-adult' as const },
      {
        baselineStrength: 'older-adult' as const,
        muscles: { 'gluteus-medius': { weakness: 0.8 }, 'gluteus-minimus': { weakness: 0.5 } },
      },
      { muscles: PALSY, cane: { side: 'contralateral' as const, loadBW: 0.1 } },
      { muscles: PALSY, heightM: 1.55, bodyMassKg: 95 },
    ];
    for (const input of cases) {
      let previous = simulate({ ...input, compensationStyle: 0 });
      for (let i = 1; i <= 40; i++) {
        const next = simulate({ ...input, compensationStyle: i / 40 });
        expect(next.loads.kneeAdductionMomentNmPerKg).toBeLessThanOrEqual(
          previous.loads.kneeAdductionMomentNmPerKg + 1e-12,
        );
        expect(next.loads.l5s1SideBendingMomentNmPerKg).toBeGreaterThanOrEqual(
          previous.loads.l5s1SideBendingMomentNmPerKg - 1e-12,
        );
        previous = next;
      }
      const first = simulate({ ...input, compensationStyle: 0 });
      expect(previous.loads.l5s1SideBendingMomentNmPerKg).toBeGreaterThan(
        first.loads.l5s1SideBendingMomentNmPerKg,
      );
      expect(previous.loads.kneeAdductionMomentNmPerKg).toBeLessThan(
        first.loads.kneeAdductionMomentNmPerKg,
      );
    }
  });
});
