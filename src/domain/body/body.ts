import { MECHANICS_INPUT_RANGES } from '../mechanics';
import { REFERENCE_HEIGHT_M, REFERENCE_MASS_KG } from '../mechanics/parameters';

/**
 * The patient's body as the clinician enters it. Height and mass are the same numbers the
 * mechanics model takes (one reference person for both: 1.75 m, 70 kg, male).
 */
export const BODY_SEXES = ['female', 'male'] as const;
export type BodySex = (typeof BODY_SEXES)[number];

export interface Body {
  sex: BodySex;
  heightM: number;
  massKg: number;
}

/**
 * The body the generated model is built for: the mechanics reference person. Its subcutaneous
 * fat is the Gibney 2010 site mean (buttock 15.4 mm, thigh 10.4 mm) and its muscles the
 * Handsfield 2014 regression at this height and mass.
 */
export const REFERENCE_BODY: Readonly<Body> = Object.freeze({
  sex: 'male',
  heightM: REFERENCE_HEIGHT_M,
  massKg: REFERENCE_MASS_KG,
});

/**
 * Accepted ranges. Height and mass are the mechanics input ranges (so the two share one pair of
 * fields); the body mass index is bounded by the cohort the fat figures come from (Gibney 2010:
 * BMI 19–65) with a little room below, because the fat model is a straight line fitted there.
 */
export const BODY_RANGES = Object.freeze({
  heightM: MECHANICS_INPUT_RANGES.heightM,
  massKg: MECHANICS_INPUT_RANGES.bodyMassKg,
  bmi: [15, 65],
} as const satisfies Record<string, readonly [number, number]>);

export function isBodySex(value: unknown): value is BodySex {
  return typeof value === 'string' && (BODY_SEXES as readonly string[]).includes(value);
}

/** Body mass index (kg/m²). */
export function bodyMassIndex(body: Pick<Body, 'heightM' | 'massKg'>): number {
  return body.massKg / (body.heightM * body.heightM);
}

export type BodyProblem =
  | { field: 'sex'; problem: 'unknown-sex'; value: string }
  | { field: 'heightM' | 'massKg'; problem: 'not-a-number' | 'out-of-range'; value: string }
  | { field: 'bmi'; problem: 'out-of-range'; value: string };

export type BodyCheck = { ok: true; body: Body } | { ok: false; problems: BodyProblem[] };

function inRange(n: number, [min, max]: readonly [number, number]): boolean {
  return Number.isFinite(n) && n >= min && n <= max;
}

/**
 * Check a body from an untrusted source (a link, an embed message, a form). Every field is
 * checked, so one answer names every problem.
 */
export function checkBody(input: { sex: unknown; heightM: unknown; massKg: unknown }): BodyCheck {
  const problems: BodyProblem[] = [];
  if (!isBodySex(input.sex))
    problems.push({ field: 'sex', problem: 'unknown-sex', value: String(input.sex) });
  for (const field of ['heightM', 'massKg'] as const) {
    const value = input[field];
    if (typeof value !== 'number' || !Number.isFinite(value))
      problems.push({ field, problem: 'not-a-number', value: String(value) });
    else if (!inRange(value, BODY_RANGES[field]))
      problems.push({ field, problem: 'out-of-range', value: String(value) });
  }
  if (problems.length > 0) return { ok: false, problems };
  const body: Body = {
    sex: input.sex as BodySex,
    heightM: input.heightM as number,
    massKg: input.massKg as number,
  };
  const bmi = bodyMassIndex(body);
  if (!inRange(bmi, BODY_RANGES.bmi))
    return {
      ok: false,
      problems: [{ field: 'bmi', problem: 'out-of-range', value: bmi.toFixed(1) }],
    };
  return { ok: true, body };
}
