import { describe, expect, it } from 'vitest';
import { encodeSessionPlan } from './encode-session-plan';
import { decidePlanSave, readStoredPlan, samePlan, storedPlanText } from './plan-sync';

const PLAN = { points: ['gluteus-medius-posterior:left' as const], note: 'Bridges' };
const RAW = encodeSessionPlan(PLAN);

describe('readStoredPlan', () => {
  it('reads a plan, and keeps what it cannot read as unreadable (never as empty)', () => {
    expect(readStoredPlan(null)).toEqual({ kind: 'none' });
    expect(readStoredPlan(RAW)).toMatchObject({ kind: 'plan', plan: PLAN, raw: RAW });
    for (const raw of ['2.eyJ4IjoxfQ', 'not a plan', `1.${'A'.repeat(7000)}`]) {
      expect(readStoredPlan(raw)).toMatchObject({ kind: 'unreadable', raw });
    }
  });
});

describe('decidePlanSave (review F2)', () => {
  it('writes only over what this tab last saw', () => {
    expect(decidePlanSave({ knownRaw: RAW, currentRaw: RAW, fromLink: false })).toBe('write');
    expect(decidePlanSave({ knownRaw: null, currentRaw: null, fromLink: false })).toBe('write');
    // Tab 2 opened before tab 1 saved: it must not overwrite tab 1's plan.
    expect(decidePlanSave({ knownRaw: null, currentRaw: RAW, fromLink: false })).toBe('conflict');
  });

  it('never lets a link’s plan replace a plan saved here without asking', () => {
    expect(decidePlanSave({ knownRaw: RAW, currentRaw: RAW, fromLink: true })).toBe(
      'hold-link-plan',
    );
    expect(decidePlanSave({ knownRaw: null, currentRaw: null, fromLink: true })).toBe('write');
  });
});

describe('storedPlanText and samePlan', () => {
  it('stores nothing for an empty plan, and the link form otherwise', () => {
    expect(storedPlanText({ points: [], note: ' ' })).toEqual({ ok: true, raw: null });
    expect(storedPlanText(PLAN)).toEqual({ ok: true, raw: RAW });
    expect(storedPlanText({ points: [], note: 'x'.repeat(2000) }).ok).toBe(false);
    expect(samePlan(PLAN, { ...PLAN })).toBe(true);
    expect(samePlan(PLAN, { ...PLAN, note: 'other' })).toBe(false);
  });
});
