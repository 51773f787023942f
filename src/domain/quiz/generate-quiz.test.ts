import { describe, expect, it } from 'vitest';
import { isQuizScorable, MOTOR_POINTS } from '../motor-points';
import { generateQuiz } from './generate-quiz';
import { QUIZ_KINDS } from './quiz-question';

describe('generateQuiz', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(generateQuiz({ seed: 'class-7' })).toEqual(generateQuiz({ seed: 'class-7' }));
    expect(generateQuiz({ seed: 1 })).not.toEqual(generateQuiz({ seed: 2 }));
  });

  it('mixes the kinds in turn and numbers the questions', () => {
    const quiz = generateQuiz({ seed: 3, count: 9 });
    expect(quiz).toHaveLength(9);
    expect(quiz.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9']);
    for (const kind of QUIZ_KINDS) expect(quiz.filter((q) => q.kind === kind)).toHaveLength(3);
  });

  it('does not repeat a motor point until the pool is used up', () => {
    // The pool: records with measured coordinates on a confirmed axis.
    const pool = MOTOR_POINTS.filter(isQuizScorable).length;
    expect(pool).toBeGreaterThan(5);
    const quiz = generateQuiz({ seed: 11, count: pool, kinds: ['place-point'] });
    const keys = quiz.map((q) => (q.kind === 'place-point' ? q.recordId : ''));
    expect(new Set(keys).size).toBe(pool);
  });

  it('keeps to the chosen muscles and kinds', () => {
    const quiz = generateQuiz({
      seed: 5,
      count: 6,
      kinds: ['place-point', 'nerve-roots'],
      muscles: ['iliacus'],
    });
    expect(quiz).toHaveLength(6);
    expect(quiz.every((q) => q.muscle === 'iliacus')).toBe(true);
  });

  it('returns what it can when the filters leave too little', () => {
    const quiz = generateQuiz({
      seed: 5,
      count: 5,
      kinds: ['which-dysfunction'],
      muscles: ['piriformis'],
    });
    expect(quiz).toEqual([]);
  });
});
