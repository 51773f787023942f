import { describe, expect, it } from 'vitest';
import { MOTOR_POINTS } from '../motor-points';
import type { PointKey } from '../view-state';
import {
  addPlanPoint,
  isoDate,
  isPlanEmpty,
  planPointChoices,
  planPointLabel,
  removePlanPoint,
  setPlanNote,
  setPlanPatientLabel,
  snapshotFileName,
} from './edit-session-plan';
import { SESSION_PLAN_LIMITS, type SessionPlan } from './session-plan';

const EMPTY: SessionPlan = { points: [], note: '' };
const A: PointKey = 'gluteus-medius-posterior:left';
const B: PointKey = 'piriformis-nerve-entry:right';

describe('editing a session plan', () => {
  it('adds points once, in order, and removes them', () => {
    const plan = addPlanPoint(addPlanPoint(addPlanPoint(EMPTY, A), B), A);
    expect(plan.points).toEqual([A, B]);
    expect(removePlanPoint(plan, A).points).toEqual([B]);
    expect(removePlanPoint(plan, 'gluteus-maximus-upper:left')).toBe(plan);
  });

  it('ignores unknown points and stops at the point limit', () => {
    expect(addPlanPoint(EMPTY, 'nothing-here:left')).toBe(EMPTY);
    let plan = EMPTY;
    for (const r of MOTOR_POINTS) {
      plan = addPlanPoint(addPlanPoint(plan, `${r.id}:left`), `${r.id}:right`);
    }
    expect(plan.points).toHaveLength(SESSION_PLAN_LIMITS.maxPoints);
  });

  it('cuts the note and the label to their limits; an empty label is dropped', () => {
    expect(setPlanNote(EMPTY, 'x'.repeat(5000)).note).toHaveLength(
      SESSION_PLAN_LIMITS.maxNoteChars,
    );
    const labelled = setPlanPatientLabel(EMPTY, 'y'.repeat(200));
    expect(labelled.patientLabel).toHaveLength(SESSION_PLAN_LIMITS.maxLabelChars);
    expect('patientLabel' in setPlanPatientLabel(labelled, '  ')).toBe(false);
  });

  it('is empty without points and note', () => {
    expect(isPlanEmpty(EMPTY)).toBe(true);
    expect(isPlanEmpty(setPlanNote(EMPTY, ' note '))).toBe(false);
    expect(isPlanEmpty(addPlanPoint(EMPTY, A))).toBe(false);
  });
});

describe('plan point names and choices', () => {
  it('names a point with its muscle, place and side', () => {
    expect(planPointLabel(A)).toBe('Gluteus medius: posterior (left)');
    expect(planPointLabel('unknown:left')).toBe('unknown:left');
  });

  it('offers every record on both sides, grouped by muscle', () => {
    const groups = planPointChoices();
    const keys = groups.flatMap((g) => g.points.map((p) => p.key));
    expect(keys).toHaveLength(MOTOR_POINTS.length * 2);
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.every((g) => g.points.length > 0)).toBe(true);
  });
});

describe('dates and file names', () => {
  it('formats local dates and snapshot names', () => {
    const date = new Date(2026, 2, 4, 9, 5);
    expect(isoDate(date)).toBe('2026-03-04');
    expect(snapshotFileName(date)).toBe('hip-view-2026-03-04-0905.png');
  });
});
