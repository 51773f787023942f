/**
 * Starting dosage for a strengthening exercise, from the ACSM 2009 position stand on progression
 * models in resistance training: novices 1-3 sets of 8-12 repetitions, 2-3 days a week; local
 * muscular endurance with lighter loads and more repetitions (10-15 for novices); add 2-10 % load
 * once 1-2 repetitions more than the target can be done. Exercises whose published activation is
 * at most moderate (<= 40 % MVIC, Reiman 2012) are dosed for endurance, the others for strength.
 * The review after `reviewAfterWeeks` is a clinical convention, not an ACSM figure.
 */
import type { ActivationBand } from './rank-exercises';

type DosageGoal = 'strength' | 'endurance';

export interface Dosage {
  readonly goal: DosageGoal;
  readonly sets: readonly [number, number];
  readonly repetitions: readonly [number, number];
  readonly daysPerWeek: readonly [number, number];
  readonly reviewAfterWeeks: number;
  /** Load increase (%) once the target is passed by 1-2 repetitions. */
  readonly loadStepPct: readonly [number, number];
}

export interface DosageOptions {
  /** New to strengthening (sedentary or light activity): start at one set. */
  readonly novice: boolean;
  readonly reviewAfterWeeks: number;
}

const DOSAGE_DEFAULTS: DosageOptions = { novice: true, reviewAfterWeeks: 6 };

export function exerciseDosage(band: ActivationBand, options: Partial<DosageOptions> = {}): Dosage {
  const opts = { ...DOSAGE_DEFAULTS, ...options };
  const goal: DosageGoal = band === 'high' || band === 'very-high' ? 'strength' : 'endurance';
  return {
    goal,
    sets: opts.novice ? [1, 3] : [2, 3],
    repetitions: goal === 'strength' ? [8, 12] : [10, 15],
    daysPerWeek: [2, 3],
    reviewAfterWeeks: opts.reviewAfterWeeks,
    loadStepPct: [2, 10],
  };
}
