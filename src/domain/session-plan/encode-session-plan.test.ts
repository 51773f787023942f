import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUSCLE_IDS } from '../anatomy';
import { MOTOR_POINTS } from '../motor-points';
import { type PointKey, parseViewParams } from '../view-state';
import {
  checkSessionPlan,
  decodeSessionPlan,
  encodeSessionPlan,
  MUSCLE_CODES,
  movePlanToFragment,
  SessionPlanError,
  sessionPlanFromLocation,
  sessionPlanFromSearch,
  sessionPlanLink,
  sessionPlanQrText,
} from './encode-session-plan';
import { SESSION_PLAN_LIMITS, type SessionPlan } from './session-plan';
import { encodeBase64Url } from './url-safe-text';

const PLAN: SessionPlan = {
  points: [
    'gluteus-medius-posterior:right',
    'piriformis-nerve-entry:left',
    'gluteus-medius-posterior:left',
  ],
  note: 'Side-lying leg lifts, 3 × 10, every other day. Übung: langsam 💪',
  patientLabel: 'J. K.',
  created: '2026-03-14',
};

const ALL_KEYS: PointKey[] = MOTOR_POINTS.flatMap((r) => [
  `${r.id}:left` as const,
  `${r.id}:right` as const,
]);

describe('session plan link form', () => {
  it('survives the round trip', () => {
    const encoded = encodeSessionPlan(PLAN);
    expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeSessionPlan(encoded)).toEqual({
      ok: true,
      plan: {
        ...PLAN,
        // Both sides of a record are written once, at its first mention, and read left first.
        points: [
          'gluteus-medius-posterior:left',
          'gluteus-medius-posterior:right',
          'piriformis-nerve-entry:left',
        ],
      },
      notices: [],
    });
  });

  it('survives the full link round trip, in patient mode with the first point selected', () => {
    const view = parseViewParams('cam=posterior&ghost=superficial').state;
    const link = sessionPlanLink('https://example.org/hip/?old=1#top', PLAN, { view });
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://example.org/hip/');
    // The plan is in the fragment only: never in the query a server logs (review F7).
    expect(url.searchParams.has('plan')).toBe(false);
    expect(url.hash.startsWith('#plan=1.')).toBe(true);
    expect(sessionPlanFromSearch(url.search)).toBeNull();
    const decoded = sessionPlanFromLocation(url.search, url.hash);
    expect(decoded?.ok).toBe(true);
    if (decoded?.ok) expect(new Set(decoded.plan.points)).toEqual(new Set(PLAN.points));
    const { state, notices } = parseViewParams(url.search);
    expect(notices).toEqual([]);
    expect(state.mode).toBe('patient');
    expect(state.point).toBe('gluteus-medius-posterior:right');
    expect(state.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    expect(sessionPlanQrText(link)).toEqual({ ok: true, text: link });
  });

  it('round-trips any valid plan', () => {
    const plan = fc.record({
      points: fc.uniqueArray(fc.constantFrom(...ALL_KEYS), {
        maxLength: SESSION_PLAN_LIMITS.maxPoints,
      }),
      note: fc.string({ maxLength: 200, unit: 'grapheme' }).map((s) => s.trim()),
      patientLabel: fc.option(
        fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim()),
        {
          nil: undefined,
        },
      ),
    });
    fc.assert(
      fc.property(plan, (p) => {
        const input: SessionPlan = {
          points: p.points,
          note: p.note,
          ...(p.patientLabel ? { patientLabel: p.patientLabel } : {}),
        };
        const decoded = decodeSessionPlan(encodeSessionPlan(input));
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(new Set(decoded.plan.points)).toEqual(new Set(input.points));
        expect(decoded.plan.note).toBe(input.note);
        expect(decoded.plan.patientLabel).toBe(input.patientLabel);
      }),
      { numRuns: 200 },
    );
  });

  it('is compact: a four-point plan with a short note fits easily in a QR code', () => {
    const link = sessionPlanLink('https://example.org/', {
      points: ALL_KEYS.slice(0, 4),
      note: 'Bridges and clamshells daily.',
    });
    expect(link.length).toBeLessThan(300);
  });

  it('has a stable code for every muscle, and every record id starts with its muscle id', () => {
    expect(Object.keys(MUSCLE_CODES).sort()).toEqual([...MUSCLE_IDS].sort());
    expect(new Set(Object.values(MUSCLE_CODES)).size).toBe(MUSCLE_IDS.length);
    for (const r of MOTOR_POINTS) expect(r.id.startsWith(`${r.muscle}-`), r.id).toBe(true);
  });

  it('refuses to encode a plan that breaks a limit, naming the problem', () => {
    const tooMany = { points: ALL_KEYS.slice(0, SESSION_PLAN_LIMITS.maxPoints + 1), note: '' };
    expect(() => encodeSessionPlan(tooMany)).toThrow(SessionPlanError);
    expect(checkSessionPlan(tooMany)[0]).toContain('more than the 24');
    expect(checkSessionPlan({ points: [], note: 'x'.repeat(1001) })[0]).toContain(
      'shorten it to 1000',
    );
    expect(checkSessionPlan({ points: ['nowhere:left'], note: '' })[0]).toContain('nowhere:left');
    expect(checkSessionPlan({ points: [], note: '', created: '14.3.2026' })[0]).toContain(
      'YYYY-MM-DD',
    );
  });

  it('gives a readable error for broken, foreign and hostile values', () => {
    const bad = (text: string) => {
      const result = decodeSessionPlan(text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
      return result.ok ? '' : result.error;
    };
    expect(bad('')).toContain('empty');
    expect(bad('hello')).toContain('does not contain a readable plan');
    expect(bad('2.abc')).toContain('version "2"');
    expect(bad('1.%%%')).toContain('does not contain a readable plan');
    expect(bad(`1.${encodeBase64Url('{"a":1}')}`)).toContain('readable plan');
    expect(bad(`1.${encodeBase64Url('["gmed posterior", ""]')}`)).toContain('cannot be read');
    expect(bad(`1.${encodeBase64Url(JSON.stringify(['', 'x'.repeat(1500)]))}`)).toContain(
      'shorten it',
    );
    expect(bad(`1.${'A'.repeat(7000)}`)).toContain('the most allowed is 6000');
  });

  it('leaves out points this version does not know, with a notice', () => {
    const text = `1.${encodeBase64Url(JSON.stringify(['gmed-posterior.l,gmed-future-point.r,xyz-a.b', 'hi']))}`;
    const result = decodeSessionPlan(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.points).toEqual(['gluteus-medius-posterior:left']);
    expect(result.notices[0]).toContain('gmed-future-point.r, xyz-a.b');
  });

  it('reports no plan when the link carries none, and refuses over-long QR links', () => {
    expect(sessionPlanFromSearch('?mode=patient')).toBeNull();
    expect(sessionPlanQrText(`https://example.org/?plan=${'x'.repeat(3000)}`).ok).toBe(false);
  });
});

describe('plan links and privacy (reliability review F7)', () => {
  it('keeps no patient label or note in the query string of a plan link', () => {
    const plan = { points: [], note: 'Private note for Mrs X', patientLabel: 'Mrs X' };
    const url = new URL(sessionPlanLink('https://example.org/', plan));
    expect(url.search).not.toContain('plan');
    expect(url.search).not.toContain(encodeSessionPlan(plan).slice(2, 12));
    expect(sessionPlanFromLocation(url.search, url.hash)).toMatchObject({ ok: true, plan });
  });

  it('still reads an old ?plan= link, and rewrites it to the fragment form', () => {
    const encoded = encodeSessionPlan(PLAN);
    const search = `?mode=patient&plan=${encoded}&cam=posterior`;
    expect(sessionPlanFromLocation(search, '')).toMatchObject({ ok: true });
    const moved = movePlanToFragment(search, '');
    expect(moved).toEqual({ search: '?mode=patient&cam=posterior', hash: `#plan=${encoded}` });
    expect(movePlanToFragment('?mode=patient', '')).toBeNull();
  });
});
