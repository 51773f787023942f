import { useCallback, useEffect, useRef, useState } from 'react';
import { messages } from '../../domain/messages';
import {
  decidePlanSave,
  isPlanEmpty,
  readStoredPlan,
  type SessionPlan,
  samePlan,
  storedPlanText,
} from '../../domain/session-plan';
import { useViewer, useViewerStoreApi } from '../../state';
import { loadStoredPlan, PLAN_STORAGE_KEY, readPlanText, writePlanText } from './plan-storage';

const t = messages.clinician.plan;

/** What the plan's storage has to tell the user, if anything. */
type PlanStorageStatus =
  | { kind: 'ok' }
  | { kind: 'save-failed' }
  /** Another tab saved; `other` is its plan (null: it cleared the plan). */
  | { kind: 'conflict'; other: SessionPlan | null; otherRaw: string | null }
  /** The plan came from a link; `saved` is this browser's own plan, kept. */
  | { kind: 'link-plan'; saved: SessionPlan | null }
  | { kind: 'kept-aside'; reason: string }
  | { kind: 'updated-elsewhere' }
  | { kind: 'cleared'; previous: SessionPlan };

export interface PlanStorage {
  status: PlanStorageStatus;
  /** Change the plan: in the store at once, in this browser when that loses nothing. */
  setPlan: (next: SessionPlan) => void;
  /** "Start a new plan", with undo. */
  clear: () => void;
  undoClear: () => void;
  /** Take the other tab's plan (conflict). */
  loadOther: () => void;
  /** Save this tab's plan over the other one (conflict, or a link's plan; asks first). */
  saveHere: () => void;
  /** Put the plan saved in this browser back on screen (instead of a link's plan). */
  openSaved: () => void;
  dismiss: () => void;
}

/**
 * The session plan in this browser, never lost silently (review F2): edits are written only over
 * the stored text this tab last saw; another tab's save is picked up through `storage` events;
 * a link's plan never replaces the saved one without asking; a failed save says so; an
 * unreadable saved plan is kept aside; "Start a new plan" can be undone.
 */
