/**
 * The assessment's two outside forms, read strictly: the readable object of the embed API
 * (`setAssessment`, the `Assessment` type itself) and the compact object inside a plan link.
 * Bad input gives one clear message that names the field, what was wrong and what is allowed.
 */
import type { BilateralSide } from '../anatomy';
import { BILATERAL_SIDES } from '../anatomy';
import { assessment as text } from '../messages/en/assessment';
import {
  ACTIVITY_LEVELS,
  type ActivityLevel,
  ASSESSMENT_LIMITS,
  type Assessment,
  MUSCLE_GROUPS,
  type MuscleGroup,
  OXFORD_GRADES,
  type OxfordGrade,
  PAIN_SITES,
  type PainSite,
  type StrengthFinding,
} from './assessment';

export type ParsedAssessment =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly error: string };

class AssessmentInputError extends Error {}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 30)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

function fail(field: string, value: unknown, allowed: string): never {
  throw new AssessmentInputError(text.panel.invalid(field, show(value), allowed));
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(field, value, 'an object');
  return value as Record<string, unknown>;
}

function onlyKeys(value: Record<string, unknown>, field: string, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${field}.${key}`, key, `one of ${allowed.join(', ')}`);
  }
}

function finiteIn(value: unknown, field: string, [min, max]: readonly [number, number]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    fail(field, value, `a number from ${min} to ${max}`);
  }
  return value;
}

function perSide<T>(
  value: unknown,
  field: string,
  read: (v: unknown, f: string) => T,
): Partial<Record<BilateralSide, T>> {
  if (value === undefined) return {};
  const r = record(value, field);
  onlyKeys(r, field, BILATERAL_SIDES);
  const out: Partial<Record<BilateralSide, T>> = {};
  for (const s of BILATERAL_SIDES) if (r[s] !== undefined) out[s] = read(r[s], `${field}.${s}`);
  return out;
}

function bool(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail(field, value, 'true or false');
  return value;
}

function strengthFinding(value: unknown, field: string): StrengthFinding {
  const r = record(value, field);
  if (r.kind === 'oxford') {
    onlyKeys(r, field, ['kind', 'grade']);
    if (!(OXFORD_GRADES as readonly unknown[]).includes(r.grade))
      fail(`${field}.grade`, r.grade, 'a whole number from 0 to 5');
    return { kind: 'oxford', grade: r.grade as OxfordGrade };
  }
  if (r.kind === 'dynamometer') {
    onlyKeys(r, field, ['kind', 'percentOfNorm']);
    return {
      kind: 'dynamometer',
      percentOfNorm: finiteIn(
        r.percentOfNorm,
        `${field}.percentOfNorm`,
        ASSESSMENT_LIMITS.percentOfNorm,
      ),
    };
  }
  return fail(`${field}.kind`, r.kind, '"oxford" or "dynamometer"');
}

function readAssessment(value: unknown): Assessment {
  const r = record(value, 'assessment');
  onlyKeys(r, 'assessment', [
    'strength',
    'trendelenburg',
    'thomasDeg',
    'ober',
    'painSites',
    'activity',
    'ageYears',
  ]);
  const strength = perSide(r.strength, 'assessment.strength', (v, f) => {
    const groups = record(v, f);
    onlyKeys(groups, f, MUSCLE_GROUPS);
    const out: Partial<Record<MuscleGroup, StrengthFinding>> = {};
    for (const g of MUSCLE_GROUPS)
      if (groups[g] !== undefined) out[g] = strengthFinding(groups[g], `${f}.${g}`);
    return out;
  });
  const painSites = r.painSites === undefined ? [] : r.painSites;
  if (!Array.isArray(painSites))
    fail('assessment.painSites', painSites, `a list of ${PAIN_SITES.join(', ')}`);
  for (const p of painSites) {
    if (!(PAIN_SITES as readonly unknown[]).includes(p))
      fail('assessment.painSites', p, `one of ${PAIN_SITES.join(', ')}`);
  }
  if (r.activity !== undefined && !(ACTIVITY_LEVELS as readonly unknown[]).includes(r.activity)) {
    fail('assessment.activity', r.activity, `one of ${ACTIVITY_LEVELS.join(', ')}`);
  }
  return {
    strength,
    trendelenburg: perSide(r.trendelenburg, 'assessment.trendelenburg', bool),
    thomasDeg: perSide(r.thomasDeg, 'assessment.thomasDeg', (v, f) =>
      finiteIn(v, f, ASSESSMENT_LIMITS.thomasDeg),
    ),
    ober: perSide(r.ober, 'assessment.ober', bool),
    painSites: [...new Set(painSites as PainSite[])],
    ...(r.activity !== undefined ? { activity: r.activity as ActivityLevel } : {}),
    ...(r.ageYears !== undefined
      ? {
          ageYears: Math.round(
            finiteIn(r.ageYears, 'assessment.ageYears', ASSESSMENT_LIMITS.ageYears),
          ),
        }
      : {}),
  };
}

/** Read the embed API's readable form. */
export function parseAssessment(value: unknown): ParsedAssessment {
  try {
    return { ok: true, assessment: readAssessment(value) };
  } catch (error) {
    if (error instanceof AssessmentInputError) return { ok: false, error: error.message };
    throw error;
  }
}

// --- Compact link form -------------------------------------------------------------------------
// { s: { l|r: { ab|ex|fl|er: "o3" | "d65" } }, t: "l"|"r"|"b", th: { l|r: deg }, ob: "l"|"r"|"b",
//   p: "h,lk,mk,lb", ac: "s"|"l"|"a"|"x", ag: years }. Codes are part of plan format 1: never change.
const GROUP_CODES: Readonly<Record<MuscleGroup, string>> = {
  abductors: 'ab',
  extensors: 'ex',
  flexors: 'fl',
  'external-rotators': 'er',
};
const PAIN_CODES: Readonly<Record<PainSite, string>> = {
  hip: 'h',
  'lateral-knee': 'lk',
  'medial-knee': 'mk',
  'lower-back': 'lb',
};
const ACTIVITY_CODES: Readonly<Record<ActivityLevel, string>> = {
  sedentary: 's',
  light: 'l',
  active: 'a',
  athletic: 'x',
};
const SIDE_CODE = { left: 'l', right: 'r' } as const;

function invert<K extends string>(codes: Readonly<Record<K, string>>): Map<string, K> {
  return new Map((Object.entries(codes) as [K, string][]).map(([k, c]) => [c, k]));
}

function sidesCode(v: Partial<Record<BilateralSide, boolean>>): string | undefined {
  if (v.left && v.right) return 'b';
  if (v.left) return 'l';
  if (v.right) return 'r';
  return undefined;
}

export function assessmentToCompact(a: Assessment): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const s: Record<string, Record<string, string>> = {};
  for (const side of BILATERAL_SIDES) {
    const groups = a.strength[side];
    if (!groups) continue;
    const codes: Record<string, string> = {};
    for (const g of MUSCLE_GROUPS) {
      const f = groups[g];
      if (f)
        codes[GROUP_CODES[g]] =
          f.kind === 'oxford' ? `o${f.grade}` : `d${Math.round(f.percentOfNorm)}`;
    }
    if (Object.keys(codes).length > 0) s[SIDE_CODE[side]] = codes;
  }
  if (Object.keys(s).length > 0) out.s = s;
  const t = sidesCode(a.trendelenburg);
  if (t) out.t = t;
  const th: Record<string, number> = {};
  for (const side of BILATERAL_SIDES) {
    const deg = a.thomasDeg[side];
    if (deg !== undefined) th[SIDE_CODE[side]] = deg;
  }
  if (Object.keys(th).length > 0) out.th = th;
  const ob = sidesCode(a.ober);
  if (ob) out.ob = ob;
  if (a.painSites.length > 0) out.p = a.painSites.map((p) => PAIN_CODES[p]).join(',');
  if (a.activity) out.ac = ACTIVITY_CODES[a.activity];
  if (a.ageYears !== undefined) out.ag = a.ageYears;
  return out;
}

/** Read the compact link form back into the readable form, then check it like `parseAssessment`. */
export function assessmentFromCompact(value: unknown): ParsedAssessment {
  try {
    const r = record(value, 'plan assessment');
    onlyKeys(r, 'plan assessment', ['s', 't', 'th', 'ob', 'p', 'ac', 'ag']);
    const sideOf = (code: string, field: string): BilateralSide =>
      code === 'l' ? 'left' : code === 'r' ? 'right' : fail(field, code, '"l" or "r"');
    const sides = (code: unknown, field: string): Partial<Record<BilateralSide, boolean>> => {
      if (code === undefined) return {};
      if (code === 'b') return { left: true, right: true };
      if (typeof code !== 'string') fail(field, code, '"l", "r" or "b"');
      return { [sideOf(code, field)]: true };
    };
    const groupByCode = invert(GROUP_CODES);
    const strength: Record<string, Record<string, unknown>> = {};
    if (r.s !== undefined) {
      for (const [sc, groups] of Object.entries(record(r.s, 'plan assessment.s'))) {
        const side = sideOf(sc, 'plan assessment.s');
        const out: Record<string, unknown> = {};
        for (const [gc, v] of Object.entries(record(groups, `plan assessment.s.${sc}`))) {
          const group =
            groupByCode.get(gc) ?? fail(`plan assessment.s.${sc}`, gc, 'ab, ex, fl or er');
          const m = typeof v === 'string' ? /^([od])(\d{1,3})$/.exec(v) : null;
          if (!m) fail(`plan assessment.s.${sc}.${gc}`, v, '"o0".."o5" or "d0".."d150"');
          out[group] =
            m[1] === 'o'
              ? { kind: 'oxford', grade: Number(m[2]) }
              : { kind: 'dynamometer', percentOfNorm: Number(m[2]) };
        }
        strength[side] = out;
      }
    }
    const thomasDeg: Record<string, unknown> = {};
    if (r.th !== undefined) {
      for (const [sc, v] of Object.entries(record(r.th, 'plan assessment.th')))
        thomasDeg[sideOf(sc, 'plan assessment.th')] = v;
    }
    const painByCode = invert(PAIN_CODES);
    let painSites: unknown[] = [];
    if (r.p !== undefined) {
      if (typeof r.p !== 'string')
        fail('plan assessment.p', r.p, 'codes h, lk, mk, lb joined by commas');
      painSites = r.p
        .split(',')
        .map((c) => painByCode.get(c) ?? fail('plan assessment.p', c, 'h, lk, mk or lb'));
    }
    const activity =
      r.ac === undefined
        ? undefined
        : (invert(ACTIVITY_CODES).get(String(r.ac)) ??
          fail('plan assessment.ac', r.ac, 's, l, a or x'));
    return parseAssessment({
      strength,
      trendelenburg: sides(r.t, 'plan assessment.t'),
      thomasDeg,
      ober: sides(r.ob, 'plan assessment.ob'),
      painSites,
      ...(activity ? { activity } : {}),
      ...(r.ag !== undefined ? { ageYears: r.ag } : {}),
    });
  } catch (error) {
    if (error instanceof AssessmentInputError) return { ok: false, error: error.message };
    throw error;
  }
}
