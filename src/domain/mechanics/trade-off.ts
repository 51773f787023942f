/**
 * Where the load goes as the way of compensating changes: the knee adduction moment and the L5/S1
 * side-bending moment over the compensation style, from "pelvis drops" (0) to "trunk leans" (1),
 * for the person and dysfunction of an input. Feeds the trade-off chart.
 *
 * Frame and signs: as in `result.ts`; the side-bending moment is + toward the standing leg (held
 * by the lifted-leg side's muscles), - away from it (held by the standing-leg side's). Both
 * moments in N·m/kg, so they share one axis.
 */
import type { MechanicsInput } from './input';
import { MECHANICS_DEFAULTS } from './input';
import { simulate } from './simulate';

export interface TradeOffPoint {
  /** Compensation style 0..1. */
  readonly style: number;
  readonly kneeAdductionMomentNmPerKg: number;
  readonly l5s1SideBendingMomentNmPerKg: number;
  /** The centre of pressure would leave the foot: the knee value is outside the static lever's range. */
  readonly centreOfPressureOutsideFoot: boolean;
}

/** Why the style changes nothing for this input. */
type TradeOffIdleReason = 'two-leg-task' | 'posture-forced' | 'strength-covers';

export interface TradeOff {
  readonly points: readonly TradeOffPoint[];
  /** The current style and its values. */
  readonly current: TradeOffPoint;
  /** The same person without dysfunction (the style does not matter there). */
  readonly healthy: {
    readonly kneeAdductionMomentNmPerKg: number;
    readonly l5s1SideBendingMomentNmPerKg: number;
  };
  /**
   * Half-width of the healthy band (N·m/kg): 10 % of the healthy knee moment, a drawing aid for
   * "about the same as healthy", not a measured normal range.
   */
  readonly healthyBandNmPerKg: number;
  /** Null when moving the style changes the loads; otherwise why it does not. */
  readonly idleReason: TradeOffIdleReason | null;
}

/** @internal */
export const TRADE_OFF_STEPS = 21;
const HEALTHY_BAND_FRACTION = 0.1;

function pointAt(input: MechanicsInput, style: number): TradeOffPoint {
  const r = simulate({ ...input, compensationStyle: style });
  return {
    style,
    kneeAdductionMomentNmPerKg: r.loads.kneeAdductionMomentNmPerKg,
    l5s1SideBendingMomentNmPerKg: r.loads.l5s1SideBendingMomentNmPerKg,
    centreOfPressureOutsideFoot: r.flags.some((f) => f.id === 'centre-of-pressure-outside-foot'),
  };
}

/**
 * The knee and lower-back side-bending moments at `steps` evenly spaced styles, the current
 * style, the healthy values and whether the style matters at all for this input.
 * @throws MechanicsInputError for invalid input.
 */
export function compensationTradeOff(input: MechanicsInput, steps = TRADE_OFF_STEPS): TradeOff {
  const currentStyle = input.compensationStyle ?? MECHANICS_DEFAULTS.compensationStyle;
  const now = simulate(input);
  const points = Array.from({ length: Math.max(2, steps) }, (_, i) =>
    pointAt(input, i / (Math.max(2, steps) - 1)),
  );
  const idleReason: TradeOffIdleReason | null =
    now.task !== 'single-leg-stance'
      ? 'two-leg-task'
      : now.outputs.pelvicDropDeg.trust === 'input'
        ? 'posture-forced'
        : now.working.deficitNmPerKg <= 0
          ? 'strength-covers'
          : null;
  const healthyKnee = now.baseline.loads.kneeAdductionMomentNmPerKg;
  return {
    points,
    current: {
      style: currentStyle,
      kneeAdductionMomentNmPerKg: now.loads.kneeAdductionMomentNmPerKg,
      l5s1SideBendingMomentNmPerKg: now.loads.l5s1SideBendingMomentNmPerKg,
      centreOfPressureOutsideFoot: now.flags.some(
        (f) => f.id === 'centre-of-pressure-outside-foot',
      ),
    },
    healthy: {
      kneeAdductionMomentNmPerKg: healthyKnee,
      l5s1SideBendingMomentNmPerKg: now.baseline.loads.l5s1SideBendingMomentNmPerKg,
    },
    healthyBandNmPerKg: HEALTHY_BAND_FRACTION * Math.abs(healthyKnee),
    idleReason,
  };
}
