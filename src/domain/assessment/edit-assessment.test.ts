import { describe, expect, it } from 'vitest';
import { emptyAssessment, isAssessmentEmpty } from './assessment';
import {
  findingFromChoice,
  strengthChoice,
  withActivity,
  withAge,
  withPainSite,
  withSideSign,
  withStrength,
  withThomas,
} from './edit-assessment';

const empty = emptyAssessment();

describe('editing an assessment', () => {
  it('round-trips every strength choice and keeps a dynamometer percentage when re-chosen', () => {
    for (const choice of ['', 'o0', 'o3', 'o5', 'd']) {
      expect(strengthChoice(findingFromChoice(choice, undefined))).toBe(choice);
    }
    const earlier = { kind: 'dynamometer', percentOfNorm: 62 } as const;
    expect(findingFromChoice('d', earlier)).toBe(earlier);
    expect(findingFromChoice('o7', earlier)).toBeUndefined();
  });

  it('sets and clears strength per side and group without touching the other side', () => {
    const weak = withStrength(empty, 'right', 'abductors', { kind: 'oxford', grade: 3 });
    const both = withStrength(weak, 'left', 'abductors', { kind: 'oxford', grade: 5 });
    expect(both.strength.right?.abductors).toEqual({ kind: 'oxford', grade: 3 });
    expect(both.strength.left?.abductors).toEqual({ kind: 'oxford', grade: 5 });
    const cleared = withStrength(both, 'right', 'abductors', undefined);
    expect(cleared.strength.right).toEqual({});
    expect(cleared.strength.left?.abductors).toEqual({ kind: 'oxford', grade: 5 });
    expect(empty.strength).toEqual({});
  });

  it('drops a dynamometer figure outside 0-150 % rather than storing it', () => {
    const ok = withStrength(empty, 'left', 'extensors', {
      kind: 'dynamometer',
      percentOfNorm: 150,
    });
    expect(ok.strength.left?.extensors).toBeDefined();
    for (const bad of [-1, 151, Number.NaN]) {
      const next = withStrength(ok, 'left', 'extensors', {
        kind: 'dynamometer',
        percentOfNorm: bad,
      });
      expect(next.strength.left?.extensors, String(bad)).toBeUndefined();
    }
  });

  it('stores only positive signs, so a cleared sign leaves the assessment empty', () => {
    const positive = withSideSign(empty, 'trendelenburg', 'right', true);
    expect(positive.trendelenburg.right).toBe(true);
    expect(isAssessmentEmpty(withSideSign(positive, 'trendelenburg', 'right', false))).toBe(true);
    expect(withSideSign(empty, 'ober', 'left', true).ober).toEqual({ left: true });
  });

  it('keeps Thomas angles and ages only inside their limits', () => {
    expect(withThomas(empty, 'left', 45).thomasDeg.left).toBe(45);
    expect(withThomas(withThomas(empty, 'left', 20), 'left', 46).thomasDeg.left).toBeUndefined();
    expect(withThomas(empty, 'left', Number.NaN).thomasDeg).toEqual({});
    expect(withAge(empty, 42.6).ageYears).toBe(43);
    expect(withAge(withAge(empty, 40), 9).ageYears).toBeUndefined();
    expect('ageYears' in withAge(empty, 111)).toBe(false);
  });

  it('adds a pain site once and removes it', () => {
    const twice = withPainSite(withPainSite(empty, 'hip', true), 'hip', true);
    expect(twice.painSites).toEqual(['hip']);
    expect(withPainSite(twice, 'hip', false).painSites).toEqual([]);
  });

  it('accepts only known activity levels', () => {
    expect(withActivity(empty, 'active').activity).toBe('active');
    expect('activity' in withActivity(withActivity(empty, 'active'), 'jogging')).toBe(false);
    expect('activity' in withActivity(withActivity(empty, 'active'), '')).toBe(false);
  });
});
