/**
 * Keeping the plan saved in this browser safe (reliability review F2): what a stored value is,
 * and whether an edit may be written over it. Pure; the browser storage lives in the UI layer.
 *
 * The rule is optimistic: a tab remembers the stored text it last read or wrote (`knownRaw`).
 * It writes only when storage still holds exactly that text, so another tab's save, or a plan
 * prepared before a `plan=` link was opened, is never overwritten without the user choosing.
 */
import { learning } from '../messages/en/learning';
import { decodeSessionPlan, encodeSessionPlan } from './encode-session-plan';
import type { SessionPlan } from './session-plan';

export type StoredPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'plan'; readonly plan: SessionPlan; readonly raw: string }
  /** Unreadable here (damaged, over a limit, another app's or a newer version's): keep it. */
  | { readonly kind: 'unreadable'; readonly raw: string; readonly reason: string };

/** What a stored value holds. Never throws. */
export function readStoredPlan(raw: string | null): StoredPlan {
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const decoded = decodeSessionPlan(raw);
  return decoded.ok
    ? { kind: 'plan', plan: decoded.plan, raw }
    : { kind: 'unreadable', raw, reason: decoded.error };
}

export type PlanSaveDecision =
  /** Storage holds what this tab last saw: write. */
  | 'write'
  /** Someone else (another tab) saved since: ask before overwriting. */
  | 'conflict'
  /** The plan came from a link and this browser holds another saved plan: ask first. */
  | 'hold-link-plan';

export interface PlanSaveSituation {
  /** The stored text this tab last read or wrote (null: none). */
  readonly knownRaw: string | null;
  /** The stored text now. */
  readonly currentRaw: string | null;
  /** The plan on screen came from a `plan=` link and the user has not chosen to save it here. */
  readonly fromLink: boolean;
}

export function decidePlanSave({
  knownRaw,
  currentRaw,
  fromLink,
}: PlanSaveSituation): PlanSaveDecision {
  if (fromLink && currentRaw !== null) return 'hold-link-plan';
  return currentRaw === knownRaw ? 'write' : 'conflict';
}

/** The text to store for a plan (null: nothing to keep), or null plus a reason it cannot be. */
export function storedPlanText(
  plan: SessionPlan,
):
  | { readonly ok: true; readonly raw: string | null }
  | { readonly ok: false; readonly error: string } {
  if (plan.points.length === 0 && plan.note.trim() === '' && !plan.patientLabel?.trim()) {
    return { ok: true, raw: null };
  }
  try {
    return { ok: true, raw: encodeSessionPlan(plan) };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : learning.plan.errors.badFormat,
    };
  }
}

/** True when two plans would be stored as the same text. */
export function samePlan(a: SessionPlan, b: SessionPlan): boolean {
  const first = storedPlanText(a);
  const second = storedPlanText(b);
  return first.ok && second.ok && first.raw === second.raw;
}
