import type { BilateralSide } from '../anatomy';
import {
  ACTIVITY_LEVELS,
  type ActivityLevel,
  ASSESSMENT_LIMITS,
  type Assessment,
  type MuscleGroup,
  OXFORD_GRADES,
  type PainSite,
  type StrengthFinding,
} from './assessment';

/**
 * Every change the assessment form makes, as pure `Assessment → Assessment` steps. A value
 * outside its documented limits (`ASSESSMENT_LIMITS`) clears the field rather than being
 * stored, so the plan and its link never carry a finding the mapping rules cannot read.
 */

const inLimits = (value: number, [low, high]: readonly [number, number]) =>
  Number.isFinite(value) && value >= low && value <= high;

/** The strength choice list's value for a finding: '' not tested, `o0`..`o5` Oxford, `d` dynamometer. */
export function strengthChoice(finding: StrengthFinding | undefined): string {
  if (!finding) return '';
  return finding.kind === 'oxford' ? `o${finding.grade}` : 'd';
}

/**
 * The finding a choice stands for. Switching to the dynamometer keeps an earlier percentage,
 * else starts at 100 % of the norm; an unknown choice means "not tested".
 */
export function findingFromChoice(
  choice: string,
  previous: StrengthFinding | undefined,
): StrengthFinding | undefined {
  if (choice === 'd') {
    return previous?.kind === 'dynamometer'
      ? previous
      : { kind: 'dynamometer', percentOfNorm: 100 };
  }
  const grade = OXFORD_GRADES.find((g) => choice === `o${g}`);
  return grade === undefined ? undefined : { kind: 'oxford', grade };
}

export function withStrength(
  a: Assessment,
  side: BilateralSide,
  group: MuscleGroup,
  finding: StrengthFinding | undefined,
): Assessment {
  const groups = { ...(a.strength[side] ?? {}) };
  const valid =
    finding?.kind === 'dynamometer'
      ? inLimits(finding.percentOfNorm, ASSESSMENT_LIMITS.percentOfNorm)
      : finding !== undefined;
  if (valid && finding) groups[group] = finding;
  else delete groups[group];
  return { ...a, strength: { ...a.strength, [side]: groups } };
}

/** A positive Trendelenburg or modified Ober sign on one side (false clears it). */
export function withSideSign(
  a: Assessment,
  test: 'trendelenburg' | 'ober',
  side: BilateralSide,
  positive: boolean,
): Assessment {
  return { ...a, [test]: { ...a[test], [side]: positive || undefined } };
}

/** The Thomas test angle on one side; NaN or out of range clears it. */
export function withThomas(a: Assessment, side: BilateralSide, degrees: number): Assessment {
  const thomasDeg = { ...a.thomasDeg };
  if (inLimits(degrees, ASSESSMENT_LIMITS.thomasDeg)) thomasDeg[side] = degrees;
  else delete thomasDeg[side];
  return { ...a, thomasDeg };
}

export function withPainSite(a: Assessment, site: PainSite, present: boolean): Assessment {
  const others = a.painSites.filter((p) => p !== site);
  return { ...a, painSites: present ? [...others, site] : others };
}

/** The activity level; anything that is not a known level clears it. */
export function withActivity(a: Assessment, level: string): Assessment {
  const { activity: _drop, ...rest } = a;
  const known = ACTIVITY_LEVELS.find((l) => l === level);
  return known ? { ...rest, activity: known as ActivityLevel } : rest;
}

/** Age in whole years; NaN or out of range clears it. */
export function withAge(a: Assessment, years: number): Assessment {
  const { ageYears: _drop, ...rest } = a;
  return inLimits(years, ASSESSMENT_LIMITS.ageYears)
    ? { ...rest, ageYears: Math.round(years) }
    : rest;
}
