import { isMuscleId, MUSCLE_IDS, type MuscleId } from '../anatomy';
import { learning } from '../messages/en/learning';
import type { QuizSummary } from './quiz-session';

/**
 * Quiz progress per muscle, kept in the browser by the UI (this module only turns it into text
 * and back). A stored value that cannot be read is ignored with a reason, never trusted.
 */
const QUIZ_PROGRESS_VERSION = 1;
/** A suggested storage key for the UI. */
export const QUIZ_PROGRESS_STORAGE_KEY = 'hip-motor-points.quiz-progress';
const QUIZ_PROGRESS_LIMITS = { maxChars: 20_000, maxCount: 1_000_000 } as const;

interface MuscleProgress {
  readonly attempts: number;
  readonly correct: number;
  readonly points: number;
  readonly maxPoints: number;
  /** `YYYY-MM-DD` of the last quiz with this muscle, or null. */
  readonly lastPlayedOn: string | null;
}

export interface QuizProgress {
  readonly version: typeof QUIZ_PROGRESS_VERSION;
  readonly muscles: Partial<Record<MuscleId, MuscleProgress>>;
}

export type ParsedProgress =
  | { readonly ok: true; readonly progress: QuizProgress }
  | { readonly ok: false; readonly progress: QuizProgress; readonly reason: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** @internal */
export function emptyProgress(): QuizProgress {
  return { version: QUIZ_PROGRESS_VERSION, muscles: {} };
}

/** The progress one finished (or abandoned) quiz adds; `playedOn` is `YYYY-MM-DD`. */
export function progressFromSummary(summary: QuizSummary, playedOn: string | null): QuizProgress {
  const muscles: Partial<Record<MuscleId, MuscleProgress>> = {};
  for (const id of MUSCLE_IDS) {
    const t = summary.perMuscle[id];
    if (!t) continue;
    muscles[id] = {
      attempts: t.asked,
      correct: t.correct,
      points: t.points,
      maxPoints: t.maxPoints,
      lastPlayedOn: playedOn && DATE.test(playedOn) ? playedOn : null,
    };
  }
  return { version: QUIZ_PROGRESS_VERSION, muscles };
}

function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** Add two progress records (counts add up; the later date wins). */
export function mergeProgress(a: QuizProgress, b: QuizProgress): QuizProgress {
  const muscles: Partial<Record<MuscleId, MuscleProgress>> = {};
  for (const id of MUSCLE_IDS) {
    const x = a.muscles[id];
    const y = b.muscles[id];
    if (!x && !y) continue;
    if (!x || !y) {
      muscles[id] = { ...(x ?? y)! };
      continue;
    }
    muscles[id] = {
      attempts: x.attempts + y.attempts,
      correct: x.correct + y.correct,
      points: x.points + y.points,
      maxPoints: x.maxPoints + y.maxPoints,
      lastPlayedOn: laterDate(x.lastPlayedOn, y.lastPlayedOn),
    };
  }
  return { version: QUIZ_PROGRESS_VERSION, muscles };
}

/**
 * Share of points won for a muscle, 0..1, or null when it was never asked.
 * @internal
 */
export function muscleMastery(progress: QuizProgress, muscle: MuscleId): number | null {
  const m = progress.muscles[muscle];
  return m && m.maxPoints > 0 ? m.points / m.maxPoints : null;
}

export function serializeProgress(progress: QuizProgress): string {
  const muscles: Record<string, MuscleProgress> = {};
  for (const id of MUSCLE_IDS) {
    const m = progress.muscles[id];
    if (m) muscles[id] = m;
  }
  return JSON.stringify({ version: QUIZ_PROGRESS_VERSION, muscles });
}

function isCount(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= QUIZ_PROGRESS_LIMITS.maxCount
  );
}

function readEntry(id: string, value: unknown): MuscleProgress | string {
  const e = learning.quiz.progressErrors;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return e.badEntry(id, 'entry');
  const v = value as Record<string, unknown>;
  const get = (key: string) => (Object.hasOwn(v, key) ? v[key] : undefined);
  for (const key of ['attempts', 'correct', 'points', 'maxPoints']) {
    if (!isCount(get(key))) return e.badEntry(id, key);
  }
  const attempts = get('attempts') as number;
  const correct = get('correct') as number;
  const points = get('points') as number;
  const maxPoints = get('maxPoints') as number;
  if (correct > attempts) return e.badEntry(id, 'correct');
  if (points > maxPoints) return e.badEntry(id, 'points');
  const date = get('lastPlayedOn');
  if (date !== null && date !== undefined && !(typeof date === 'string' && DATE.test(date))) {
    return e.badEntry(id, 'lastPlayedOn');
  }
  return {
    attempts,
    correct,
    points,
    maxPoints,
    lastPlayedOn: (date as string | null | undefined) ?? null,
  };
}

/**
 * Read stored progress. Missing storage (null/undefined/"") is simply empty progress. Anything
 * malformed gives empty progress with `ok: false` and a reason the UI can show once.
 */
export function parseProgress(text: string | null | undefined): ParsedProgress {
  const e = learning.quiz.progressErrors;
  const fail = (reason: string): ParsedProgress => ({
    ok: false,
    progress: emptyProgress(),
    reason,
  });
  if (text === null || text === undefined || text === '')
    return { ok: true, progress: emptyProgress() };
  if (text.length > QUIZ_PROGRESS_LIMITS.maxChars) {
    return fail(e.tooLarge(text.length, QUIZ_PROGRESS_LIMITS.maxChars));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(e.notJson);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(e.badShape);
  const record = json as Record<string, unknown>;
  const version = Object.hasOwn(record, 'version') ? record.version : undefined;
  const rawMuscles = Object.hasOwn(record, 'muscles') ? record.muscles : undefined;
  if (
    version === undefined ||
    typeof rawMuscles !== 'object' ||
    rawMuscles === null ||
    Array.isArray(rawMuscles)
  ) {
    return fail(e.badShape);
  }
  if (version !== QUIZ_PROGRESS_VERSION) return fail(e.badVersion(String(version)));
  const muscles: Partial<Record<MuscleId, MuscleProgress>> = {};
  for (const [id, value] of Object.entries(rawMuscles)) {
    if (!isMuscleId(id)) return fail(e.badMuscle(id));
    const entry = readEntry(id, value);
    if (typeof entry === 'string') return fail(entry);
    muscles[id] = entry;
  }
  return { ok: true, progress: { version: QUIZ_PROGRESS_VERSION, muscles } };
}
