import type { ExerciseSourceId } from './sources';

/** The muscles the EMG studies report. */
export const EMG_MUSCLES = ['gluteus-medius', 'gluteus-maximus', 'tensor-fasciae-latae'] as const;
export type EmgMuscle = (typeof EMG_MUSCLES)[number];

/**
 * How a figure reached this table. `checked`: compared with the study's published abstract.
 * `recalled`: transcribed from the published table as widely quoted, not yet compared with the
 * paper here; the UI says so, and it should be checked before anyone relies on the exact value.
 */
export type Transcription = 'checked' | 'recalled';

/** One published activation figure: % of maximal voluntary isometric contraction. */
export interface EmgValue {
  readonly muscle: EmgMuscle;
  readonly meanPctMvic: number;
  /** Between-subject standard deviation; null when the spread was not transcribed. */
  readonly sdPctMvic: number | null;
  readonly source: ExerciseSourceId;
  /** The study's own version of the exercise, when it differs from the instructions. */
  readonly variant?: string;
  readonly transcription: Transcription;
}

/** Confidence in what the figures say about this exercise (not in the exercise itself). */
export type ExerciseConfidence = 'moderate' | 'low';

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
  /** Selkowitz 2013 gluteal-to-TFL activation index, where measured. */
  readonly gluteToTflIndex?: { readonly value: number; readonly variant?: string };
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
