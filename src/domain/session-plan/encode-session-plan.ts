/**
 * The session plan's link form: `1.<base64url of a JSON array>`, where `1` is the format version
 * and the array is `[points, note, patientLabel?, created?, assessment?, exercises?]` (the last two
 * added later: the assessment in its compact object form, exercises as link codes joined by
 * commas; older links without them still read). Points are written compactly, each
 * as `<muscle code>-<rest of the record id>.<l|r|b>` (b: both sides), joined by commas, e.g.
 * `gmed-posterior.b,pir-nerve-entry.l`. The muscle codes are part of format version 1: never
 * change one; add new muscles with new codes.
 */
import { BILATERAL_SIDES, type BilateralSide, type MuscleId } from '../anatomy';
import { assessmentFromCompact, assessmentToCompact, isAssessmentEmpty } from '../assessment';
import { type ExerciseId, exerciseByCode, findExercise, isExerciseId } from '../exercises';
import { assessment as assessmentText } from '../messages/en/assessment';
import { learning } from '../messages/en/learning';
import { MOTOR_POINTS } from '../motor-points';
import { type PointKey, serializeViewState, type ViewState } from '../view-state';
import { SESSION_PLAN_DATE, SESSION_PLAN_LIMITS, type SessionPlan } from './session-plan';
import { decodeBase64Url, encodeBase64Url } from './url-safe-text';

const SESSION_PLAN_FORMAT_VERSION = '1';

/**
 * Format version 1 muscle codes.
 * @internal
 */
export const MUSCLE_CODES: Readonly<Record<MuscleId, string>> = {
  'gluteus-maximus': 'gmax',
  'gluteus-medius': 'gmed',
  'gluteus-minimus': 'gmin',
  'tensor-fasciae-latae': 'tfl',
  piriformis: 'pir',
  'psoas-major': 'pso',
  iliacus: 'ili',
};

const SIDE_CODES = { left: 'l', right: 'r' } as const satisfies Record<BilateralSide, string>;
const RECORDS = new Map(MOTOR_POINTS.map((r) => [r.id, r]));
const MUSCLE_BY_CODE = new Map(
  (Object.entries(MUSCLE_CODES) as [MuscleId, string][]).map(([id, code]) => [code, id]),
);

/** @internal */
export class SessionPlanError extends Error {
  override readonly name = 'SessionPlanError';
}

