import { describe, expect, it } from 'vitest';
import { NERVE, NERVE_2, QUESTIONS, SQUARE } from './quiz.fixture';
import { createQuizSession, quizSessionReducer, summarizeQuiz } from './quiz-session';

const wrong = (q: typeof NERVE) => q.options.find((o) => o.id !== q.correctOptionId)!.id;

describe('quiz session', () => {
  it('runs question → feedback → next → … → summary', () => {
    let s = createQuizSession(QUESTIONS);
    expect(s).toMatchObject({ index: 0, phase: 'question' });
    // A click 15 mm outside the region: "near", 5 points.
    s = quizSessionReducer(s, {
      type: 'answer',
      answer: { kind: 'place-point', positionM: [0.025, 0, 0] },
      target: { region: SQUARE },
    });
    expect(s.phase).toBe('feedback');
    expect(s.results[0]).toMatchObject({
      points: 5,
      maxPoints: 10,
      correct: false,
      muscle: 'piriformis',
    });
    s = quizSessionReducer(s, { type: 'next' });
    s = quizSessionReducer(s, {
      type: 'answer',
      answer: { kind: 'choice', optionId: NERVE.correctOptionId },
    });
    expect(s.results[1]).toMatchObject({ points: 10, correct: true });
    s = quizSessionReducer(s, { type: 'next' });
    s = quizSessionReducer(s, {
      type: 'answer',
      answer: { kind: 'choice', optionId: wrong(NERVE_2) },
    });
    s = quizSessionReducer(s, { type: 'next' });
    expect(s.phase).toBe('summary');

    const summary = summarizeQuiz(s);
    expect(summary).toMatchObject({
      questionCount: 3,
      answered: 3,
      asked: 3,
      correct: 1,
      points: 15,
      maxPoints: 30,
      percent: 50,
    });
    expect(summary.perMuscle).toEqual({
      piriformis: { asked: 2, correct: 0, points: 5, maxPoints: 20 },
      'gluteus-medius': { asked: 1, correct: 1, points: 10, maxPoints: 10 },
    });
    expect(summary.perKind['nerve-roots']).toEqual({
      asked: 2,
      correct: 1,
      points: 10,
      maxPoints: 20,
    });
  });

  it('refuses to score a click without the target region, and says why', () => {
    const s = quizSessionReducer(createQuizSession(QUESTIONS), {
      type: 'answer',
      answer: { kind: 'place-point', positionM: [0, 0, 0] },
    });
    expect(s).toMatchObject({ phase: 'question', notice: 'region-missing' });
    const t = quizSessionReducer(s, { type: 'answer', answer: { kind: 'choice', optionId: 'x' } });
    expect(t.notice).toBe('wrong-answer-kind');
  });

  it('counts a skip as answered with no points', () => {
    let s = createQuizSession(QUESTIONS);
    s = quizSessionReducer(s, { type: 'answer', answer: { kind: 'skip' } });
    expect(s.results[0]).toMatchObject({ skipped: true, points: 0, detail: null });
    expect(summarizeQuiz(s)).toMatchObject({ answered: 1, points: 0, maxPoints: 10 });
  });

  it('ignores actions out of turn', () => {
    const s = createQuizSession(QUESTIONS);
    expect(quizSessionReducer(s, { type: 'next' })).toBe(s);
    const answered = quizSessionReducer(s, { type: 'answer', answer: { kind: 'skip' } });
    expect(quizSessionReducer(answered, { type: 'answer', answer: { kind: 'skip' } })).toBe(
      answered,
    );
  });

  it('finishes early with a summary of what was answered, and restarts', () => {
    let s = createQuizSession(QUESTIONS);
    s = quizSessionReducer(s, { type: 'answer', answer: { kind: 'skip' } });
    s = quizSessionReducer(s, { type: 'finish' });
    expect(s.phase).toBe('summary');
    expect(summarizeQuiz(s)).toMatchObject({ questionCount: 3, answered: 1 });
    const again = quizSessionReducer(s, { type: 'restart' });
    expect(again).toEqual(createQuizSession(QUESTIONS));
  });

  it('goes straight to the summary when there are no questions', () => {
    expect(createQuizSession([]).phase).toBe('summary');
    expect(summarizeQuiz(createQuizSession([])).percent).toBe(0);
  });
});
