import type { MuscleId } from '../anatomy';
import type { PlacedPoint } from '../motor-points';
import { type PlacePointScoringOptions, scorePlacePoint } from './place-point-question';
import {
  type QuestionResult,
  type QuizAnswer,
  type QuizKind,
  type QuizQuestion,
  scoreChoice,
} from './quiz-question';

/**
 * A quiz as a pure state machine. Phases: `question` (waiting for an answer) → `feedback` (the
 * result is shown) → `next` → … → `summary`. The UI keeps the state and stores the per-muscle
 * progress (`progressFromResults`) when the summary is reached.
 */
export type QuizPhase = 'question' | 'feedback' | 'summary';

export interface QuizSessionState {
  readonly questions: readonly QuizQuestion[];
  readonly index: number;
  readonly phase: QuizPhase;
  /** One entry per question, null until answered or skipped. */
  readonly results: readonly (QuestionResult | null)[];
  /** Why the last action did nothing, for the UI to say so; cleared by the next action. */
  readonly notice: 'region-missing' | 'wrong-answer-kind' | null;
}

export type QuizSessionAction =
  /**
   * `target`: the scene's placed marker of a place-point question (its region scores the click).
   */
  | {
      readonly type: 'answer';
      readonly answer: QuizAnswer;
      readonly target?: Pick<PlacedPoint, 'region'>;
    }
  | { readonly type: 'next' }
  | { readonly type: 'finish' }
  | { readonly type: 'restart'; readonly questions?: readonly QuizQuestion[] };

export function createQuizSession(questions: readonly QuizQuestion[]): QuizSessionState {
  return {
    questions,
    index: 0,
    phase: questions.length > 0 ? 'question' : 'summary',
    results: questions.map(() => null),
    notice: null,
  };
}

function skipped(question: QuizQuestion): QuestionResult {
  return {
    questionId: question.id,
    questionKind: question.kind,
    muscle: question.muscle,
    points: 0,
    maxPoints: question.maxPoints,
    correct: false,
    skipped: true,
    detail: null,
  };
}

/**
 * Score an answer to a question; undefined when the answer does not fit the question.
 * @internal
 */
export function scoreAnswer(
  question: QuizQuestion,
  answer: QuizAnswer,
  target?: Pick<PlacedPoint, 'region'>,
  options: Partial<PlacePointScoringOptions> = {},
): QuestionResult | 'region-missing' | 'wrong-answer-kind' {
  if (answer.kind === 'skip') return skipped(question);
  let detail: QuestionResult['detail'];
  if (question.kind === 'place-point') {
    if (answer.kind !== 'place-point') return 'wrong-answer-kind';
    if (!target) return 'region-missing';
    detail = scorePlacePoint(question, answer.positionM, target, options);
  } else {
    if (answer.kind !== 'choice') return 'wrong-answer-kind';
    detail = scoreChoice(question, answer.optionId);
  }
  return {
    questionId: question.id,
    questionKind: question.kind,
    muscle: question.muscle,
    points: detail.points,
    maxPoints: detail.maxPoints,
    correct: detail.points === detail.maxPoints,
    skipped: false,
    detail,
  };
}

export function quizSessionReducer(
  state: QuizSessionState,
  action: QuizSessionAction,
): QuizSessionState {
  switch (action.type) {
    case 'answer': {
      const question = state.questions[state.index];
      if (state.phase !== 'question' || !question) return state;
      const result = scoreAnswer(question, action.answer, action.target);
      if (typeof result === 'string') return { ...state, notice: result };
      const results = [...state.results];
      results[state.index] = result;
      return { ...state, results, phase: 'feedback', notice: null };
    }
    case 'next': {
      if (state.phase !== 'feedback') return state;
      const index = state.index + 1;
      return index >= state.questions.length
        ? { ...state, phase: 'summary', notice: null }
        : { ...state, index, phase: 'question', notice: null };
    }
    case 'finish':
      return state.phase === 'summary' ? state : { ...state, phase: 'summary', notice: null };
    case 'restart':
      return createQuizSession(action.questions ?? state.questions);
  }
}

interface QuizTally {
  readonly asked: number;
  readonly correct: number;
  readonly points: number;
  readonly maxPoints: number;
}

export interface QuizSummary extends QuizTally {
  readonly questionCount: number;
  /** Answered or skipped. */
  readonly answered: number;
  /** Whole percent of the points of the questions answered (0 when none). */
  readonly percent: number;
  readonly perMuscle: Partial<Record<MuscleId, QuizTally>>;
  readonly perKind: Partial<Record<QuizKind, QuizTally>>;
}

function add(t: QuizTally | undefined, r: QuestionResult): QuizTally {
  return {
    asked: (t?.asked ?? 0) + 1,
    correct: (t?.correct ?? 0) + (r.correct ? 1 : 0),
    points: (t?.points ?? 0) + r.points,
    maxPoints: (t?.maxPoints ?? 0) + r.maxPoints,
  };
}

/** Score and per-muscle results of the questions answered so far (unanswered ones do not count). */
export function summarizeQuiz(state: Pick<QuizSessionState, 'questions' | 'results'>): QuizSummary {
  const perMuscle: Partial<Record<MuscleId, QuizTally>> = {};
  const perKind: Partial<Record<QuizKind, QuizTally>> = {};
  let total: QuizTally = { asked: 0, correct: 0, points: 0, maxPoints: 0 };
  for (const r of state.results) {
    if (!r) continue;
    total = add(total, r);
    perMuscle[r.muscle] = add(perMuscle[r.muscle], r);
    perKind[r.questionKind] = add(perKind[r.questionKind], r);
  }
  return {
    ...total,
    questionCount: state.questions.length,
    answered: total.asked,
    percent: total.maxPoints > 0 ? Math.round((100 * total.points) / total.maxPoints) : 0,
    perMuscle,
    perKind,
  };
}
