import { MUSCLES, type MuscleId, NERVES } from '../anatomy';
import {
  anatomyReferenceFor,
  findAnatomyReference,
  formatRoots,
  type MuscleReference,
  SPINAL_ROOTS,
  type SpinalRoot,
} from '../anatomy/reference';
import { learning } from '../messages/en/learning';
import { type ChoiceOption, type NerveRootsQuestion, QUIZ_MAX_POINTS } from './quiz-question';
import { type Rng, shuffled } from './seeded-random';

/** A nerve with a set of roots, as an answer option. */
interface NerveAnswer {
  /** The nerve's reference id, or a stand-in for nerves without a card. */
  readonly key: string;
  readonly name: string;
  readonly roots: readonly SpinalRoot[];
}

const NERVE_TO_PIRIFORMIS = 'nerve-to-piriformis';

function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

function innervationAnswer(muscle: MuscleId): NerveAnswer | undefined {
  const ref: MuscleReference = anatomyReferenceFor(muscle);
  const inn = ref.innervation;
  if (!inn) return undefined;
  const name = inn.nerveId
    ? (findAnatomyReference(inn.nerveId)?.nameEn ?? inn.nerveName)
    : shortName(inn.nerveName);
  return { key: inn.nerveId ?? NERVE_TO_PIRIFORMIS, name, roots: inn.roots };
}

function optionId(answer: NerveAnswer): string {
  return `${answer.key}:${answer.roots.join('-')}`;
}

/** Every nerve-and-roots answer the data offers: each muscle's supply and each drawn nerve. */
function answerPool(): NerveAnswer[] {
  const pool: NerveAnswer[] = [];
  for (const m of MUSCLES) {
    if (m.tissue !== 'muscle') continue;
    const a = innervationAnswer(m.id as MuscleId);
    if (a) pool.push(a);
  }
  for (const n of NERVES)
    pool.push({ key: n.id, name: findAnatomyReference(n.id)?.nameEn ?? n.label, roots: n.roots });
  const seen = new Set<string>();
  return pool.filter((a) => {
    const id = optionId(a);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The same nerve with its roots moved `by` levels (undefined past the ends of the list). */
function shiftedRoots(answer: NerveAnswer, by: number): NerveAnswer | undefined {
  const roots: SpinalRoot[] = [];
  for (const r of answer.roots) {
    const shifted = SPINAL_ROOTS[SPINAL_ROOTS.indexOf(r) + by];
    if (!shifted) return undefined;
    roots.push(shifted);
  }
  return { ...answer, roots };
}

/** Nerves that are part of one another (a plexus and its branches) are not fair distractors. */
function related(a: string, b: string): boolean {
  const branchesOf = (id: string): readonly string[] => {
    const ref = findAnatomyReference(id);
    return ref && 'branchNerveIds' in ref ? ref.branchNerveIds : [];
  };
  return branchesOf(a).includes(b) || branchesOf(b).includes(a);
}

function overlap(a: readonly SpinalRoot[], b: readonly SpinalRoot[]): number {
  return a.filter((r) => b.includes(r)).length;
}

function label(answer: NerveAnswer): string {
  return learning.quiz.nerveOption(answer.name, formatRoots(answer.roots));
}

/**
 * "Which nerve supplies this muscle, and from which roots?" The right answer comes from the
 * anatomy reference; distractors are other nerves of the hip with their own roots and the same
 * nerve with its roots shifted two levels. A distractor never shares the nerve and more than one
 * root with the answer, and never is the plexus of the answer's nerve or a branch of it, so
 * exactly one option is right even where sources differ by a root (see `rootsNote`).
 */
export function nerveRootsQuestion(
  rng: Rng,
  id: string,
  muscle: MuscleId,
  optionCount = 4,
): NerveRootsQuestion | undefined {
  const inn = anatomyReferenceFor(muscle).innervation;
  const correct = innervationAnswer(muscle);
  if (!inn || !correct) return undefined;
  const fair = (a: NerveAnswer) =>
    a.key === correct.key
      ? overlap(a.roots, correct.roots) <= 1
      : !related(a.key, correct.key) && optionId(a) !== optionId(correct);
  const sameNerve = [shiftedRoots(correct, 2), shiftedRoots(correct, -2)].filter(
    (a): a is NerveAnswer => a !== undefined && fair(a),
  );
  const others = answerPool().filter((a) => a.key !== correct.key && fair(a));
  const distractors: NerveAnswer[] = [];
  const oneSameNerve = shuffled(rng, sameNerve)[0];
  if (oneSameNerve) distractors.push(oneSameNerve);
  for (const a of shuffled(rng, others)) {
    if (distractors.length >= optionCount - 1) break;
    distractors.push(a);
  }
  const options: ChoiceOption[] = shuffled(rng, [correct, ...distractors]).map((a) => ({
    id: optionId(a),
    label: label(a),
  }));
  return {
    kind: 'nerve-roots',
    id,
    muscle,
    options,
    correctOptionId: optionId(correct),
    nerveName: inn.nerveName,
    roots: inn.roots,
    rootsNote: inn.rootsNote,
    maxPoints: QUIZ_MAX_POINTS,
  };
}
