import type { RefObject } from 'react';
import { messages } from '../domain/messages';
import { placePointFeedback, type QuestionResult, type QuizQuestion } from '../domain/quiz';

const t = messages.learning.quiz;

export interface QuizFeedbackProps {
  question: QuizQuestion;
  result: QuestionResult;
  /** The verdict, which receives focus after an answer (Enter then moves on). */
  verdictRef: RefObject<HTMLDivElement | null>;
  /** The last question: the button finishes the round. */
  isLast: boolean;
  onNext: (isLast: boolean) => void;
}

/** What the student sees after answering one question: the verdict, why, and the way on. */
export function QuizFeedback({ question, result, verdictRef, isLast, onNext }: QuizFeedbackProps) {
  const detail = result.detail;
  const feedback =
    detail?.kind === 'place-point' && question.kind === 'place-point'
      ? placePointFeedback(question, detail)
      : undefined;
  const correctLabel =
    question.kind === 'place-point'
      ? ''
      : (question.options.find((o) => o.id === question.correctOptionId)?.label ?? '');
  return (
    <div
      className="quiz-feedback"
      role="status"
      tabIndex={-1}
      ref={verdictRef}
      data-testid="quiz-feedback"
    >
      {feedback ? (
        <>
          <p className="sentence">{feedback.headline}</p>
          <ul>
            {feedback.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {feedback.source.href && (
            <a href={feedback.source.href} target="_blank" rel="noopener noreferrer">
              {messages.motorPoints.card.openSource}
            </a>
          )}
        </>
      ) : (
        <p className="sentence">
          {result.correct
            ? t.feedback.correct
            : result.skipped
              ? t.feedback.skipped(correctLabel)
              : t.feedback.incorrect(correctLabel)}
        </p>
      )}
      {question.kind === 'which-dysfunction' && <p>{t.feedback.posedAs(question.sentence)}</p>}
      <button type="button" data-action="quiz-next" onClick={() => onNext(isLast)}>
        {isLast ? t.finish : t.next}
      </button>
    </div>
  );
}
