import { describe, expect, it } from 'vitest';
import { DEFAULT_MECHANICS_PARAMETERS, simulate } from '../mechanics';
import { toMechanicsInput } from '../view-state';
import { type Assessment, emptyAssessment } from './assessment';
import {
  GROUP_MUSCLES,
  mapAssessment,
  OXFORD_WEAKNESS,
  strengthWeakness,
  weaknessForVisibleDrop,
} from './map-assessment';
import { assessmentFromCompact, assessmentToCompact, parseAssessment } from './parse-assessment';
import { suggestPoints } from './suggest-points';
import { weakEmgMuscles } from './weak-muscles';

const withFindings = (change: Partial<Assessment>): Assessment => ({
  ...emptyAssessment(),
  ...change,
});

describe('strength rules', () => {
  it('maps each Oxford grade to a weakness inside its documented range, weaker grades weaker', () => {
    let previous = -1;
    for (const grade of [5, 4, 3, 2, 1, 0] as const) {
      const { range, used } = strengthWeakness({ kind: 'oxford', grade });
      expect(used, `grade ${grade}`).toBeGreaterThanOrEqual(range[0]);
      expect(used, `grade ${grade}`).toBeLessThanOrEqual(range[1]);
      expect(used, `grade ${grade}`).toBeGreaterThan(previous);
      previous = used;
    }
    expect(OXFORD_WEAKNESS[4]).toEqual({ range: [0.2, 0.5], used: 0.35 });
  });

  it('maps a dynamometer reading directly: weakness = 1 - % of norm, clamped', () => {
    expect(strengthWeakness({ kind: 'dynamometer', percentOfNorm: 65 }).used).toBeCloseTo(0.35, 6);
    expect(strengthWeakness({ kind: 'dynamometer', percentOfNorm: 120 }).used).toBe(0);
  });

  it('puts abductor weakness on gluteus medius, minimus and TFL of the tested side, as the stance side', () => {
    const m = mapAssessment(
      withFindings({ strength: { right: { abductors: { kind: 'oxford', grade: 3 } } } }),
    );
    expect(m.dysfunction.stanceSide).toBe('right');
    for (const muscle of GROUP_MUSCLES.abductors) {
      expect(m.dysfunction.muscles[muscle]?.weakness, muscle).toBe(OXFORD_WEAKNESS[3].used);
    }
    const finding = m.findings.find((f) => f.id === 'strength:right:abductors');
    expect(finding?.effect).toContain('50–72 %');
    expect(finding?.trust).toBe('low');
  });

  it('keeps the other side out of the model but in the findings', () => {
    const m = mapAssessment(
      withFindings({
        strength: {
          right: { abductors: { kind: 'oxford', grade: 3 } },
          left: { extensors: { kind: 'oxford', grade: 4 } },
        },
      }),
    );
    expect(m.dysfunction.muscles['gluteus-maximus']).toBeUndefined();
    expect(m.severities.left?.['gluteus-maximus']?.weakness).toBe(0.35);
    expect(m.findings.find((f) => f.id === 'strength:left:extensors')?.trust).toBe('not-modelled');
  });
});

describe('Trendelenburg rule', () => {
  it('raises abductor weakness to where the model first shows a drop, and sets pure drop', () => {
    const threshold = weaknessForVisibleDrop('young-adult');
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThan(1);
    const m = mapAssessment(
      withFindings({
        strength: { right: { abductors: { kind: 'oxford', grade: 3 } } },
        trendelenburg: { right: true },
      }),
    );
    expect(m.dysfunction.compensationStyle).toBe(0);
    expect(m.dysfunction.muscles['gluteus-medius']?.weakness).toBe(
      Math.max(threshold, OXFORD_WEAKNESS[3].used),
    );
    const result = simulate(toMechanicsInput(m.dysfunction));
    expect(result.posture.pelvicDropDeg).toBeGreaterThanOrEqual(2);
    expect(result.change.kneeAdductionMomentPct).toBeGreaterThan(0);
  });
});

