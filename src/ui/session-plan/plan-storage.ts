import { readStoredPlan, type StoredPlan } from '../../domain/session-plan';

/** The plan being prepared is kept in this browser (its link form), so a reload keeps it. */
export const PLAN_STORAGE_KEY = 'hip-motor-points.session-plan';
/** Where a saved plan this version cannot read is moved, unchanged, instead of being lost. */
const PLAN_ASIDE_KEY = 'hip-motor-points.session-plan.kept-aside';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored plan text, or null (none, or storage blocked). */
export function readPlanText(): string | null {
  try {
    return storage()?.getItem(PLAN_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Write (or, for null, remove) the stored plan. False when storage is full or blocked. */
export function writePlanText(raw: string | null): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (raw === null) store.removeItem(PLAN_STORAGE_KEY);
    else store.setItem(PLAN_STORAGE_KEY, raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * Read the stored plan. One this version cannot read is copied, unchanged, to the aside key
 * (a second one gets its own key) and removed from the main key, so editing never replaces it.
 */
export function loadStoredPlan(): StoredPlan {
  const stored = readStoredPlan(readPlanText());
  if (stored.kind !== 'unreadable') return stored;
  const store = storage();
  try {
    if (store) {
      const aside = store.getItem(PLAN_ASIDE_KEY);
      const key =
        aside === null || aside === stored.raw ? PLAN_ASIDE_KEY : `${PLAN_ASIDE_KEY}.${Date.now()}`;
      store.setItem(key, stored.raw);
      store.removeItem(PLAN_STORAGE_KEY);
    }
  } catch {
    // Could not copy it (storage full): then it stays where it is, and is still not replaced.
  }
  return stored;
}
