import type { EmgMuscle, Exercise } from './exercise';
import { EXERCISES } from './exercise-table';

/** Activation bands of Reiman 2012 (% MVIC): low 0-20, moderate 21-40, high 41-60, very high >60. */
export type ActivationBand = 'low' | 'moderate' | 'high' | 'very-high';

/** Display colours of the bands, light to dark (shared by the pictures and the 3D tint). */
export const ACTIVATION_BAND_COLOURS: Readonly<Record<ActivationBand, string>> = {
  low: '#f3e0b5',
  moderate: '#f0a95b',
  high: '#d9622b',
  'very-high': '#9e2a14',
};

/** A muscle with no published figure for the exercise (or on the leg not exercised). */
export const NO_ACTIVATION_FIGURE_COLOUR = '#cfcfcf';

export function activationBand(pctMvic: number): ActivationBand {
  if (pctMvic > 60) return 'very-high';
  if (pctMvic > 40) return 'high';
  if (pctMvic > 20) return 'moderate';
  return 'low';
}

/** The mean of the published means for one muscle (all studies and variants), or null without data. */
export function meanActivation(exercise: Exercise, muscle: EmgMuscle): number | null {
  const values = exercise.emg.filter((v) => v.muscle === muscle).map((v) => v.meanPctMvic);
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export interface RankingOptions {
  /**
   * How much gluteus medius activation (% MVIC) a measured low TFL share is worth when ranking for
   * a weak gluteus medius: about the SD between subjects is larger, so this only reorders
   * exercises whose activation is close. 0 ranks by activation alone.
   */
  readonly lowTflBonusPctMvic: number;
  /** Selkowitz 2013 index from which the TFL share counts as low (their five preferred exercises). */
  readonly lowTflIndex: number;
}

export const RANKING_DEFAULTS: RankingOptions = { lowTflBonusPctMvic: 10, lowTflIndex: 50 };

export interface RankedExercise {
  readonly exercise: Exercise;
  readonly activationPctMvic: number;
  readonly band: ActivationBand;
  /** True when Selkowitz 2013 measured a gluteal-to-TFL index at or above `lowTflIndex`. */
  readonly lowTflShare: boolean;
  readonly score: number;
}

/**
 * Exercises for a weak muscle, most activation first. For gluteus medius a measured low TFL share
 * (Selkowitz 2013) adds `lowTflBonusPctMvic`, because the TFL also abducts but rotates the hip
 * inward. Exercises without a figure for the muscle are left out (the UI lists them as "no data").
 */
export function rankExercises(
  muscle: EmgMuscle,
  options: Partial<RankingOptions> = {},
  exercises: readonly Exercise[] = EXERCISES,
): RankedExercise[] {
  const opts = { ...RANKING_DEFAULTS, ...options };
  const ranked: RankedExercise[] = [];
  for (const exercise of exercises) {
    const activation = meanActivation(exercise, muscle);
    if (activation === null) continue;
    const lowTflShare = (exercise.gluteToTflIndex?.value ?? 0) >= opts.lowTflIndex;
    const bonus = muscle === 'gluteus-medius' && lowTflShare ? opts.lowTflBonusPctMvic : 0;
    ranked.push({
      exercise,
      activationPctMvic: activation,
      band: activationBand(activation),
      lowTflShare,
      score: activation + bonus,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.exercise.id.localeCompare(b.exercise.id));
}