describe('Thomas, Ober, age and activity rules', () => {
  it('reads the Thomas contracture as iliopsoas tightness by the model equation E = t·E_max', () => {
    const m = mapAssessment(withFindings({ thomasDeg: { right: 10 } }));
    const expected = 10 / DEFAULT_MECHANICS_PARAMETERS.maxHipExtensionDeficitDeg;
    expect(m.dysfunction.muscles['psoas-major']?.tightness).toBeCloseTo(expected, 2);
    expect(m.dysfunction.muscles.iliacus?.tightness).toBeCloseTo(expected, 2);
  });

  it('keeps a positive Ober test out of the model and says so', () => {
    const m = mapAssessment(withFindings({ ober: { left: true } }));
    expect(m.dysfunction.muscles).toEqual({});
    expect(m.findings[0]?.trust).toBe('not-modelled');
    expect(m.findings[0]?.muscles).toEqual(['tensor-fasciae-latae']);
  });

  it('uses the older-adult baseline from 60 years and a novice dosage for sedentary patients', () => {
    expect(mapAssessment(withFindings({ ageYears: 59 })).dysfunction.baselineStrength).toBe(
      'young-adult',
    );
    expect(mapAssessment(withFindings({ ageYears: 60 })).dysfunction.baselineStrength).toBe(
      'older-adult',
    );
    expect(mapAssessment(withFindings({ activity: 'sedentary' })).novice).toBe(true);
    expect(mapAssessment(withFindings({ activity: 'athletic' })).novice).toBe(false);
  });

  it('maps an empty assessment to no dysfunction', () => {
    const m = mapAssessment(emptyAssessment());
    expect(m.dysfunction.muscles).toEqual({});
    expect(m.findings).toEqual([]);
  });
});

describe('suggestions', () => {
  it('suggests the weak muscle’s motor points on its side, each with the finding behind it', () => {
    const m = mapAssessment(
      withFindings({ strength: { right: { abductors: { kind: 'oxford', grade: 3 } } } }),
    );
    const s = suggestPoints(m);
    const gmed = s.filter((x) => x.key.startsWith('gluteus-medius-'));
    expect(gmed.length).toBeGreaterThanOrEqual(2);
    for (const x of s) expect(x.key.endsWith(':right')).toBe(true);
    expect(gmed[0]?.reasons[0]).toContain('Right hip abductors: Oxford 3');
    expect(weakEmgMuscles(m)).toEqual(['gluteus-medius']);
  });
});

describe('outside forms', () => {
  const full: Assessment = {
    strength: {
      right: {
        abductors: { kind: 'oxford', grade: 3 },
        extensors: { kind: 'dynamometer', percentOfNorm: 70 },
      },
      left: { 'external-rotators': { kind: 'oxford', grade: 4 } },
    },
    trendelenburg: { right: true },
    thomasDeg: { left: 8 },
    ober: { left: true, right: true },
    painSites: ['lateral-knee', 'lower-back'],
    activity: 'light',
    ageYears: 67,
  };

  it('round-trips through the compact link form', () => {
    const back = assessmentFromCompact(JSON.parse(JSON.stringify(assessmentToCompact(full))));
    expect(back).toEqual({ ok: true, assessment: full });
  });

  it('rejects bad input with a message naming the field and what is allowed', () => {
    const bad = parseAssessment({
      strength: { right: { abductors: { kind: 'oxford', grade: 7 } } },
    });
    expect(bad).toEqual({
      ok: false,
      error: expect.stringContaining('assessment.strength.right.abductors.grade'),
    });
    expect(!bad.ok && bad.error).toContain('0 to 5');
    const nan = parseAssessment({ thomasDeg: { left: Number.NaN } });
    expect(!nan.ok && nan.error).toContain('a number from 0 to 45');
    const unknown = parseAssessment({ strenght: {} });
    expect(!unknown.ok && unknown.error).toContain('strenght');
    expect(assessmentFromCompact({ s: { r: { ab: 'o9' } } }).ok).toBe(false);
    expect(assessmentFromCompact({ p: 'knee' }).ok).toBe(false);
  });
});
