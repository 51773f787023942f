import { learning } from '../messages/en/learning';
import type { QuestionResult, QuizQuestion } from './quiz-question';
import { quizPrompt } from './quiz-view';

/** One line of the end-of-round review: the question, the learner's answer, the right one. */
export interface QuizReviewRow {
  readonly number: number;
  readonly prompt: string;
  readonly yourAnswer: string;
  /** Null when the learner's answer was fully right. */
  readonly rightAnswer: string | null;
  readonly points: number;
  readonly maxPoints: number;
}

function optionLabel(question: QuizQuestion, optionId: string): string {
  if (question.kind === 'place-point') return '';
  return question.options.find((option) => option.id === optionId)?.label ?? optionId;
}

/**
 * The review shown after a round: for each question where the learner answered (or clicked,
 * and how far from the evidence region), and what the right answer was.
 */
export function reviewQuizRound(
  questions: readonly QuizQuestion[],
  results: readonly (QuestionResult | null)[],
): QuizReviewRow[] {
  const r = learning.quiz.review;
  return questions.map((question, index) => {
    const result = results[index] ?? null;
    const detail = result?.detail ?? null;
    const yourAnswer =
      !result || result.skipped || !detail
        ? r.skipped
        : detail.kind === 'place-point'
          ? detail.inside
            ? r.clickedInside
            : r.clickedAway(Math.round(detail.distanceMm))
          : optionLabel(question, detail.optionId);
    const rightAnswer =
      result?.correct === true
        ? null
        : question.kind === 'place-point'
          ? r.evidenceRegion
          : optionLabel(question, question.correctOptionId);
    return {
      number: index + 1,
      prompt: quizPrompt(question),
      yourAnswer,
      rightAnswer,
      points: result?.points ?? 0,
      maxPoints: question.maxPoints,
    };
  });
}
