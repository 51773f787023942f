import { MUSCLES } from '../anatomy';
import { learning } from '../messages/en/learning';
import { MOTOR_POINTS, motorPointLabel } from '../motor-points';
import type { PointKey } from '../view-state';
import { SESSION_PLAN_LIMITS, type SessionPlan } from './session-plan';

/**
 * Small, pure edits of a session plan for its panel. Each returns a new plan (or the same one
 * when nothing changes) and keeps the plan within `SESSION_PLAN_LIMITS`.
 */

const RECORDS = new Map(MOTOR_POINTS.map((r) => [r.id, r]));

/** A plan point's name, e.g. `Gluteus medius: posterior (left)`; the key itself when unknown. */
export function planPointLabel(key: string): string {
  const at = key.lastIndexOf(':');
  const record = RECORDS.get(key.slice(0, at));
  const side = key.slice(at + 1);
  if (!record || (side !== 'left' && side !== 'right')) return key;
  return learning.onSide(motorPointLabel(record), side);
}

/** Add a point at the end; a point already there, an unknown key or a full plan change nothing. */
export function addPlanPoint(plan: SessionPlan, key: PointKey): SessionPlan {
  if (plan.points.includes(key)) return plan;
  if (plan.points.length >= SESSION_PLAN_LIMITS.maxPoints) return plan;
  if (planPointLabel(key) === key) return plan;
  return { ...plan, points: [...plan.points, key] };
}

export function removePlanPoint(plan: SessionPlan, key: PointKey): SessionPlan {
  return plan.points.includes(key)
    ? { ...plan, points: plan.points.filter((k) => k !== key) }
    : plan;
}

/** The note, cut to the longest a plan carries. */
export function setPlanNote(plan: SessionPlan, note: string): SessionPlan {
  return { ...plan, note: note.slice(0, SESSION_PLAN_LIMITS.maxNoteChars) };
}

/** The patient label (cut to its limit); an empty label is dropped. */
export function setPlanPatientLabel(plan: SessionPlan, label: string): SessionPlan {
  const { patientLabel: _dropped, ...rest } = plan;
  const cut = label.slice(0, SESSION_PLAN_LIMITS.maxLabelChars);
  return cut.trim() ? { ...rest, patientLabel: cut } : rest;
}

/** Nothing worth sharing yet: no points and no note. */
export function isPlanEmpty(plan: SessionPlan): boolean {
  return plan.points.length === 0 && plan.note.trim() === '' && (plan.exercises?.length ?? 0) === 0;
}

export interface PlanPointChoice {
  readonly key: PointKey;
  readonly label: string;
}

/** Every point a plan can hold, grouped by muscle in anatomical order, left before right. */
export function planPointChoices(): {
  readonly muscle: string;
  readonly points: PlanPointChoice[];
}[] {
  return MUSCLES.map((muscle) => ({
    muscle: muscle.label,
    points: MOTOR_POINTS.filter((r) => r.muscle === muscle.id).flatMap((r) =>
      (['left', 'right'] as const).map((side) => {
        const key: PointKey = `${r.id}:${side}`;
        return { key, label: planPointLabel(key) };
      }),
    ),
  })).filter((group) => group.points.length > 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date as `YYYY-MM-DD` in local time (the plan's `created` and file names). */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The file name of a saved picture of the view: `hip-view-2026-03-14-0930.png`. */
export function snapshotFileName(date: Date): string {
  return `hip-view-${isoDate(date)}-${pad(date.getHours())}${pad(date.getMinutes())}.png`;
}
