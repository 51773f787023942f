import { MUSCLES } from '../domain/anatomy';
import { messages } from '../domain/messages';
import {
  type QuizSessionState,
  quizAnswerMark,
  quizFeedbackView,
  reviewQuizRound,
  summarizeQuiz,
} from '../domain/quiz';
import { useViewerStoreApi } from '../state';

const t = messages.learning.quiz;

function muscleLabel(id: string): string {
  return MUSCLES.find((m) => m.id === id)?.label ?? id;
}

/**
 * The end of a round: the score, per muscle, and every question with the answer given and the
 * right one; a "place the point" question can be shown again on the model (the click, the
 * shaded evidence region and the distance).
 */
export function QuizSummary({
  session,
  progressNotice,
  onRestart,
}: {
  session: QuizSessionState;
  progressNotice: string | null;
  onRestart: () => void;
}) {
  const store = useViewerStoreApi();
  const summary = summarizeQuiz(session);
  const showOnModel = (index: number) => {
    const question = session.questions[index];
    const mark = question ? quizAnswerMark(question, session.results[index] ?? null) : null;
    if (!question || !mark) return;
    store.getState().applyView({ ...quizFeedbackView(question), mode: 'quiz' });
    store.getState().setQuizAnswerMark(mark);
    store.getState().requestFrame({ kind: 'point', id: mark.pointKey });
    store.getState().announce(t.review.shownOnModel(index + 1));
  };
  return (
    <section className="panel quiz" aria-labelledby="quiz-title" data-testid="quiz-summary">
      <h2 id="quiz-title">{t.summary.heading}</h2>
      <p className="sentence">
        {t.summary.total(summary.points, summary.maxPoints, summary.percent)}
      </p>
      <p>{t.summary.answered(summary.answered, summary.questionCount)}</p>
      <h3>{t.summary.perMuscleHeading}</h3>
      <ul>
        {Object.entries(summary.perMuscle).map(([muscle, tally]) => (
          <li key={muscle}>
            {t.summary.perMuscle(muscleLabel(muscle), tally?.points ?? 0, tally?.maxPoints ?? 0)}
          </li>
        ))}
      </ul>
      <h3>{t.summary.reviewHeading}</h3>
      <ol className="quiz-review" data-testid="quiz-review">
        {reviewQuizRound(session.questions, session.results).map((row, index) => {
          const question = session.questions[index];
          const onModel =
            question && quizAnswerMark(question, session.results[index] ?? null) !== null;
          return (
            <li key={row.number}>
              <p>{row.prompt}</p>
              <p className="small">
                {t.review.yours}: {row.yourAnswer} ({t.review.points(row.points, row.maxPoints)})
              </p>
              {row.rightAnswer && (
                <p className="small">
                  {t.review.right}: {row.rightAnswer}
                </p>
              )}
              {onModel && (
                <button
                  type="button"
                  data-action="quiz-show-on-model"
                  onClick={() => showOnModel(index)}
                >
                  {t.review.showOnModel}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <p className="muted small">{t.summary.progressSaved}</p>
      {progressNotice && <p className="notice-inline">{progressNotice}</p>}
      <button type="button" onClick={onRestart}>
        {t.restart}
      </button>
    </section>
  );
}
