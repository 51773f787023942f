import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment';
import { EXERCISE_IDS } from '../exercises';
import {
  decodeSessionPlan,
  encodeSessionPlan,
  sessionPlanFromLocation,
  sessionPlanLink,
} from './encode-session-plan';
import { SESSION_PLAN_LIMITS, type SessionPlan } from './session-plan';
import { encodeBase64Url } from './url-safe-text';

const assessment: Assessment = {
  strength: { right: { abductors: { kind: 'oxford', grade: 3 } } },
  trendelenburg: { right: true },
  thomasDeg: {},
  ober: {},
  painSites: ['lateral-knee'],
  activity: 'light',
  ageYears: 54,
};

const plan: SessionPlan = {
  points: ['gluteus-medius-anterior:right', 'gluteus-medius-posterior:right'],
  note: 'Three exercises, every other day.',
  patientLabel: 'A.',
  created: '2026-12-07',
  assessment,
  exercises: ['lateral-band-walk', 'side-lying-hip-abduction', 'single-leg-bridge'],
};

describe('session plan with assessment and exercises', () => {
  it('round-trips through the link', () => {
    const decoded = decodeSessionPlan(encodeSessionPlan(plan));
    expect(decoded).toEqual({ ok: true, plan, notices: [] });
  });

  it('round-trips without label and date, and an old four-field link still reads', () => {
    const bare: SessionPlan = { points: [], note: '', exercises: ['clamshell'] };
    expect(decodeSessionPlan(encodeSessionPlan(bare))).toEqual({
      ok: true,
      plan: bare,
      notices: [],
    });
    const old = `1.${encodeBase64Url(JSON.stringify(['gmed-posterior.r', 'note', 'B.', '2026-01-02']))}`;
    const decoded = decodeSessionPlan(old);
    expect(decoded.ok && decoded.plan.exercises).toBeUndefined();
  });

  it('keeps the link inside the QR limit with a full assessment and 14 exercises', () => {
    const big: SessionPlan = {
      ...plan,
      exercises: [...EXERCISE_IDS],
    };
    const link = sessionPlanLink('https://example.org/app/', big);
    expect(link.length).toBeLessThan(SESSION_PLAN_LIMITS.maxQrChars);
    const url = new URL(link);
    const back = sessionPlanFromLocation(url.search, url.hash);
    expect(back?.ok && back.plan.exercises).toHaveLength(14);
  });

  it('explains a bad assessment in a link and leaves out unknown exercises with a notice', () => {
    const badAssessment = `1.${encodeBase64Url(JSON.stringify(['', '', '', '', { s: { r: { ab: 'o8' } } }]))}`;
    const bad = decodeSessionPlan(badAssessment);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain(
      'abductors.grade must be a whole number from 0 to 5 (got 8)',
    );
    const unknown = `1.${encodeBase64Url(JSON.stringify(['', '', '', '', {}, 'cl,zz']))}`;
    const partly = decodeSessionPlan(unknown);
    expect(partly.ok && partly.plan.exercises).toEqual(['clamshell']);
    expect(partly.ok && partly.notices[0]).toContain('zz');
  });

  it('refuses to encode an unknown exercise', () => {
    expect(() =>
      encodeSessionPlan({ points: [], note: '', exercises: ['cartwheel' as never] }),
    ).toThrow(/cartwheel/);
  });
});
