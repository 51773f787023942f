/** Questions and a region shared by the quiz tests, built in code so each test reads them. */
import type { PlacedRegion } from '../motor-points';
import { nerveRootsQuestion } from './nerve-roots-question';
import { findMotorPointRecord, placePointQuestion } from './place-point-question';
import type { QuizQuestion } from './quiz-question';
import { createRng } from './seeded-random';

/** A 20 mm square region in the plane z = 0 around the origin, as a placed region. */
export const SQUARE: PlacedRegion = {
  shape: 'patch',
  points: [
    [-0.01, -0.01, 0],
    [0.01, -0.01, 0],
    [0.01, 0.01, 0],
    [-0.01, 0.01, 0],
  ],
  centre: [0, 0, 0],
  midpoint: [0, 0, 0],
  radiusM: Math.SQRT2 * 0.01,
};

/** "Place the left piriformis nerve entry" (answered against `SQUARE` in the tests). */
export const PLACE = placePointQuestion(
  'q1',
  findMotorPointRecord('piriformis-nerve-entry')!,
  'left',
);
export const NERVE = nerveRootsQuestion(createRng(1), 'q2', 'gluteus-medius')!;
export const NERVE_2 = nerveRootsQuestion(createRng(2), 'q3', 'piriformis')!;
/** A round of three: a click on the model, then two nerve-root choices. */
export const QUESTIONS: QuizQuestion[] = [PLACE, NERVE, NERVE_2];
