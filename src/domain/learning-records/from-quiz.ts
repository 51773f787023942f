import type { QuestionResult, QuizSessionState } from '../quiz';
import { summarizeQuiz } from '../quiz';
import type { LearningRecord } from './xapi';

/** The record of one answered (or skipped) question. */
export function answeredRecord(result: QuestionResult): LearningRecord {
  const detail = result.detail;
  const response =
    detail === null
      ? 'skipped'
      : detail.kind === 'choice'
        ? detail.optionId
        : `${Math.round(detail.distanceMm)} mm from the motor point region`;
  return {
    kind: 'question-answered',
    questionId: result.questionId,
    questionKind: result.questionKind,
    response,
    points: result.points,
    maxPoints: result.maxPoints,
    correct: result.correct,
  };
}

/**
 * The record of a finished round: scored against every question of the round, so a round
 * finished early scores the unanswered questions as zero.
 */
export function completedRecord(session: QuizSessionState): LearningRecord {
  const summary = summarizeQuiz(session);
  return {
    kind: 'quiz-completed',
    points: summary.points,
    maxPoints: session.questions.reduce((sum, q) => sum + q.maxPoints, 0),
    questionCount: summary.questionCount,
    answered: summary.answered,
  };
}
