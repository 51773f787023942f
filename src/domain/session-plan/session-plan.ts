import type { Assessment } from '../assessment';
import type { ExerciseId } from '../exercises';
import type { PointKey } from '../view-state';

/**
 * A clinician's plan for one session: the motor points chosen for a patient and a note. It lives
 * only in the link (and the browser), so it holds no more than the patient should carry around:
 * keep `patientLabel` to initials or a first name.
 */
export interface SessionPlan {
  readonly points: readonly PointKey[];
  readonly note: string;
  readonly patientLabel?: string;
  /** `YYYY-MM-DD`. */
  readonly created?: string;
  /** The examination findings behind the plan (see `domain/assessment`). */
  readonly assessment?: Assessment;
  /** Exercises chosen for the patient, in the clinician's order. */
  readonly exercises?: readonly ExerciseId[];
}

export const SESSION_PLAN_LIMITS = {
  maxPoints: 24,
  maxNoteChars: 1000,
  maxLabelChars: 60,
  maxExercises: 14,
  /** Longest encoded plan `decodeSessionPlan` reads. */
  maxEncodedChars: 6000,
  /** Longest link a QR code should carry (byte mode, error correction M, version 40 holds 2331). */
  maxQrChars: 2331,
} as const;

export const SESSION_PLAN_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
