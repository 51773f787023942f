import { learning } from '../messages/en/learning';
import { PASS_THROUGH_PARAMS, parseViewParams } from '../view-state';
import { STORY_LIMITS } from './story';

/**
 * View settings a story step cannot set: the viewer's mode belongs to whoever is watching
 * (a patient stays in patient mode), and the pass-through parameters (model, story, plan, …)
 * belong to other parts of the app.
 */
export const STORY_VIEW_FORBIDDEN_PARAMS: ReadonlySet<string> = new Set([
  'mode',
  ...PASS_THROUGH_PARAMS,
]);

/** A step's view settings as a story author may write them. */
export type StoryViewInput =
  | string
  | { readonly [param: string]: string | number | boolean | readonly string[] };

interface StoryViewProblem {
  /** `view` or `view.<param>`. */
  readonly field: string;
  readonly problem: string;
}

export type StoryViewQuery =
  | { readonly ok: true; readonly query: string }
  | { readonly ok: false; readonly problems: readonly StoryViewProblem[] };

function toParams(input: unknown): URLSearchParams | StoryViewProblem[] {
  const t = learning.storyErrors;
  if (typeof input === 'string') {
    if (input.length > STORY_LIMITS.maxViewChars) {
      return [{ field: 'view', problem: t.tooLong(input.length, STORY_LIMITS.maxViewChars) }];
    }
    return new URLSearchParams(input.startsWith('?') ? input.slice(1) : input);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field: 'view', problem: t.badViewType }];
  }
  const entries = Object.entries(input);
  if (entries.length > STORY_LIMITS.maxViewSettings) {
    return [
      { field: 'view', problem: t.tooManyItems(entries.length, STORY_LIMITS.maxViewSettings) },
    ];
  }
  const params = new URLSearchParams();
  const problems: StoryViewProblem[] = [];
  for (const [param, value] of entries) {
    if (typeof value === 'string') params.append(param, value);
    else if (typeof value === 'number' && Number.isFinite(value))
      params.append(param, String(value));
    else if (typeof value === 'boolean') params.append(param, value ? '1' : '0');
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      params.append(param, value.join(','));
    else problems.push({ field: `view.${param}`, problem: t.badViewValue(param) });
  }
  const length = params.toString().length;
  if (length > STORY_LIMITS.maxViewChars) {
    problems.push({ field: 'view', problem: t.tooLong(length, STORY_LIMITS.maxViewChars) });
  }
  return problems.length > 0 ? problems : params;
}

/**
 * Check a step's view settings with the view-state parser and return them as a query string in
 * the view-state URL form. Every setting the parser would ignore, and every setting a story may
 * not change (`mode`, pass-through parameters), is a problem named by its parameter.
 */
export function storyViewQuery(input: unknown): StoryViewQuery {
  const t = learning.storyErrors;
  const params = toParams(input);
  if (Array.isArray(params)) return { ok: false, problems: params };
  const keys = [...params.keys()];
  if (keys.length > STORY_LIMITS.maxViewSettings) {
    return {
      ok: false,
      problems: [
        { field: 'view', problem: t.tooManyItems(keys.length, STORY_LIMITS.maxViewSettings) },
      ],
    };
  }
  const problems: StoryViewProblem[] = [];
  const allowed = new URLSearchParams();
  for (const [param, value] of params) {
    if (STORY_VIEW_FORBIDDEN_PARAMS.has(param)) {
      problems.push({ field: `view.${param}`, problem: t.viewNotAllowed(param) });
    } else {
      allowed.append(param, value);
    }
  }
  for (const notice of parseViewParams(allowed).notices) {
    const field = `view.${notice.param}`;
    if (notice.problem === 'unknown-parameter') {
      problems.push({ field, problem: t.viewUnknownParameter(notice.param) });
    } else if (notice.problem === 'unknown-name') {
      problems.push({
        field,
        problem: t.viewUnknownName(notice.param, notice.detail ?? notice.value),
      });
    } else {
      problems.push({
        field,
        problem: t.viewMalformed(notice.param, notice.detail ?? notice.value),
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, query: allowed.toString() };
}
