import {
  decodeSessionPlan,
  encodeSessionPlan,
  isPlanEmpty,
  type SessionPlan,
} from '../../domain/session-plan';

/** The plan being prepared is kept in this browser (its link form), so a reload keeps it. */
const STORAGE_KEY = 'hip-motor-points.session-plan';

export function savePlan(plan: SessionPlan): void {
  try {
    if (isPlanEmpty(plan) && !plan.patientLabel) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, encodeSessionPlan(plan));
  } catch {
    // Storage blocked or full, or the plan breaks a limit: it still lives in the panel.
  }
}

export function loadPlan(): SessionPlan | null {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    const decoded = saved ? decodeSessionPlan(saved) : null;
    return decoded?.ok ? decoded.plan : null;
  } catch {
    return null;
  }
}
