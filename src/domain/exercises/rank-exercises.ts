import { type EmgMuscle, type Exercise, isCheckedEmg } from './exercise';
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

/**
 * What the ranking and the pictures use for one muscle of one exercise.
 * @internal
 */
export interface MuscleActivation {
  /** % MVIC: the average of the figures used. */
  readonly pctMvic: number;
  /** How many checked figures it averages. */
  readonly figures: number;
  /**
   * True when only peak figures were published (Boren 2011): a peak runs higher than the mean
   * amplitudes behind the other exercises, so the exercise may sit too high in the list.
   */
  readonly peakOnly: boolean;
}

/**
 * The activation of one muscle from the checked figures only (`isCheckedEmg`). Peaks are not
 * averaged with means: they are used only when an exercise has no other checked figure.
 * Null when no checked figure exists for the muscle.
 * @internal
 */
export function activationFor(exercise: Exercise, muscle: EmgMuscle): MuscleActivation | null {
  const checked = exercise.emg.filter((v) => v.muscle === muscle && isCheckedEmg(v));
  if (checked.length === 0) return null;
  const notPeaks = checked.filter((v) => v.measure !== 'peak');
  const used = notPeaks.length > 0 ? notPeaks : checked;
  return {
    pctMvic: used.reduce((sum, v) => sum + v.pctMvic, 0) / used.length,
    figures: used.length,
    peakOnly: notPeaks.length === 0,
  };
}

/** `activationFor(...).pctMvic`, or null without a checked figure (pictures, dosage). */
export function meanActivation(exercise: Exercise, muscle: EmgMuscle): number | null {
  return activationFor(exercise, muscle)?.pctMvic ?? null;
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

const RANKING_DEFAULTS: RankingOptions = { lowTflBonusPctMvic: 10, lowTflIndex: 50 };

export interface RankedExercise {
  readonly exercise: Exercise;
  readonly activationPctMvic: number;
  /** Ranked on peak figures only (see `MuscleActivation.peakOnly`). */
  readonly peakOnly: boolean;
  readonly band: ActivationBand;
  /** True when Selkowitz 2013 measured a gluteal-to-TFL index at or above `lowTflIndex`. */
  readonly lowTflShare: boolean;
  readonly score: number;
}

/**
 * Exercises for a weak muscle, most activation first, from checked figures only. For gluteus
 * medius a measured low TFL share (Selkowitz 2013) adds `lowTflBonusPctMvic`, because the TFL also
 * abducts but rotates the hip inward. Exercises without a checked figure for the muscle are left
 * out (the UI lists them as having no checked figure).
 */
export function rankExercises(
  muscle: EmgMuscle,
  options: Partial<RankingOptions> = {},
  exercises: readonly Exercise[] = EXERCISES,
): RankedExercise[] {
  const opts = { ...RANKING_DEFAULTS, ...options };
  const ranked: RankedExercise[] = [];
  for (const exercise of exercises) {
    const found = activationFor(exercise, muscle);
    if (found === null) continue;
    const activation = found.pctMvic;
    const lowTflShare = (exercise.gluteToTflIndex?.value ?? 0) >= opts.lowTflIndex;
    const bonus = muscle === 'gluteus-medius' && lowTflShare ? opts.lowTflBonusPctMvic : 0;
    ranked.push({
      exercise,
      activationPctMvic: activation,
      peakOnly: found.peakOnly,
      band: activationBand(activation),
      lowTflShare,
      score: activation + bonus,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.exercise.id.localeCompare(b.exercise.id));
}
