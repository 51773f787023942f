import { describe, expect, it } from 'vitest';
import { simulate } from '../mechanics';
import { NEUTRAL_POSE } from '../pose';
import { defaultDysfunction, toMechanicsInput } from './dysfunction';
import { mechanicsPose } from './mechanics-pose';
import { withMuscleSeverity } from './view-changes';

describe('the pose the mechanics ask for', () => {
  it('stands in the anatomical position, both feet down, until the mechanics are in use', () => {
    const healthy = defaultDysfunction();
    const target = mechanicsPose(healthy, simulate(toMechanicsInput(healthy)));
    expect(target.lift).toBe(0);
    expect(mechanicsPose(healthy, null)).toEqual({
      pose: { stanceSide: healthy.stanceSide, ...NEUTRAL_POSE },
      lift: 0,
    });
  });

  it('stands on one leg with the pelvis dropped when a weak abductor is modelled', () => {
    const weak = withMuscleSeverity(defaultDysfunction(), 'gluteus-medius', { weakness: 0.8 });
    expect(weak.task.kind).toBe('single-leg-stance');
    const target = mechanicsPose(weak, simulate(toMechanicsInput(weak)));
    expect(target.lift).toBe(1);
    expect(target.pose.stanceSide).toBe(weak.stanceSide);
    expect(target.pose).not.toEqual({ stanceSide: weak.stanceSide, ...NEUTRAL_POSE });
  });
});
