import { describe, expect, it } from 'vitest';
import { answerLabelSides, quizAnswerMark } from './answer-mark';
import { NERVE, PLACE, SQUARE } from './quiz.fixture';
import { scoreAnswer } from './quiz-session';

describe('quizAnswerMark', () => {
  it('marks the click, the nearest edge of the region and the distance', () => {
    const result = scoreAnswer(
      PLACE,
      { kind: 'place-point', positionM: [0.025, 0, 0] },
      { region: SQUARE },
    );
    if (typeof result === 'string') throw new Error(result);
    const mark = quizAnswerMark(PLACE, result);
    expect(mark).toMatchObject({
      pointKey: 'piriformis-nerve-entry:left',
      clickM: [0.025, 0, 0],
      distanceMm: 15,
      inside: false,
    });
    expect(mark?.nearestM[0]).toBeCloseTo(0.01, 9);
  });

  it('has no mark for a skip or a question without a place on the model', () => {
    const skipped = scoreAnswer(PLACE, { kind: 'skip' }, { region: SQUARE });
    if (typeof skipped === 'string') throw new Error(skipped);
    expect(quizAnswerMark(PLACE, skipped)).toBeNull();
    expect(quizAnswerMark(PLACE, null)).toBeNull();
    const chosen = scoreAnswer(NERVE, { kind: 'choice', optionId: NERVE.correctOptionId });
    if (typeof chosen === 'string') throw new Error(chosen);
    expect(quizAnswerMark(NERVE, chosen)).toBeNull();
  });
});

describe('where the answer labels go', () => {
  it('puts each label on the far side from the other mark', () => {
    expect(answerLabelSides(100, 300)).toEqual({ click: 'above', region: 'below' });
    expect(answerLabelSides(300, 100)).toEqual({ click: 'below', region: 'above' });
    expect(answerLabelSides(200, 200)).toEqual({ click: 'above', region: 'below' });
  });
});
