import { type BilateralSide, MUSCLE_IDS, MUSCLES, type MuscleId } from '../anatomy';
import {
  type BaselineStrength,
  describeResult,
  MECHANICS_PRESETS,
  type MechanicsPreset,
  type MechanicsResult,
  type MechanicsTask,
  simulate,
} from '../mechanics';
import {
  type DysfunctionState,
  defaultDysfunction,
  dysfunctionFromPreset,
  toMechanicsInput,
} from '../view-state';
import { type ChoiceOption, QUIZ_MAX_POINTS, type WhichDysfunctionQuestion } from './quiz-question';
import { pick, type Rng, randomBetween, shuffled } from './seeded-random';

type DysfunctionKind = WhichDysfunctionQuestion['dysfunctionKind'];

/**
 * A dysfunction the generator may pose with a random severity, in a context that shows it.
 * @internal
 */
export interface GeneratedDysfunctionCase {
  readonly muscle: MuscleId;
  readonly kind: DysfunctionKind;
  /** Severity range, 0..1 (drawn in whole percent). */
  readonly severity: readonly [number, number];
  /** The situation that shows it. */
  readonly context: { readonly task?: MechanicsTask; readonly baselineStrength?: BaselineStrength };
  /** For a hip hinge, the trunk flexion range drawn, degrees. */
  readonly trunkFlexionDeg?: readonly [number, number];
}

/**
 * Scenarios the model shows clearly: an older adult's weak gluteus medius on one leg (a young
 * adult's reserve hides it, Kendall 2013), a tight psoas or iliacus in quiet standing, a weak
 * gluteus maximus in a hip hinge.
 * @internal
 */
export const GENERATED_DYSFUNCTION_CASES: readonly GeneratedDysfunctionCase[] = [
  {
    muscle: 'gluteus-medius',
    kind: 'weakness',
    severity: [0.8, 1],
    context: { baselineStrength: 'older-adult', task: { kind: 'single-leg-stance' } },
  },
  {
    muscle: 'psoas-major',
    kind: 'tightness',
    severity: [0.4, 1],
    context: { task: { kind: 'quiet-standing' } },
  },
  {
    muscle: 'iliacus',
    kind: 'tightness',
    severity: [0.4, 1],
    context: { task: { kind: 'quiet-standing' } },
  },
  {
    muscle: 'gluteus-maximus',
    kind: 'weakness',
    severity: [0.6, 1],
    context: { task: { kind: 'hip-hinge', trunkFlexionDeg: 50 } },
    trunkFlexionDeg: [40, 60],
  },
];

/**
 * Muscles a learner cannot tell apart by the pattern the model shows, only by its size: the hip
 * abductors for weakness (all drop the pelvis), the hip flexors blamed for forward tilt for
 * tightness. One of a group is never a distractor for another.
 * @internal
 */
export const SIMILAR_MUSCLES: Readonly<Record<DysfunctionKind, readonly (readonly MuscleId[])[]>> =
  {
    weakness: [['gluteus-medius', 'gluteus-minimus', 'tensor-fasciae-latae']],
    tightness: [['psoas-major', 'iliacus', 'tensor-fasciae-latae']],
  };

function similar(kind: DysfunctionKind, a: MuscleId, b: MuscleId): boolean {
  return SIMILAR_MUSCLES[kind].some((group) => group.includes(a) && group.includes(b));
}

/** What a learner can see: posture, the load changes and the hip extensor shares. */
function signature(result: MechanicsResult): number[] {
  const p = result.posture;
  return [
    p.pelvicDropDeg,
    p.trunkLeanDeg,
    p.anteriorPelvicTiltChangeDeg,
    p.lumbarLordosisChangeDeg,
    result.change.kneeAdductionMomentPct / 10,
    result.change.l5s1ShearPct / 10,
    (result.hipExtensorShares?.gluteusMaximus.fraction ?? 0) * 20,
  ];
}

/** True when two results differ by at least 1 unit somewhere (1°, 10 % of a load, 5 % share). */
function looksDifferent(a: MechanicsResult, b: MechanicsResult): boolean {
  const sa = signature(a);
  const sb = signature(b);
  return sa.some((v, i) => Math.abs(v - (sb[i] ?? 0)) >= 1);
}

function muscleLabel(id: MuscleId): string {
  return MUSCLES.find((m) => m.id === id)?.label ?? id;
}

/** The muscles affected in the dysfunction's kind, most affected first (ties: listed order). */
function affected(state: DysfunctionState, kind: DysfunctionKind): MuscleId[] {
  return (Object.entries(state.muscles) as [MuscleId, { weakness: number; tightness: number }][])
    .filter(([, s]) => s[kind] > 0)
    .map(([id, s], order) => ({ id, amount: s[kind], order }))
    .sort((a, b) => b.amount - a.amount || a.order - b.order)
    .map((e) => e.id);
}

function kindOf(state: DysfunctionState): DysfunctionKind | undefined {
  const entries = Object.values(state.muscles);
  if (entries.some((s) => s && s.weakness > 0)) return 'weakness';
  if (entries.some((s) => s && s.tightness > 0)) return 'tightness';
  return undefined;
}