export function usePlanStorage(): PlanStorage {
  const store = useViewerStoreApi();
  const setStorePlan = useViewer((s) => s.setSessionPlan);
  const [status, setStatus] = useState<PlanStorageStatus>({ kind: 'ok' });
  /** The stored text this tab last read or wrote. */
  const known = useRef<string | null>(null);

  // A link's plan, on first show or opened later in this tab (#plan= changed): keep both.
  const holdLinkPlan = useCallback(
    (stored: ReturnType<typeof loadStoredPlan>) => {
      const state = store.getState();
      if (stored.kind === 'plan' && !samePlan(stored.plan, state.sessionPlan)) {
        setStatus({ kind: 'link-plan', saved: stored.plan });
      } else {
        // Nothing else saved here (or the same plan): the link's plan may be kept here.
        state.setSessionPlan(state.sessionPlan, { fromLink: false });
      }
    },
    [store],
  );

  // On first show: bring back the saved plan, unless a link brought one (then keep both).
  useEffect(() => {
    const stored = loadStoredPlan();
    const state = store.getState();
    if (stored.kind === 'unreadable') {
      known.current = null;
      setStatus({ kind: 'kept-aside', reason: stored.reason });
      return;
    }
    known.current = stored.kind === 'plan' ? stored.raw : null;
    if (state.sessionPlanFromLink) {
      holdLinkPlan(stored);
      return;
    }
    if (stored.kind === 'plan' && isPlanEmpty(state.sessionPlan)) {
      state.setSessionPlan(stored.plan);
    }
  }, [store, holdLinkPlan]);

  // A plan link opened while this panel is shown.
  useEffect(
    () =>
      store.subscribe((next, previous) => {
        const newLinkPlan =
          next.sessionPlanFromLink &&
          (!previous.sessionPlanFromLink || next.sessionPlan !== previous.sessionPlan);
        if (!newLinkPlan) return;
        const stored = loadStoredPlan();
        if (stored.kind !== 'unreadable') holdLinkPlan(stored);
      }),
    [store, holdLinkPlan],
  );

  // Another tab saved: take it when this tab has nothing unsaved, otherwise ask.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== PLAN_STORAGE_KEY && event.key !== null) return;
      const raw = readPlanText();
      if (raw === known.current) return;
      const state = store.getState();
      const other = readStoredPlan(raw);
      const otherPlan = other.kind === 'plan' ? other.plan : null;
      if (state.sessionPlanFromLink) {
        setStatus({ kind: 'link-plan', saved: otherPlan });
        return;
      }
      const mine = storedPlanText(state.sessionPlan);
      const inSync = mine.ok && mine.raw === known.current;
      if (inSync && other.kind !== 'unreadable') {
        known.current = raw;
        state.setSessionPlan(otherPlan ?? { points: [], note: '' });
        setStatus({ kind: 'updated-elsewhere' });
      } else {
        setStatus({ kind: 'conflict', other: otherPlan, otherRaw: raw });
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const write = useCallback(
    (plan: SessionPlan, force: boolean): PlanStorageStatus | null => {
      const text = storedPlanText(plan);
      if (!text.ok) return { kind: 'save-failed' };
      const currentRaw = readPlanText();
      if (!force) {
        const decision = decidePlanSave({
          knownRaw: known.current,
          currentRaw,
          fromLink: store.getState().sessionPlanFromLink,
        });
        if (decision === 'hold-link-plan') {
          const saved = readStoredPlan(currentRaw);
          return { kind: 'link-plan', saved: saved.kind === 'plan' ? saved.plan : null };
        }
        if (decision === 'conflict') {
          const other = readStoredPlan(currentRaw);
          return {
            kind: 'conflict',
            other: other.kind === 'plan' ? other.plan : null,
            otherRaw: currentRaw,
          };
        }
      }
      if (text.raw === currentRaw) {
        known.current = currentRaw;
        return null;
      }
      if (!writePlanText(text.raw)) return { kind: 'save-failed' };
      known.current = text.raw;
      return null;
    },
    [store],
  );

  const setPlan = useCallback(
    (next: SessionPlan) => {
      setStorePlan(next);
      const problem = write(next, false);
      setStatus(
        (current) =>
          problem ??
          (current.kind === 'cleared' || current.kind === 'kept-aside' ? current : { kind: 'ok' }),
      );
    },
    [setStorePlan, write],
  );

  const clear = useCallback(() => {
    const previous = store.getState().sessionPlan;
    setStorePlan({ points: [], note: '' });
    const problem = write({ points: [], note: '' }, false);
    setStatus(problem ?? { kind: 'cleared', previous });
  }, [store, setStorePlan, write]);

  const undoClear = useCallback(() => {
    if (status.kind !== 'cleared') return;
    setStorePlan(status.previous);
    setStatus(write(status.previous, false) ?? { kind: 'ok' });
  }, [status, setStorePlan, write]);

  const loadOther = useCallback(() => {
    if (status.kind !== 'conflict') return;
    known.current = status.otherRaw;
    setStorePlan(status.other ?? { points: [], note: '' }, { fromLink: false });
    setStatus({ kind: 'ok' });
  }, [status, setStorePlan]);

  const saveHere = useCallback(() => {
    if (status.kind === 'link-plan' && !window.confirm(t.storage.confirmReplace)) return;
    const plan = store.getState().sessionPlan;
    store.getState().setSessionPlan(plan, { fromLink: false });
    setStatus(write(plan, true) ?? { kind: 'ok' });
  }, [status, store, write]);

  const openSaved = useCallback(() => {
    if (status.kind !== 'link-plan') return;
    known.current = readPlanText();
    setStorePlan(status.saved ?? { points: [], note: '' }, { fromLink: false });
    setStatus({ kind: 'ok' });
  }, [status, setStorePlan]);

  const dismiss = useCallback(() => setStatus({ kind: 'ok' }), []);

  return { status, setPlan, clear, undoClear, loadOther, saveHere, openSaved, dismiss };
}
