import { BILATERAL_SIDES, type BilateralSide, type MuscleId } from '../anatomy';
import { type AssessmentMapping, mapAssessment } from '../assessment';
import {
  activationBand,
  type Dosage,
  type ExerciseId,
  type ExerciseKeyPose,
  exerciseDosage,
  findExercise,
  meanActivation,
} from '../exercises';
import { assessment as text } from '../messages/en/assessment';
import { learning } from '../messages/en/learning';
import { MOTOR_POINTS, motorPointLabel } from '../motor-points';
import type { PointKey } from '../view-state';
import { patientPointName } from './patient-mode';
import type { SessionPlan } from './session-plan';

const RECORDS = new Map(MOTOR_POINTS.map((r) => [r.id, r]));

export interface NumberedPlanPoint {
  /** 1-based; the same number in the list, the picture, the 3D view and the handout. */
  readonly n: number;
  readonly key: PointKey;
  readonly muscle: MuscleId;
  readonly side: BilateralSide;
  /** Distinguishes two points on one muscle: `Gluteus medius: posterior (right)`. */
  readonly name: string;
  /** Plain words: `Side-of-hip muscle: where its nerve enters`. */
  readonly plainName: string;
}

export interface PlanExerciseItem {
  readonly id: ExerciseId;
  readonly name: string;
  readonly how: string;
  readonly progression: string;
  readonly dosage: Dosage;
  readonly dosageText: string;
  readonly pose: ExerciseKeyPose;
  /** Mean published activation (% MVIC) of gluteus medius and maximus, null without data. */
  readonly gluteusMediusPct: number | null;
  readonly gluteusMaximusPct: number | null;
}

/** The plan's points with their numbers, in plan order; unknown keys are skipped. */
export function numberedPlanPoints(points: readonly PointKey[]): NumberedPlanPoint[] {
  const out: NumberedPlanPoint[] = [];
  for (const key of points) {
    const at = key.lastIndexOf(':');
    const record = RECORDS.get(key.slice(0, at));
    const side = key.slice(at + 1) as BilateralSide;
    if (!record || !(BILATERAL_SIDES as readonly string[]).includes(side)) continue;
    out.push({
      n: out.length + 1,
      key,
      muscle: record.muscle,
      side,
      name: learning.onSide(motorPointLabel(record), side),
      plainName: patientPointName(record),
    });
  }
  return out;
}

/** Exercise lines for the plan page and the handout, with dosage for this patient (ACSM 2009). */
export function planExerciseItems(
  ids: readonly ExerciseId[],
  mapping: AssessmentMapping | null,
): PlanExerciseItem[] {
  const novice = mapping?.novice ?? true;
  return ids.map((id) => {
    const exercise = findExercise(id);
    const words = text.exercises.items[id];
    const gmed = meanActivation(exercise, 'gluteus-medius');
    const gmax = meanActivation(exercise, 'gluteus-maximus');
    const dosage = exerciseDosage(activationBand(Math.max(gmed ?? 0, gmax ?? 0)), { novice });
    return {
      id,
      name: words.name,
      how: words.how,
      progression: `${words.progression} ${text.exercises.progression(dosage.loadStepPct)}`,
      dosage,
      dosageText: text.exercises.dosage(dosage),
      pose: exercise.pose,
      gluteusMediusPct: gmed,
      gluteusMaximusPct: gmax,
    };
  });
}

export interface PatientPlanContent {
  readonly heading: string;
  readonly note: string | null;
  readonly points: readonly NumberedPlanPoint[];
  readonly exercises: readonly PlanExerciseItem[];
  readonly findings: readonly string[];
}

/** What the patient's own plan page says, in order: note, numbered points, exercises. */
export function patientPlanContent(plan: SessionPlan): PatientPlanContent {
  const mapping = plan.assessment ? mapAssessment(plan.assessment) : null;
  return {
    heading: text.patientPage.heading(plan.patientLabel?.trim() || undefined),
    note: plan.note.trim() || null,
    points: numberedPlanPoints(plan.points),
    exercises: planExerciseItems(plan.exercises ?? [], mapping),
    findings: mapping ? mapping.findings.map((f) => f.finding) : [],
  };
}
