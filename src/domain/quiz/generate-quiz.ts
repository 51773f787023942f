import { MUSCLE_IDS, type MuscleId } from '../anatomy';
import { MECHANICS_PRESETS } from '../mechanics';
import { nerveRootsQuestion } from './nerve-roots-question';
import { generatePlacePointQuestion } from './place-point-question';
import { QUIZ_KINDS, type QuizKind, type QuizQuestion } from './quiz-question';
import { createRng, shuffled } from './seeded-random';
import { generateWhichDysfunctionQuestion } from './which-dysfunction-question';

export interface GenerateQuizOptions {
  /** Same seed, same quiz. */
  readonly seed: number | string;
  readonly count: number;
  readonly kinds: readonly QuizKind[];
  /** Only questions about these muscles (null: all). */
  readonly muscles: readonly MuscleId[] | null;
  /** Share of which-dysfunction questions with a generated severity instead of a preset. */
  readonly generatedDysfunctionShare: number;
}

const GENERATE_QUIZ_DEFAULTS: GenerateQuizOptions = {
  seed: 1,
  count: 9,
  kinds: QUIZ_KINDS,
  muscles: null,
  generatedDysfunctionShare: 0.5,
};

/**
 * A quiz: kinds take turns in a seeded order; no motor point, muscle (for nerve questions) or
 * preset repeats until its pool is used up. Deterministic for a seed. May return fewer questions
 * than `count` when the filters leave too little to ask.
 */
export function generateQuiz(options: Partial<GenerateQuizOptions> = {}): QuizQuestion[] {
  const opts = { ...GENERATE_QUIZ_DEFAULTS, ...options };
  const rng = createRng(opts.seed);
  const muscles = opts.muscles ?? MUSCLE_IDS;
  const kinds = shuffled(rng, [...new Set(opts.kinds)]);
  const usedRecords = new Set<string>();
  const usedPresets = new Set<string>();
  let nerveMuscles: MuscleId[] = [];
  const questions: QuizQuestion[] = [];
  let misses = 0;
  for (
    let i = 0;
    questions.length < opts.count && misses < kinds.length * 2 && kinds.length > 0;
    i++
  ) {
    const kind = kinds[i % kinds.length] as QuizKind;
    const id = `q${questions.length + 1}`;
    let q: QuizQuestion | undefined;
    if (kind === 'place-point') {
      q = generatePlacePointQuestion(rng, id, { muscles, used: usedRecords });
      if (!q && usedRecords.size > 0) {
        usedRecords.clear();
        q = generatePlacePointQuestion(rng, id, { muscles, used: usedRecords });
      }
      if (q) usedRecords.add(q.recordId);
    } else if (kind === 'nerve-roots') {
      if (nerveMuscles.length === 0) nerveMuscles = shuffled(rng, muscles);
      const muscle = nerveMuscles.shift();
      q = muscle ? nerveRootsQuestion(rng, id, muscle) : undefined;
    } else {
      if (usedPresets.size >= MECHANICS_PRESETS.length) usedPresets.clear();
      q = generateWhichDysfunctionQuestion(rng, id, {
        muscles,
        generatedShare: opts.generatedDysfunctionShare,
        usedPresets,
      });
      if (q?.kind === 'which-dysfunction' && q.presetId) usedPresets.add(q.presetId);
    }
    if (q) {
      questions.push(q);
      misses = 0;
    } else {
      misses++;
    }
  }
  return questions;
}
