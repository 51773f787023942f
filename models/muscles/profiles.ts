import { smoothstep } from '../math/scalar';

/**
 * Named shape profiles for muscle definitions. A profile maps a fraction (t along the fibres
 * from origin 0 to insertion 1, or s across the fan from one border 0 to the other 1) to a
 * factor, usually 0..1. Muscle definitions combine these instead of raw smoothstep products,
 * so a reader sees "a belly that rises over the first third and tapers into its tendon".
 */
export type Profile = (u: number) => number;

export interface RampOptions {
  /** Fraction where the change starts and where it is complete (from > to reverses it). */
  from: number;
  to: number;
}

/** 0 before `from`, 1 after `to`, smooth in between. */
export const rampUp =
  ({ from, to }: RampOptions): Profile =>
  (u) =>
    smoothstep(from, to, u);

export interface TaperOptions extends RampOptions {
  /** Factor left after the taper (0 = to nothing). */
  floor: number;
}

/** 1 before `from`, `floor` after `to`: a muscle thinning into its tendon. */
export const taper =
  ({ from, to, floor }: TaperOptions): Profile =>
  (u) =>
    1 - (1 - floor) * smoothstep(from, to, u);

export interface BellyOptions {
  /** Thickness at the origin, as a share of the peak (0 = starts from nothing). */
  originShare: number;
  /** Where the belly reaches full thickness. */
  fullAt: number;
  /** Below 1 swells the rise early (a fleshy origin); 1 is a plain smooth rise. */
  riseShape?: number;
  /** Where the belly starts to thin into its tendon and how much is left there. */
  tendon: TaperOptions;
  /** An optional last thinning at the very end (the tendon's insertion). */
  insertion?: TaperOptions;
}

/**
 * Thickness along the fibres: a rise from the origin to full thickness, a plateau, a taper
 * into the tendon and optionally a last thinning where the tendon inserts.
 */
export function belly(o: BellyOptions): Profile {
  const shape = o.riseShape ?? 1;
  const tendon = taper(o.tendon);
  const insertion = o.insertion ? taper(o.insertion) : () => 1;
  return (t) => {
    const rise = o.originShare + (1 - o.originShare) * smoothstep(0, o.fullAt, t) ** shape;
    return rise * tendon(t) * insertion(t);
  };
}

export interface LensOptions {
  /**
   * How square the section is across the fan: 1 is a parabola (thin towards both borders),
   * 0.15 is almost flat with rolled borders.
   */
  fullness: number;
}

/** Thickness across a fan: full in the middle, rolling off at both borders. */
export const lens =
  ({ fullness }: LensOptions): Profile =>
  (s) =>
    (4 * s * (1 - s)) ** fullness;

/** The same factor everywhere. */
export const constant =
  (value: number): Profile =>
  () =>
    value;

/** `base` plus `rise` times a ramp: a clearance that grows where the muscle leaves the bone. */
export const baseAndRamp =
  (base: number, rise: number, ramp: Profile): Profile =>
  (u) =>
    base + rise * ramp(u);

/** The product of profiles. */
export const product =
  (...profiles: Profile[]): Profile =>
  (u) =>
    profiles.reduce((acc, p) => acc * p(u), 1);

/** Weights of two joints (proximal, distal) that hand over between `from` and `to`. */
export const twoJointHandover =
  ({ from, to }: RampOptions) =>
  (_s: number, t: number): number[] => {
    const w = smoothstep(from, to, t);
    return [1 - w, w];
  };
