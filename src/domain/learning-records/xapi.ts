/**
 * xAPI (Experience API 1.0.3) statements for what a learner did in the viewer: a quiz question
 * answered, a quiz round completed, a story completed, a session plan viewed. Pure: the host
 * supplies the actor and the activity id (the viewer never invents who the learner is), the
 * caller supplies the time, and nothing here sends anything anywhere.
 */

/** An xAPI Agent with one inverse functional identifier (mbox, mbox_sha1sum, openid or account). */
export interface XapiActor {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** What the host tells the viewer about the learner and the lesson. */
export interface LearnerContext {
  actor: XapiActor;
  /** The lesson's activity IRI, e.g. `https://school.example/courses/hip/lesson-3`. */
  activityId: string;
  /** An LMS registration (attempt) UUID, passed through unchanged. */
  registration?: string;
}

export type LearningRecord =
  | {
      kind: 'question-answered';
      questionId: string;
      questionKind: string;
      /** What the learner answered: an option id, `x,y,z` in metres, or `skipped`. */
      response: string;
      points: number;
      maxPoints: number;
      correct: boolean;
    }
  | {
      kind: 'quiz-completed';
      points: number;
      maxPoints: number;
      questionCount: number;
      answered: number;
    }
  | { kind: 'story-completed'; storyId: string; title: string }
  | { kind: 'plan-viewed'; pointCount: number };

interface XapiScore {
  raw: number;
  min: number;
  max: number;
  /** raw / max, from 0 to 1. */
  scaled: number;
}

export interface XapiStatement {
  actor: XapiActor;
  verb: { id: string; display: { 'en-US': string } };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: { 'en-US': string }; interactionType?: 'choice' | 'other' };
  };
  result?: {
    score?: XapiScore;
    success?: boolean;
    completion?: boolean;
    response?: string;
  };
  context: {
    registration?: string;
    contextActivities: { parent: { objectType: 'Activity'; id: string }[] };
  };
  timestamp: string;
}

const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
} as const;

const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isAbsoluteIri(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'urn:';
  } catch {
    return false;
  }
}

function score(points: number, maxPoints: number): XapiScore {
  const scaled = maxPoints > 0 ? Math.round((points / maxPoints) * 10_000) / 10_000 : 0;
  return { raw: points, min: 0, max: maxPoints, scaled };
}

/** A sub-activity of the host's lesson: its id extends the host's IRI, never replaces it. */
function childId(activityId: string, ...parts: string[]): string {
  const base = activityId.replace(/\/+$/, '');
  return `${base}/${parts.map(encodeURIComponent).join('/')}`;
}

/** The statement for one record, or null when the host has given no learner. */
export function buildStatement(
  record: LearningRecord,
  learner: LearnerContext | null,
  now: Date,
): XapiStatement | null {
  if (!learner) return null;
  const context: XapiStatement['context'] = {
    ...(learner.registration ? { registration: learner.registration } : {}),
    contextActivities: { parent: [{ objectType: 'Activity', id: learner.activityId }] },
  };
  const base = { actor: learner.actor, context, timestamp: now.toISOString() };
  switch (record.kind) {
    case 'question-answered':
      return {
        ...base,
        verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
        object: {
          objectType: 'Activity',
          id: childId(learner.activityId, 'quiz', record.questionId),
          definition: {
            type: ACTIVITY_TYPES.interaction,
            name: { 'en-US': `Quiz question (${record.questionKind})` },
            interactionType: record.questionKind === 'place-point' ? 'other' : 'choice',
          },
        },
        result: {
          score: score(record.points, record.maxPoints),
          success: record.correct,
          completion: true,
          response: record.response,
        },
      };
    case 'quiz-completed':
      return {
        ...base,
        verb: { id: VERBS.completed, display: { 'en-US': 'completed' } },
        object: {
          objectType: 'Activity',
          id: childId(learner.activityId, 'quiz'),
          definition: {
            type: ACTIVITY_TYPES.assessment,
            name: { 'en-US': `Hip quiz round (${record.questionCount} questions)` },
          },
        },
        result: {
          score: score(record.points, record.maxPoints),
          completion: record.answered === record.questionCount,
        },
      };
    case 'story-completed':
      return {
        ...base,
        verb: { id: VERBS.completed, display: { 'en-US': 'completed' } },
        object: {
          objectType: 'Activity',
          id: childId(learner.activityId, 'story', record.storyId),
          definition: { type: ACTIVITY_TYPES.module, name: { 'en-US': record.title } },
        },
        result: { completion: true },
      };
    case 'plan-viewed':
      return {
        ...base,
        verb: { id: VERBS.experienced, display: { 'en-US': 'experienced' } },
        object: {
          objectType: 'Activity',
          id: childId(learner.activityId, 'session-plan'),
          definition: {
            type: ACTIVITY_TYPES.lesson,
            name: { 'en-US': `Session plan (${record.pointCount} points)` },
          },
        },
      };
  }
}

/** Why a learner context is unusable, or null when it is fine (messages for the embed error). */
export function learnerProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'args to be { actor, activityId }';
  const { actor, activityId, registration } = value as Record<string, unknown>;
  if (!isAbsoluteIri(activityId)) {
    return 'args.activityId to be an absolute IRI such as "https://school.example/course/hip/lesson-3"';
  }
  if (
    registration !== undefined &&
    (typeof registration !== 'string' || !UUID.test(registration))
  ) {
    return 'args.registration to be a UUID (the LMS attempt), or left out';
  }
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) {
    return 'args.actor to be an xAPI Agent such as { mbox: "mailto:learner@school.example" }';
  }
  const a = actor as Record<string, unknown>;
  const allowed = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
  const extra = Object.keys(a).find((key) => !allowed.includes(key));
  if (extra) return `args.actor to have only ${allowed.join(', ')} (not "${extra}")`;
  if (a.objectType !== undefined && a.objectType !== 'Agent') {
    return 'args.actor.objectType to be "Agent" or left out';
  }
  if (a.name !== undefined && (typeof a.name !== 'string' || a.name.length > 200)) {
    return 'args.actor.name to be a string of at most 200 characters';
  }
  const ids = [
    typeof a.mbox === 'string' && /^mailto:[^@\s]+@[^@\s]+$/.test(a.mbox),
    typeof a.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/i.test(a.mbox_sha1sum),
    isAbsoluteIri(a.openid),
    typeof a.account === 'object' &&
      a.account !== null &&
      isAbsoluteIri((a.account as Record<string, unknown>).homePage) &&
      typeof (a.account as Record<string, unknown>).name === 'string' &&
      ((a.account as Record<string, unknown>).name as string).length > 0,
  ];
  const present = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a[k] !== undefined);
  if (present.length !== 1 || !ids.some(Boolean)) {
    return 'args.actor to have exactly one valid identifier: mbox ("mailto:…"), mbox_sha1sum, openid (IRI) or account ({ homePage: IRI, name })';
  }
  return null;
}
