import { BODY_RANGES, type Body, type BodyProblem, type BodySex, checkBody } from '../body';
import { body as text } from '../messages/en/body';
import type { ViewState } from './view-state';

/**
 * The `body=` URL parameter: sex, height (m) and mass (kg), as `body=f,1.65,90`. Strict: two
 * letters, two plain decimal numbers in range, and a body mass index the fat figures cover.
 */
const SEX_LETTERS: Record<string, BodySex> = { f: 'female', m: 'male' };
const LETTER_OF: Record<BodySex, string> = { female: 'f', male: 'm' };
const DECIMAL = /^\d+(\.\d+)?$/;

export type BodyParamResult =
  | { ok: true; body: Body }
  | { ok: false; problems: BodyProblem[] | 'shape' };

export function parseBodyParam(value: string): BodyParamResult {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length !== 3) return { ok: false, problems: 'shape' };
  const [letter = '', height = '', mass = ''] = parts;
  const number = (text: string) => (DECIMAL.test(text) ? Number(text) : Number.NaN);
  // Only the letters: "female" in place of "f" is a malformed link, not a synonym.
  const checked = checkBody({
    sex: Object.hasOwn(SEX_LETTERS, letter) ? SEX_LETTERS[letter] : `"${letter}"`,
    heightM: number(height),
    massKg: number(mass),
  });
  return checked.ok ? checked : { ok: false, problems: checked.problems };
}

export function formatBodyParam(body: Body): string {
  return `${LETTER_OF[body.sex]},${body.heightM},${body.massKg}`;
}

/**
 * The body the model is fitted to in this view, or null for the reference body. A height and
 * mass outside the fitting ranges (the mechanics accepts wider ones) fit nothing: the model
 * stays the reference body until they are back in range.
 */
export function fittedBody(state: Pick<ViewState, 'bodySex' | 'dysfunction'>): Body | null {
  if (!state.bodySex) return null;
  const checked = checkBody({
    sex: state.bodySex,
    heightM: state.dysfunction.heightM,
    massKg: state.dysfunction.bodyMassKg,
  });
  return checked.ok ? checked.body : null;
}

/** A readable sentence for a `body=` value that was refused (from the message catalogue). */
export function describeBodyParamProblems(
  value: string,
  problems: BodyProblem[] | 'shape',
): string {
  const p = text.problems;
  const r = BODY_RANGES;
  const parts =
    problems === 'shape'
      ? [p.shape]
      : problems.map((problem) => {
          switch (problem.field) {
            case 'sex':
              return p.sex;
            case 'heightM':
              return p.heightM(r.heightM[0], r.heightM[1]);
            case 'massKg':
              return p.massKg(r.massKg[0], r.massKg[1]);
            default:
              return p.bmi(problem.value, r.bmi[0], r.bmi[1]);
          }
        });
  return text.badLink(value, parts);
}
