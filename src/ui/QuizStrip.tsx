import { createPortal } from 'react-dom';
import { messages } from '../domain/messages';
import {
  placePointFeedback,
  type QuestionResult,
  type QuizQuestion,
  quizPrompt,
} from '../domain/quiz';

const t = messages.learning.quiz;

/** The verdict in one line: the band and distance for a placed point, right or wrong otherwise. */
function verdictOf(question: QuizQuestion, result: QuestionResult): string {
  const detail = result.detail;
  if (detail?.kind === 'place-point' && question.kind === 'place-point') {
    const feedback = placePointFeedback(question, detail);
    if (feedback) return `${feedback.headline}. ${feedback.lines[0] ?? ''}`;
  }
  const correct =
    question.kind === 'place-point'
      ? ''
      : (question.options.find((o) => o.id === question.correctOptionId)?.label ?? '');
  if (result.correct) return t.feedback.correct;
  return result.skipped ? t.feedback.skipped(correct) : t.feedback.incorrect(correct);
}

/**
 * On a phone the quiz panel folds into the drawer below the model: this strip keeps the
 * question, and after an answer the verdict, on the 3D view itself (CSS shows it only where
 * the panel is a drawer). The full feedback, options and sources stay in the panel.
 */
export function QuizStrip({
  question,
  result,
  onNext,
  isLast,
}: {
  question: QuizQuestion;
  result: QuestionResult | null;
  onNext: () => void;
  isLast: boolean;
}) {
  const host = document.getElementById('viewer-region');
  if (!host) return null;
  return createPortal(
    <section className="quiz-strip" aria-label={t.strip.label} data-testid="quiz-strip">
      <p className="quiz-strip-prompt" data-testid="quiz-strip-prompt">
        {quizPrompt(question)}
      </p>
      {result ? (
        <p className="quiz-strip-verdict" data-testid="quiz-strip-verdict">
          {verdictOf(question, result)}{' '}
          <button type="button" data-action="quiz-strip-next" onClick={onNext}>
            {isLast ? t.finish : t.next}
          </button>
        </p>
      ) : (
        question.kind !== 'place-point' && <p className="small">{t.strip.moreBelow}</p>
      )}
    </section>,
    host,
  );
}
