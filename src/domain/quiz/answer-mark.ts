import type { Vec3 } from '../geometry';
import type { QuestionResult, QuizQuestion } from './quiz-question';

/**
 * What the model shows after a "place the point" answer: the learner's click, the evidence
 * region of the target marker (shaded), the line from the click to the region's nearest edge
 * and the distance. Frame: model, metres; distance in millimetres.
 */
export interface QuizAnswerMark {
  /** The target marker, `<recordId>:<side>`: its region is the one shaded. */
  readonly pointKey: string;
  readonly clickM: Vec3;
  readonly nearestM: Vec3;
  readonly distanceMm: number;
  readonly inside: boolean;
}

/** The mark for an answered place-point question; null for other kinds and for a skip. */
export function quizAnswerMark(
  question: QuizQuestion,
  result: QuestionResult | null,
): QuizAnswerMark | null {
  const detail = result?.detail;
  if (question.kind !== 'place-point' || !detail || detail.kind !== 'place-point') return null;
  return {
    pointKey: question.pointKey,
    clickM: detail.clickM,
    nearestM: detail.nearestM,
    distanceMm: Math.round(detail.distanceMm),
    inside: detail.inside,
  };
}

/**
 * Where the two labels of an answer go so they never cover each other: the click's label on
 * the far side of the click from the region, the region's on the far side of the region from
 * the click (screen y grows downwards). A click level with the region puts its label above.
 */
export function answerLabelSides(
  clickScreenY: number,
  regionScreenY: number,
): { click: 'above' | 'below'; region: 'above' | 'below' } {
  return clickScreenY <= regionScreenY
    ? { click: 'above', region: 'below' }
    : { click: 'below', region: 'above' };
}
