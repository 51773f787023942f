import { messages } from '../domain/messages';
import type { QuestionResult, QuizPhase } from '../domain/quiz';

const t = messages.learning.quiz;

export interface QuizOptionsProps {
  legend: string;
  options: readonly { id: string; label: string }[];
  phase: QuizPhase;
  detail: QuestionResult['detail'] | undefined;
  /** The lettered spot the student chose (place-point questions), marked as their own choice. */
  chosenSpot: string | null;
  onChoose: (index: number) => void;
}

/**
 * A question's answers as buttons. After an answer they are disabled and marked: the student's
 * own choice, and for a choice question the right answer. A lettered spot is never marked as the
 * right one: the model shows where the evidence is.
 */
export function QuizOptions({
  legend,
  options,
  phase,
  detail,
  chosenSpot,
  onChoose,
}: QuizOptionsProps) {
  return (
    <fieldset className="quiz-options">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option, index) => {
        const chosen =
          (detail?.kind === 'choice' && detail.optionId === option.id) || chosenSpot === option.id;
        const correct = detail?.kind === 'choice' && detail.correctOptionId === option.id;
        return (
          <button
            key={option.id}
            type="button"
            data-option={option.id}
            className={`${chosen ? 'chosen' : ''} ${correct ? 'correct' : ''}`}
            aria-pressed={phase === 'question' ? undefined : chosen}
            disabled={phase !== 'question'}
            onClick={() => onChoose(index)}
          >
            {t.choiceLabel(index, option.label)}
          </button>
        );
      })}
    </fieldset>
  );
}
