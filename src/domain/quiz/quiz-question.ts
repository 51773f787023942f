import type { BilateralSide, MuscleId } from '../anatomy';
import type { SpinalRoot } from '../anatomy/reference';
import type { Vec3 } from '../geometry';
import type { MechanicsPresetId } from '../mechanics';
import type { PointType } from '../motor-points';
import type { DysfunctionState, PointKey } from '../view-state';

export const QUIZ_KINDS = ['place-point', 'nerve-roots', 'which-dysfunction'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** Every question is worth the same. */
export const QUIZ_MAX_POINTS = 10;

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
}

/** Click where the motor point is; scored by distance to its evidence region. */
export interface PlacePointQuestion {
  readonly kind: 'place-point';
  readonly id: string;
  readonly muscle: MuscleId;
  readonly recordId: string;
  readonly side: BilateralSide;
  /** The placed marker whose region scores the answer. */
  readonly pointKey: PointKey;
  readonly pointType: PointType;
  readonly maxPoints: number;
}

/** Multiple choice: the nerve that supplies a muscle and its spinal roots. */
export interface NerveRootsQuestion {
  readonly kind: 'nerve-roots';
  readonly id: string;
  readonly muscle: MuscleId;
  readonly options: readonly ChoiceOption[];
  readonly correctOptionId: string;
  /** The full innervation as the anatomy reference gives it (for feedback). */
  readonly nerveName: string;
  readonly roots: readonly SpinalRoot[];
  readonly rootsNote: string | null;
  readonly maxPoints: number;
}

/** Multiple choice: the model is posed with a dysfunction; which muscle is weak or tight? */
export interface WhichDysfunctionQuestion {
  readonly kind: 'which-dysfunction';
  readonly id: string;
  /** The correct answer: the most affected muscle. */
  readonly muscle: MuscleId;
  readonly dysfunctionKind: 'weakness' | 'tightness';
  /** Set this on the view to pose the model (see `quizQuestionView`). */
  readonly dysfunction: DysfunctionState;
  /** The preset it came from, or null when the severity was generated. */
  readonly presetId: MechanicsPresetId | null;
  readonly options: readonly ChoiceOption[];
  readonly correctOptionId: string;
  /** Other muscles affected in the same way (never offered as options). */
  readonly alsoAffected: readonly MuscleId[];
  /** The mechanics model's one-sentence reading of the posed result. */
  readonly sentence: string;
  readonly maxPoints: number;
}

export type QuizQuestion = PlacePointQuestion | NerveRootsQuestion | WhichDysfunctionQuestion;

export type QuizAnswer =
  /** A clicked (or keyboard-chosen) point on the model, model frame, metres. */
  | { readonly kind: 'place-point'; readonly positionM: Vec3 }
  | { readonly kind: 'choice'; readonly optionId: string }
  | { readonly kind: 'skip' };

export type ScoreBandId = 'on-target' | 'close' | 'near' | 'off' | 'miss';

export interface PlacePointScore {
  readonly kind: 'place-point';
  readonly distanceMm: number;
  readonly inside: boolean;
  readonly band: ScoreBandId;
  readonly points: number;
  readonly maxPoints: number;
  /** The closest point of the region, for drawing a line from the click, metres. */
  readonly nearestM: Vec3;
  /** Where the learner clicked (or the lettered spot chosen), model frame, metres. */
  readonly clickM: Vec3;
}

export interface ChoiceScore {
  readonly kind: 'choice';
  readonly optionId: string;
  readonly correctOptionId: string;
  readonly correct: boolean;
  readonly points: number;
  readonly maxPoints: number;
}

export interface QuestionResult {
  readonly questionId: string;
  readonly questionKind: QuizKind;
  readonly muscle: MuscleId;
  readonly points: number;
  readonly maxPoints: number;
  /** Full marks. */
  readonly correct: boolean;
  readonly skipped: boolean;
  /** Null when skipped. */
  readonly detail: PlacePointScore | ChoiceScore | null;
}

/** Score a multiple-choice answer: full marks for the right option, none otherwise. */
export function scoreChoice(
  question: NerveRootsQuestion | WhichDysfunctionQuestion,
  optionId: string,
): ChoiceScore {
  const correct = optionId === question.correctOptionId;
  return {
    kind: 'choice',
    optionId,
    correctOptionId: question.correctOptionId,
    correct,
    points: correct ? question.maxPoints : 0,
    maxPoints: question.maxPoints,
  };
}
