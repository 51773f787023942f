import type { ExerciseSourceId } from './sources';

/** The muscles the EMG studies report. */
export const EMG_MUSCLES = ['gluteus-medius', 'gluteus-maximus', 'tensor-fasciae-latae'] as const;
export type EmgMuscle = (typeof EMG_MUSCLES)[number];

/**
 * What a study's number summarises. `mean`: mean amplitude over the movement, averaged over
 * people. `peak`: the highest value in a repetition, averaged over people (Boren 2011); it runs
 * higher than a mean of the same effort, so the two are not compared directly. `range`: a review
 * gives only the range across studies; `pctMvic` is then its midpoint and `rangePctMvic` the range.
 * `unstated`: read in a review table that does not say which (the study's methods were not read).
 */
export type EmgMeasure = 'mean' | 'peak' | 'range' | 'unstated';

/**
 * How a figure was compared with published text. `study`: read in the cited study's own text
 * (`where`: 'abstract', a table). `review`: read in a review's table that quotes the study
 * (`review`, `where`); the study itself was not read. `none`: not compared with any text read here
 * (`reason`); such figures are shown with a warning and left out of ranking, colouring and dosage.
 */
export type EmgCheck =
  | { readonly against: 'study'; readonly where: string }
  | { readonly against: 'review'; readonly review: ExerciseSourceId; readonly where: string }
  | { readonly against: 'none'; readonly reason: string };

/** One published activation figure: % of maximal voluntary isometric contraction. */
export interface EmgValue {
  readonly muscle: EmgMuscle;
  /** % MVIC: the mean, the peak or a range midpoint, as `measure` says. */
  readonly pctMvic: number;
  readonly measure: EmgMeasure;
  /** Between-subject standard deviation; null when not published or not read. */
  readonly sdPctMvic: number | null;
  /** Low and high ends when `measure` is `range`. */
  readonly rangePctMvic?: readonly [number, number];
  /** The study that measured it. */
  readonly source: ExerciseSourceId;
  /** The study's own version of the exercise, when it differs from the instructions. */
  readonly variant?: string;
  readonly check: EmgCheck;
}

/** True when the figure was compared with text read here (the study's or a review's). */
export function isCheckedEmg(value: EmgValue): boolean {
  return value.check.against !== 'none';
}

/** Confidence in what the figures say about this exercise (not in the exercise itself). */
type ExerciseConfidence = 'moderate' | 'low';

export type BodyPosition =
  | 'standing'
  | 'side-lying'
  | 'side-plank'
  | 'supine'
  | 'prone'
  | 'quadruped';

/**
 * The key position, as world angles of a side-on or front-on stick figure (deg, 0 = pointing
 * right, 90 = up). `view` says from where the figure is seen. The pure drawing is `exerciseFigure`.
 */
export interface ExerciseKeyPose {
  readonly position: BodyPosition;
  readonly view: 'side' | 'front';
  readonly trunkDeg: number;
  /** The working (or moving) leg. */
  readonly legThighDeg: number;
  readonly legShinDeg: number;
  /** The other leg. */
  readonly otherThighDeg: number;
  readonly otherShinDeg: number;
  /** Upper arm toward the floor when the arms bear weight, else hanging. */
  readonly armDeg: number;
  readonly forearmDeg: number;
}

export interface Exercise {
  readonly id: ExerciseId;
  /** Short code for links: two or three letters, never changed once published. */
  readonly code: string;
  readonly pose: ExerciseKeyPose;
  readonly emg: readonly EmgValue[];
  /**
   * Selkowitz 2013 gluteal-to-TFL activation index (fine-wire EMG, 20 healthy adults), where
   * published; `where` says in which part of the paper it was read.
   */
  readonly gluteToTflIndex?: {
    readonly value: number;
    readonly variant?: string;
    readonly where: string;
  };
  readonly confidence: ExerciseConfidence;
}

export const EXERCISE_IDS = [
  'side-lying-hip-abduction',
  'clamshell',
  'side-plank-abduction',
  'bridge',
  'single-leg-bridge',
  'single-leg-squat',
  'lateral-step-up',
  'forward-step-up',
  'hip-hike',
  'lateral-band-walk',
  'single-leg-deadlift',
  'quadruped-hip-extension',
  'prone-hip-extension',
  'standing-hip-abduction',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export function isExerciseId(value: string): value is ExerciseId {
  return (EXERCISE_IDS as readonly string[]).includes(value);
}