/**
 * Build the question for a posed dysfunction: the correct option is its most affected muscle;
 * distractors are muscles outside its `SIMILAR_MUSCLES` group that, given the same severity in the
 * same situation, would look different in the model, so exactly one option fits what the learner
 * sees. Undefined when the
 * model shows no visible change or fewer than two fair distractors exist.
 */
function whichDysfunctionQuestion(
  rng: Rng,
  id: string,
  dysfunction: DysfunctionState,
  presetId: WhichDysfunctionQuestion['presetId'],
  optionCount = 4,
): WhichDysfunctionQuestion | undefined {
  const kind = kindOf(dysfunction);
  if (!kind) return undefined;
  const muscles = affected(dysfunction, kind);
  const primary = muscles[0];
  if (!primary) return undefined;
  const input = toMechanicsInput(dysfunction);
  const posed = simulate(input);
  const healthy = simulate({ ...input, muscles: {} });
  if (!looksDifferent(posed, healthy)) return undefined;
  const severity = dysfunction.muscles[primary]?.[kind] ?? 1;
  const fair = MUSCLE_IDS.filter(
    (m) => !muscles.includes(m) && !muscles.some((a) => similar(kind, a, m)),
  ).filter((m) =>
    looksDifferent(simulate({ ...input, muscles: { [m]: { [kind]: severity } } }), posed),
  );
  if (fair.length < 2) return undefined;
  const distractors = shuffled(rng, fair).slice(0, optionCount - 1);
  const options: ChoiceOption[] = shuffled(rng, [primary, ...distractors]).map((m) => ({
    id: m,
    label: muscleLabel(m),
  }));
  return {
    kind: 'which-dysfunction',
    id,
    muscle: primary,
    dysfunctionKind: kind,
    dysfunction,
    presetId,
    options,
    correctOptionId: primary,
    alsoAffected: muscles.slice(1),
    sentence: describeResult(posed),
    maxPoints: QUIZ_MAX_POINTS,
  };
}

/** @internal */
export function questionFromPreset(
  rng: Rng,
  id: string,
  preset: MechanicsPreset,
  stanceSide: BilateralSide,
): WhichDysfunctionQuestion | undefined {
  return whichDysfunctionQuestion(rng, id, dysfunctionFromPreset(preset, stanceSide), preset.id);
}

/**
 * A generated case with a random severity (whole percent) and, for a hinge, a random angle.
 * @internal
 */
export function generatedDysfunction(
  rng: Rng,
  scenario: GeneratedDysfunctionCase,
  stanceSide: BilateralSide,
): DysfunctionState {
  const severity =
    Math.round(randomBetween(rng, scenario.severity[0], scenario.severity[1]) * 100) / 100;
  const task =
    scenario.trunkFlexionDeg && scenario.context.task?.kind === 'hip-hinge'
      ? {
          kind: 'hip-hinge' as const,
          trunkFlexionDeg: Math.round(
            randomBetween(rng, scenario.trunkFlexionDeg[0], scenario.trunkFlexionDeg[1]),
          ),
        }
      : scenario.context.task;
  const base = defaultDysfunction();
  const severityOf = { weakness: 0, tightness: 0, [scenario.kind]: severity };
  return {
    ...base,
    stanceSide,
    task: task ?? base.task,
    baselineStrength: scenario.context.baselineStrength ?? base.baselineStrength,
    muscles: { [scenario.muscle]: severityOf },
  };
}

/**
 * A which-dysfunction question: from a preset or (with `generatedShare` probability) a generated
 * severity, restricted to cases whose answer is one of `muscles` when given.
 */
export function generateWhichDysfunctionQuestion(
  rng: Rng,
  id: string,
  options: {
    muscles?: readonly MuscleId[];
    generatedShare?: number;
    usedPresets?: ReadonlySet<string>;
  } = {},
): WhichDysfunctionQuestion | undefined {
  const allowed = (m: MuscleId) => !options.muscles || options.muscles.includes(m);
  const stanceSide = pick(rng, ['left', 'right'] as const) ?? 'right';
  const tryGenerated = rng.next() < (options.generatedShare ?? 0.5);
  const attempts: (() => WhichDysfunctionQuestion | undefined)[] = [];
  const generated = GENERATED_DYSFUNCTION_CASES.filter((c) => allowed(c.muscle));
  const presets = MECHANICS_PRESETS.filter((p) => !options.usedPresets?.has(p.id));
  const fromGenerated = () => {
    const scenario = pick(rng, generated);
    return scenario
      ? whichDysfunctionQuestion(rng, id, generatedDysfunction(rng, scenario, stanceSide), null)
      : undefined;
  };
  const fromPreset = () => {
    for (const preset of shuffled(rng, presets)) {
      const q = questionFromPreset(rng, id, preset, stanceSide);
      if (q && allowed(q.muscle)) return q;
    }
    return undefined;
  };
  if (tryGenerated) attempts.push(fromGenerated, fromGenerated, fromPreset);
  else attempts.push(fromPreset, fromGenerated, fromGenerated);
  for (const attempt of attempts) {
    const q = attempt();
    if (q) return q;
  }
  return undefined;
}
