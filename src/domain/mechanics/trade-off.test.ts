import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { compensationTradeOff, TRADE_OFF_STEPS } from './trade-off';

const PALSY = {
  'gluteus-medius': { weakness: 1 },
  'gluteus-minimus': { weakness: 1 },
  'tensor-fasciae-latae': { weakness: 1 },
} as const;

describe('compensationTradeOff', () => {
  it('sweeps the style from drop to lean and marks the current setting', () => {
    const t = compensationTradeOff({ muscles: PALSY, compensationStyle: 0.7 });
    expect(t.points).toHaveLength(TRADE_OFF_STEPS);
    expect(t.points[0]?.style).toBe(0);
    expect(t.points.at(-1)?.style).toBe(1);
    expect(t.idleReason).toBeNull();
    const now = simulate({ muscles: PALSY, compensationStyle: 0.7 });
    expect(t.current.style).toBe(0.7);
    expect(t.current.kneeAdductionMomentNmPerKg).toBe(now.loads.kneeAdductionMomentNmPerKg);
    expect(t.current.l5s1SideBendingMomentNmPerKg).toBe(now.loads.l5s1SideBendingMomentNmPerKg);
    // The knee pays at the drop end, the lower back at the lean end.
    const [drop, lean] = [t.points[0], t.points.at(-1)];
    expect(drop?.kneeAdductionMomentNmPerKg).toBeGreaterThan(t.healthy.kneeAdductionMomentNmPerKg);
    expect(lean?.kneeAdductionMomentNmPerKg).toBeLessThan(t.healthy.kneeAdductionMomentNmPerKg);
    expect(lean?.l5s1SideBendingMomentNmPerKg).toBeGreaterThan(0.4);
    expect(drop?.centreOfPressureOutsideFoot).toBe(true);
    // healthy band: 10 % of the healthy knee moment 0.475667
    expect(t.healthyBandNmPerKg).toBeCloseTo(0.0475667, 6);
    expect(t.healthy.l5s1SideBendingMomentNmPerKg).toBe(0);
  });

  it('says why the style changes nothing', () => {
    expect(compensationTradeOff({}).idleReason).toBe('strength-covers');
    expect(
      compensationTradeOff({ muscles: PALSY, task: { kind: 'quiet-standing' } }).idleReason,
    ).toBe('two-leg-task');
    expect(
      compensationTradeOff({ muscles: PALSY, forcedPosture: { pelvicDropDeg: 4 } }).idleReason,
    ).toBe('posture-forced');
    const flat = compensationTradeOff({ muscles: { 'gluteus-medius': { weakness: 0.5 } } });
    expect(new Set(flat.points.map((p) => p.kneeAdductionMomentNmPerKg)).size).toBe(1);
  });
});
