import { type KeyboardEvent, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { answeredRecord, completedRecord } from '../domain/learning-records';
import { messages } from '../domain/messages';
import {
  chosenSpotLetter,
  createQuizSession,
  createRng,
  generateQuiz,
  type KeyboardSpot,
  mergeProgress,
  parseProgress,
  placePointKeyboardSpots,
  progressFromSummary,
  QUIZ_KINDS,
  QUIZ_PROGRESS_STORAGE_KEY,
  type QuizQuestion,
  quizAnswerMark,
  quizFeedbackView,
  quizKeyCommand,
  quizPrompt,
  quizQuestionView,
  quizSessionReducer,
  serializeProgress,
  summarizeQuiz,
} from '../domain/quiz';
import { withMode } from '../domain/view-state';
import { useViewer, useViewerStoreApi } from '../state';
import { QuizFeedback } from './QuizFeedback';
import { QuizOptions } from './QuizOptions';
import { QuizStrip } from './QuizStrip';
import { QuizSummary } from './QuizSummary';

const t = messages.learning.quiz;
const QUESTION_COUNT = 6;

function optionsOf(question: QuizQuestion, spots: readonly KeyboardSpot[]) {
  if (question.kind === 'place-point')
    return spots.map((s) => ({ id: s.letter, label: t.spotLabel(s.letter) }));
  return question.options;
}

/** Save this round into the browser's per-muscle progress; a corrupted record is replaced. */
function saveProgress(summary: ReturnType<typeof summarizeQuiz>): string | null {
  try {
    const parsed = parseProgress(window.localStorage.getItem(QUIZ_PROGRESS_STORAGE_KEY));
    const today = new Date().toISOString().slice(0, 10);
    const merged = mergeProgress(parsed.progress, progressFromSummary(summary, today));
    window.localStorage.setItem(QUIZ_PROGRESS_STORAGE_KEY, serializeProgress(merged));
    return parsed.ok ? null : t.progressErrors.ignored(parsed.reason);
  } catch {
    return null;
  }
}

/**
 * Practice: place the motor point (click on the model or pick a lettered spot; scored by the
 * distance to the evidence region), name the nerve and roots, and spot the dysfunctional muscle
 * from a posed model. Fully keyboard-operable.
 */
export function QuizPanel({ without3d = false }: { without3d?: boolean } = {}) {
  const store = useViewerStoreApi();
  const modelClick = useViewer((s) => s.modelClick);
  const placedPoints = useViewer((s) => s.placedPoints);
  const announce = useViewer((s) => s.announce);
  // `quiz=<seed>` in the link replays the same questions (a teacher can share a round).
  const [seed, setSeed] = useState(() => {
    const fromLink = Number(new URLSearchParams(window.location.search).get('quiz'));
    return Number.isInteger(fromLink) && fromLink > 0 ? fromLink : Math.floor(Math.random() * 1e9);
  });
  // Without the 3D view there is no figure to read a posture from: no "which muscle is weak?".
  // Decided once: the session keeps the questions it started with.
  const [kinds] = useState(() =>
    without3d ? QUIZ_KINDS.filter((k) => k !== 'which-dysfunction') : QUIZ_KINDS,
  );
  const questions = useMemo(
    () => generateQuiz({ seed, count: QUESTION_COUNT, kinds }),
    [seed, kinds],
  );
  const [session, dispatch] = useReducer(quizSessionReducer, questions, createQuizSession);
  const [active, setActive] = useState(0);
  const [progressNotice, setProgressNotice] = useState<string | null>(null);
  const question = session.questions[session.index];
  const result = session.results[session.index] ?? null;
  const lastClick = useRef(modelClick?.seq ?? 0);
  const panelRef = useRef<HTMLElement>(null);
  const verdictRef = useRef<HTMLDivElement>(null);
  // After an answer the options are disabled: focus goes to the verdict, which is read out and
  // stays in sight (never to an option, which would look like the student's choice); Enter or N
  // then goes on.
  useEffect(() => {
    if (session.phase === 'feedback') verdictRef.current?.focus();
  }, [session.phase]);
  // Until the round's review, its answers (the motor points) are hidden elsewhere in the app.
  useEffect(() => {
    store.getState().setQuizRoundRunning(session.phase !== 'summary');
  }, [session.phase, store]);

  const spots = useMemo(
    () =>
      question?.kind === 'place-point'
        ? placePointKeyboardSpots(
            createRng(`${seed}:${session.index}`),
            question,
            Object.values(placedPoints),
          )
        : [],
    [question, placedPoints, seed, session.index],
  );

  // Each question sets up its view: the muscle uncovered and framed, markers hidden, or a posed dysfunction.
  useEffect(() => {
    if (!question) return;
    const view =
      session.phase === 'feedback' ? quizFeedbackView(question) : quizQuestionView(question);
    store.getState().applyView(withMode(view, 'quiz'));
    store.getState().setQuizSpots(session.phase === 'question' ? spots : []);
    // The click, the shaded region and the distance stay on the model while feedback shows.
    const mark = session.phase === 'feedback' ? quizAnswerMark(question, result) : null;
    store.getState().setQuizAnswerMark(mark);
    // Close up on the region, so the click, the shading and the distance read at a glance.
    if (mark) store.getState().requestFrame({ kind: 'point', id: mark.pointKey });
  }, [question, result, session.phase, spots, store]);

  useEffect(
    () => () => {
      store.getState().setQuizSpots([]);
      store.getState().setQuizAnswerMark(null);
      store.getState().setQuizRoundRunning(false);
    },
    [store],
  );

  // A click on the model answers a "place the point" question.
  useEffect(() => {
    if (!modelClick || modelClick.seq === lastClick.current) return;
    lastClick.current = modelClick.seq;
    if (question?.kind !== 'place-point' || session.phase !== 'question') return;
    dispatch({
      type: 'answer',
      answer: { kind: 'place-point', positionM: modelClick.position },
      target: placedPoints[question.pointKey],
    });
  }, [modelClick, question, session.phase, placedPoints]);

  useEffect(() => {
    if (session.phase !== 'summary') return;
    const notice = saveProgress(summarizeQuiz(session));
    setProgressNotice(notice);
    if (session.questions.length > 0) store.getState().recordLearning(completedRecord(session));
  }, [session, store]);

  useEffect(() => {
    if (result) store.getState().recordLearning(answeredRecord(result));
  }, [result, store]);

  useEffect(() => {
    if (result)
      announce(
        result.correct ? t.feedback.correct : t.feedback.points(result.points, result.maxPoints),
      );
  }, [result, announce]);

  const choose = (index: number) => {
    if (!question || session.phase !== 'question') return;
    if (question.kind === 'place-point') {
      const spot = spots[index];
      if (spot)
        dispatch({
          type: 'answer',
          answer: { kind: 'place-point', positionM: spot.positionM },
          target: placedPoints[question.pointKey],
        });
    } else {
      const option = question.options[index];
      if (option) dispatch({ type: 'answer', answer: { kind: 'choice', optionId: option.id } });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') return;
    const options = question ? optionsOf(question, spots) : [];
    const command = quizKeyCommand(event, session.phase, options.length);
    if (!command) return;
    event.preventDefault();
    switch (command.kind) {
      case 'choose':
        setActive(command.index);
        choose(command.index);
        break;
      case 'submit': {
        // Enter on a focused option answers with that option, not the last one chosen by key.
        const focused = (event.target as HTMLElement).closest<HTMLElement>('[data-option]');
        const index = options.findIndex((o) => o.id === focused?.dataset.option);
        choose(index >= 0 ? index : active);
        break;
      }
      case 'skip':
        dispatch({ type: 'answer', answer: { kind: 'skip' } });
        break;
      case 'next':
        if (session.index >= session.questions.length - 1) dispatch({ type: 'finish' });
        else dispatch({ type: 'next' });
        break;
      default:
        break;
    }
  };

  if (session.phase === 'summary') {
    return (
      <QuizSummary
        session={session}
        progressNotice={progressNotice}
        onRestart={() => {
          const next = Math.floor(Math.random() * 1e9);
          setSeed(next);
          store.getState().setQuizAnswerMark(null);
          dispatch({
            type: 'restart',
            questions: generateQuiz({ seed: next, count: QUESTION_COUNT, kinds }),
          });
        }}
      />
    );
  }
  if (!question) return null;
  const options = optionsOf(question, spots);
  const detail = result?.detail;

  return (
    <section
      className="panel quiz"
      aria-labelledby="quiz-title"
      ref={panelRef}
      onKeyDown={onKeyDown}
      data-testid="quiz"
    >
      <h2 id="quiz-title">
        {t.title}: {t.kinds[question.kind]}
      </h2>
      <p className="muted small">
        {t.questionOf(session.index + 1, session.questions.length)} ·{' '}
        {t.score(
          session.results.reduce((sum, r) => sum + (r?.points ?? 0), 0),
          session.results.reduce((sum, r) => sum + (r ? r.maxPoints : 0), 0),
        )}
      </p>
      <p className="quiz-prompt" data-testid="quiz-prompt">
        {quizPrompt(question)}
      </p>
      {question.kind === 'place-point' && session.phase === 'question' && (
        <p className="muted small">{t.prompts.placePointKeyboard}</p>
      )}
      {session.notice === 'region-missing' && <p className="notice-inline">{t.regionMissing}</p>}
      <QuizOptions
        legend={t.kinds[question.kind]}
        options={options}
        phase={session.phase}
        detail={detail}
        chosenSpot={chosenSpotLetter(spots, detail)}
        onChoose={(index) => {
          setActive(index);
          choose(index);
        }}
      />
      {session.phase === 'question' && (
        <button
          type="button"
          data-action="quiz-skip"
          onClick={() => dispatch({ type: 'answer', answer: { kind: 'skip' } })}
        >
          {t.skip}
        </button>
      )}
      {session.phase === 'feedback' && result && (
        <QuizFeedback
          question={question}
          result={result}
          verdictRef={verdictRef}
          isLast={session.index >= session.questions.length - 1}
          onNext={(last) => dispatch(last ? { type: 'finish' } : { type: 'next' })}
        />
      )}
      <p className="muted small">{t.keyboardHelp}</p>
      <QuizStrip
        question={question}
        result={session.phase === 'feedback' ? result : null}
        isLast={session.index >= session.questions.length - 1}
        onNext={() =>
          dispatch(
            session.index >= session.questions.length - 1 ? { type: 'finish' } : { type: 'next' },
          )
        }
      />
    </section>
  );
}