export type DecodedSessionPlan =
  | {
      readonly ok: true;
      readonly plan: SessionPlan;
      /** Things the link asked for that were left out (points this version does not know). */
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

function splitPointKey(key: string): { recordId: string; side: BilateralSide } | undefined {
  const at = key.lastIndexOf(':');
  const side = key.slice(at + 1);
  const recordId = key.slice(0, at);
  if (at < 0 || !(BILATERAL_SIDES as readonly string[]).includes(side) || !RECORDS.has(recordId)) {
    return undefined;
  }
  return { recordId, side: side as BilateralSide };
}

/** Problems that stop a plan from being shared (empty when it is fine). */
export function checkSessionPlan(plan: SessionPlan): string[] {
  const e = learning.plan.errors;
  const problems: string[] = [];
  const points = new Set(plan.points);
  if (points.size > SESSION_PLAN_LIMITS.maxPoints) {
    problems.push(e.tooManyPoints(points.size, SESSION_PLAN_LIMITS.maxPoints));
  }
  const unknown = [...points].filter((k) => !splitPointKey(k));
  if (unknown.length > 0) problems.push(e.unknownPoints(unknown));
  const note = plan.note.trim();
  if (note.length > SESSION_PLAN_LIMITS.maxNoteChars) {
    problems.push(e.noteTooLong(note.length, SESSION_PLAN_LIMITS.maxNoteChars));
  }
  const label = plan.patientLabel?.trim() ?? '';
  if (label.length > SESSION_PLAN_LIMITS.maxLabelChars) {
    problems.push(e.labelTooLong(label.length, SESSION_PLAN_LIMITS.maxLabelChars));
  }
  if (plan.created !== undefined && !SESSION_PLAN_DATE.test(plan.created)) {
    problems.push(e.badDate(plan.created));
  }
  const exercises = plan.exercises ?? [];
  const unknownExercises = exercises.filter((id) => !isExerciseId(id));
  if (unknownExercises.length > 0)
    problems.push(assessmentText.embed.badExercises(unknownExercises));
  if (new Set(exercises).size > SESSION_PLAN_LIMITS.maxExercises) {
    problems.push(
      assessmentText.embed.tooManyExercises(
        new Set(exercises).size,
        SESSION_PLAN_LIMITS.maxExercises,
      ),
    );
  }
  return problems;
}

function encodePoints(points: readonly PointKey[]): string {
  const sides = new Map<string, Set<BilateralSide>>();
  for (const key of points) {
    const parsed = splitPointKey(key);
    if (!parsed) continue;
    sides.set(parsed.recordId, (sides.get(parsed.recordId) ?? new Set()).add(parsed.side));
  }
  return [...sides]
    .map(([recordId, set]) => {
      const record = RECORDS.get(recordId)!;
      const rest = recordId.slice(record.muscle.length + 1);
      const side = set.size === 2 ? 'b' : SIDE_CODES[[...set][0] as BilateralSide];
      return `${MUSCLE_CODES[record.muscle]}-${rest}.${side}`;
    })
    .join(',');
}

/**
 * The plan as a compact, URL-safe, versioned string. Points keep their order, except that both
 * sides of a record are written once, at its first mention (and read back left, then right);
 * duplicates go. Throws `SessionPlanError` with
 * the problems of `checkSessionPlan` when the plan breaks a limit: check before offering "share".
 */
export function encodeSessionPlan(plan: SessionPlan): string {
  const problems = checkSessionPlan(plan);
  if (problems.length > 0) throw new SessionPlanError(problems.join(' '));
  const text: string[] = [encodePoints(plan.points), plan.note.trim()];
  const fields: unknown[] = [...text];
  const label = plan.patientLabel?.trim() ?? '';
  const assessment =
    plan.assessment && !isAssessmentEmpty(plan.assessment) ? plan.assessment : null;
  const exercises = [...new Set(plan.exercises ?? [])];
  const more = assessment !== null || exercises.length > 0;
  if (label || plan.created || more) fields.push(label);
  if (plan.created || more) fields.push(plan.created ?? '');
  if (more) fields.push(assessment ? assessmentToCompact(assessment) : {});
  if (exercises.length > 0) fields.push(exercises.map((id) => findExercise(id).code).join(','));
  return `${SESSION_PLAN_FORMAT_VERSION}.${encodeBase64Url(JSON.stringify(fields))}`;
}

function decodePoints(text: string): { points: PointKey[]; unknown: string[] } | undefined {
  const points: PointKey[] = [];
  const unknown: string[] = [];
  if (text === '') return { points, unknown };
  for (const item of text.split(',')) {
    const match = /^([a-z]+)-([a-z0-9-]+)\.([lrb])$/.exec(item);
    if (!match) return undefined;
    const [, code = '', rest = '', side = ''] = match;
    const muscle = MUSCLE_BY_CODE.get(code);
    const recordId = muscle ? `${muscle}-${rest}` : '';
    if (!muscle || !RECORDS.has(recordId)) {
      unknown.push(item);
      continue;
    }
    const sides: BilateralSide[] =
      side === 'b' ? ['left', 'right'] : [side === 'l' ? 'left' : 'right'];
    for (const s of sides) points.push(`${recordId}:${s}`);
  }
  return { points: [...new Set(points)], unknown };
}

/**
 * Read an encoded plan (the `plan` URL parameter). Never throws: a broken, truncated, foreign or
 * oversized value gives a readable error; points this version does not know are left out with a
 * notice; everything else is checked against the plan's limits.
 */
export function decodeSessionPlan(text: string): DecodedSessionPlan {
  const e = learning.plan.errors;
  const value = text.trim();
  if (value === '') return { ok: false, error: e.empty };
  if (value.length > SESSION_PLAN_LIMITS.maxEncodedChars) {
    return { ok: false, error: e.tooLong(value.length, SESSION_PLAN_LIMITS.maxEncodedChars) };
  }
  const dot = value.indexOf('.');
  if (dot < 1) return { ok: false, error: e.badFormat };
  const version = value.slice(0, dot);
  if (version !== SESSION_PLAN_FORMAT_VERSION) {
    return {
      ok: false,
      error: /^\d{1,4}$/.test(version) ? e.unknownVersion(version) : e.badFormat,
    };
  }
  const json = decodeBase64Url(value.slice(dot + 1));
  if (json === undefined) return { ok: false, error: e.badFormat };
  let fields: unknown;
  try {
    fields = JSON.parse(json);
  } catch {
    return { ok: false, error: e.badFormat };
  }
  if (
    !Array.isArray(fields) ||
    fields.length < 2 ||
    fields.length > 6 ||
    !fields.slice(0, 4).every((f) => typeof f === 'string') ||
    (fields.length > 5 && typeof fields[5] !== 'string')
  ) {
    return { ok: false, error: e.badFormat };
  }
  const [pointText = '', note = '', label = '', created = ''] = fields.slice(0, 4) as string[];
  const decoded = decodePoints(pointText);
  if (!decoded) return { ok: false, error: e.badPoints(pointText) };
  const assessment = fields.length > 4 ? assessmentFromCompact(fields[4]) : null;
  if (assessment && !assessment.ok) return { ok: false, error: assessment.error };
  const exerciseCodes =
    fields.length > 5 && fields[5] !== '' ? (fields[5] as string).split(',') : [];
  const exercises: ExerciseId[] = [];
  const unknownExercises: string[] = [];
  for (const code of exerciseCodes) {
    const exercise = exerciseByCode(code);
    if (exercise) exercises.push(exercise.id);
    else unknownExercises.push(code);
  }
  const plan: SessionPlan = {
    points: decoded.points,
    note,
    ...(label ? { patientLabel: label } : {}),
    ...(created ? { created } : {}),
    ...(assessment?.ok && !isAssessmentEmpty(assessment.assessment)
      ? { assessment: assessment.assessment }
      : {}),
    ...(exercises.length > 0 ? { exercises: [...new Set(exercises)] } : {}),
  };
  const problems = checkSessionPlan(plan);
  if (problems.length > 0) return { ok: false, error: problems.join(' ') };
  return {
    ok: true,
    plan,
    notices: [
      ...(decoded.unknown.length > 0 ? [e.unknownPoints(decoded.unknown)] : []),
      ...(unknownExercises.length > 0 ? [assessmentText.embed.badExercises(unknownExercises)] : []),
    ],
  };
}

export interface SessionPlanLinkOptions {
  /** The view the patient should see (selection, camera, layers, …); default: the default view. */
  readonly view: ViewState | null;
  /** Open the link in patient mode. */
  readonly patientMode: boolean;
}

const SESSION_PLAN_LINK_DEFAULTS: SessionPlanLinkOptions = { view: null, patientMode: true };

/**
 * The link that carries the plan: the app's address, the view's parameters (in patient mode by
 * default, with the plan's first point selected when the view selects none) and, in the
 * fragment, `#plan=`: a fragment is never sent to a server nor in a `Referer`, so the patient's
 * label and note stay in the browser. Throws `SessionPlanError` like `encodeSessionPlan`.
 */
export function sessionPlanLink(
  appUrl: string,
  plan: SessionPlan,
  options: Partial<SessionPlanLinkOptions> = {},
): string {
  const opts = { ...SESSION_PLAN_LINK_DEFAULTS, ...options };
  const encoded = encodeSessionPlan(plan);
  const url = new URL(appUrl);
  let params = new URLSearchParams();
  if (opts.view) {
    const view = structuredClone(opts.view);
    if (opts.patientMode) view.mode = 'patient';
    if (!view.point && plan.points[0]) view.point = plan.points[0];
    params = serializeViewState(view);
  } else {
    if (opts.patientMode) params.set('mode', 'patient');
    if (plan.points[0]) params.set('point', plan.points[0]);
  }
  url.search = params.toString();
  url.hash = new URLSearchParams([[PLAN_PARAM, encoded]]).toString();
  return url.toString();
}

const PLAN_PARAM = 'plan';

/**
 * The `plan` value of a link: from the fragment (`#plan=`, what links carry now) or, for links
 * made before, from the query (`?plan=`). Null when there is none.
 */
function planParamOf(search: string, hash: string): string | null {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get(PLAN_PARAM);
  return fromHash ?? new URLSearchParams(search).get(PLAN_PARAM);
}

/** The plan of a link's query and fragment, or null when the link carries none. */
export function sessionPlanFromLocation(search: string, hash: string): DecodedSessionPlan | null {
  const value = planParamOf(search, hash);
  return value === null ? null : decodeSessionPlan(value);
}

/**
 * The address without a plan in its query: an old `?plan=` link is rewritten to the fragment
 * form once read, so the plan is not sent again (reloads, bookmarks, Referer). Null when the
 * query holds no plan.
 */
export function movePlanToFragment(
  search: string,
  hash: string,
): { search: string; hash: string } | null {
  const query = new URLSearchParams(search);
  const value = query.get(PLAN_PARAM);
  if (value === null) return null;
  query.delete(PLAN_PARAM);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  if (!fragment.has(PLAN_PARAM)) fragment.set(PLAN_PARAM, value);
  const nextSearch = query.toString();
  return { search: nextSearch ? `?${nextSearch}` : '', hash: `#${fragment.toString()}` };
}

/**
 * The plan in a link's query string (`?…&plan=…`), or null when the link carries none.
 * @internal
 */
export function sessionPlanFromSearch(search: string | URLSearchParams): DecodedSessionPlan | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get('plan');
  return value === null ? null : decodeSessionPlan(value);
}

/**
 * The QR code's content is the link itself (the UI renders it with `uqr`). Refuses links too long
 * for a QR code a phone can read.
 */
export function sessionPlanQrText(
  link: string,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string } {
  if (link.length > SESSION_PLAN_LIMITS.maxQrChars) {
    return {
      ok: false,
      error: learning.plan.errors.linkTooLongForQr(link.length, SESSION_PLAN_LIMITS.maxQrChars),
    };
  }
  return { ok: true, text: link };
}
