import type { BilateralSide } from '../anatomy';

/**
 * A clinician's findings from one examination, as entered in the assessment panel. Everything is
 * optional: an empty assessment maps to no dysfunction.
 */
export const MUSCLE_GROUPS = ['abductors', 'extensors', 'flexors', 'external-rotators'] as const;
export type MuscleGroup = (typeof MUSCLE_GROUPS)[number];

export const OXFORD_GRADES = [0, 1, 2, 3, 4, 5] as const;
export type OxfordGrade = (typeof OXFORD_GRADES)[number];

/** Manual muscle test (Oxford / MRC 0-5) or hand-held dynamometer as % of an age- and sex-matched norm. */
export type StrengthFinding =
  | { readonly kind: 'oxford'; readonly grade: OxfordGrade }
  | { readonly kind: 'dynamometer'; readonly percentOfNorm: number };

export const PAIN_SITES = ['hip', 'lateral-knee', 'medial-knee', 'lower-back'] as const;
export type PainSite = (typeof PAIN_SITES)[number];

export const ACTIVITY_LEVELS = ['sedentary', 'light', 'active', 'athletic'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

export type PerSide<T> = Partial<Record<BilateralSide, T>>;

export interface Assessment {
  readonly strength: PerSide<Partial<Record<MuscleGroup, StrengthFinding>>>;
  /** Positive when the pelvis drops on the other side while standing on this leg. */
  readonly trendelenburg: PerSide<boolean>;
  /** Thomas test: hip flexion contracture (deg, 0 = thigh reaches the table). */
  readonly thomasDeg: PerSide<number>;
  /** Modified Ober test positive (thigh stays above horizontal). */
  readonly ober: PerSide<boolean>;
  readonly painSites: readonly PainSite[];
  readonly activity?: ActivityLevel;
  readonly ageYears?: number;
}

export const ASSESSMENT_LIMITS = {
  percentOfNorm: [0, 150],
  thomasDeg: [0, 45],
  ageYears: [10, 110],
} as const satisfies Record<string, readonly [number, number]>;

export function emptyAssessment(): Assessment {
  return { strength: {}, trendelenburg: {}, thomasDeg: {}, ober: {}, painSites: [] };
}

/** True when nothing was entered. */
export function isAssessmentEmpty(a: Assessment): boolean {
  const anySide = (v: PerSide<unknown>) => Object.values(v).some((x) => x !== undefined);
  return (
    !Object.values(a.strength).some((g) => g && Object.keys(g).length > 0) &&
    !anySide(a.trendelenburg) &&
    !anySide(a.thomasDeg) &&
    !anySide(a.ober) &&
    a.painSites.length === 0 &&
    a.activity === undefined &&
    a.ageYears === undefined
  );
}
