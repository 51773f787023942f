import { describe, expect, it } from 'vitest';
import { NERVE, NERVE_2, QUESTIONS, SQUARE } from './quiz.fixture';
import { reviewQuizRound } from './quiz-review';
import { createQuizSession, quizSessionReducer } from './quiz-session';

describe('reviewQuizRound', () => {
  it('lists each question with where the learner clicked or what they chose, and the right answer', () => {
    let s = createQuizSession(QUESTIONS);
    // 15 mm outside the region.
    s = quizSessionReducer(s, {
      type: 'answer',
      answer: { kind: 'place-point', positionM: [0.025, 0, 0] },
      target: { region: SQUARE },
    });
    s = quizSessionReducer(s, { type: 'next' });
    const wrong = NERVE.options.find((o) => o.id !== NERVE.correctOptionId)!;
    s = quizSessionReducer(s, { type: 'answer', answer: { kind: 'choice', optionId: wrong.id } });
    s = quizSessionReducer(s, { type: 'next' });
    s = quizSessionReducer(s, {
      type: 'answer',
      answer: { kind: 'choice', optionId: NERVE_2.correctOptionId },
    });

    const rows = reviewQuizRound(s.questions, s.results);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      number: 1,
      yourAnswer: 'You clicked 15 mm from the evidence region',
      rightAnswer: 'The shaded evidence region of the point',
    });
    expect(rows[0]?.prompt).toContain('piriformis');
    expect(rows[1]).toMatchObject({
      yourAnswer: wrong.label,
      rightAnswer: NERVE.options.find((o) => o.id === NERVE.correctOptionId)!.label,
      points: 0,
    });
    // Fully right: no "right answer" to repeat.
    expect(rows[2]).toMatchObject({ rightAnswer: null, points: rows[2]?.maxPoints });
  });

  it('marks unanswered and skipped questions as skipped', () => {
    const rows = reviewQuizRound(QUESTIONS, [null, null, null]);
    expect(rows.map((row) => row.yourAnswer)).toEqual(['Skipped', 'Skipped', 'Skipped']);
    expect(rows.every((row) => row.points === 0 && row.rightAnswer !== null)).toBe(true);
  });
});
