/**
 * From examination findings to the mechanics model's input, one documented rule per finding.
 * Every rule returns the range the finding allows, the value the model uses, its source and a
 * trust level, so the panel can show them beside the finding. Severities are 0..1 (as in
 * `mechanics/input.ts`); the model shows one standing leg, the stance side.
 */
import type { BilateralSide, MuscleId } from '../anatomy';
import { BILATERAL_SIDES } from '../anatomy';
import { DEFAULT_MECHANICS_PARAMETERS, simulate } from '../mechanics';
import { assessment as text } from '../messages/en/assessment';
import type { DysfunctionState, MuscleSeverity } from '../view-state';
import { defaultDysfunction } from '../view-state';
import type { Assessment, MuscleGroup, OxfordGrade, PerSide, StrengthFinding } from './assessment';

type MappingTrust = 'moderate' | 'low' | 'not-modelled';

interface MappedFinding {
  /** Stable key, e.g. `strength:right:abductors`. */
  readonly id: string;
  readonly side: BilateralSide | null;
  readonly finding: string;
  readonly effect: string;
  readonly source: string;
  readonly trust: MappingTrust;
  /** Muscles this finding makes weak or tight (on `side`), for suggestions. */
  readonly muscles: readonly MuscleId[];
}

export interface AssessmentMapping {
  /** The model's settings for these findings (stance side, muscles, baseline strength, style). */
  readonly dysfunction: DysfunctionState;
  readonly findings: readonly MappedFinding[];
  /** Muscle severities on both sides, including what the model does not use. */
  readonly severities: PerSide<Partial<Record<MuscleId, MuscleSeverity>>>;
  /** Sedentary or lightly active: dose exercises as for a novice. */
  readonly novice: boolean;
}

/**
 * Weakness (0..1) an Oxford grade allows, and the value the model uses. See `rules.oxford`.
 * @internal
 */
export const OXFORD_WEAKNESS: Readonly<
  Record<OxfordGrade, { readonly range: readonly [number, number]; readonly used: number }>
> = {
  5: { range: [0, 0.2], used: 0 },
  4: { range: [0.2, 0.5], used: 0.35 },
  // Lifting the leg against gravity takes about 0.161 · 9.81 · 0.36 m ≈ 0.57 N·m/kg (leg 16 % of
  // body mass, its centre about 0.36 m from the hip), 28 % of the young-adult capacity of 2.0; a
  // grade 3 muscle manages that but takes no resistance, roughly 28-50 % of capacity left.
  3: { range: [0.5, 0.72], used: 0.6 },
  2: { range: [0.72, 0.95], used: 0.85 },
  1: { range: [0.95, 1], used: 0.97 },
  0: { range: [1, 1], used: 1 },
};

/**
 * The muscles each tested group stands for in the model.
 * @internal
 */
export const GROUP_MUSCLES: Readonly<Record<MuscleGroup, readonly MuscleId[]>> = {
  abductors: ['gluteus-medius', 'gluteus-minimus', 'tensor-fasciae-latae'],
  extensors: ['gluteus-maximus'],
  flexors: ['psoas-major', 'iliacus'],
  'external-rotators': ['piriformis'],
};

/** Groups whose weakness the mechanics model uses. */
const MODELLED_GROUPS: ReadonlySet<MuscleGroup> = new Set([
  'abductors',
  'extensors',
  'external-rotators',
]);

const ASSESSMENT_MAPPING_DEFAULTS = {
  /** Age from which the model's older-adult abductor strength is used (an assumption). */
  olderAdultFromYears: 60,
  /** Pelvic drop (deg) that counts as "the model shows a drop" for a positive Trendelenburg sign. */
  visibleDropDeg: 2,
  /** Uncertainty of a dynamometer reading, as weakness (an assumption). */
  dynamometerErrorFraction: 0.1,
} as const;

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** @internal */
export function strengthWeakness(finding: StrengthFinding): {
  range: readonly [number, number];
  used: number;
} {
  if (finding.kind === 'oxford') return OXFORD_WEAKNESS[finding.grade];
  const used = clamp01(1 - finding.percentOfNorm / 100);
  const e = ASSESSMENT_MAPPING_DEFAULTS.dynamometerErrorFraction;
  return { range: [clamp01(used - e), clamp01(used + e)], used: round2(used) };
}

/**
 * The smallest weakness of the three superior-gluteal abductors at which the model shows a pelvic
 * drop of `visibleDropDeg` with pure drop compensation, for this baseline strength (bisection).
 * @internal
 */
export function weaknessForVisibleDrop(baseline: DysfunctionState['baselineStrength']): number {
  const drop = (w: number) =>
    simulate({
      baselineStrength: baseline,
      compensationStyle: 0,
      muscles: Object.fromEntries(GROUP_MUSCLES.abductors.map((m) => [m, { weakness: w }])),
    }).posture.pelvicDropDeg;
  let lo = 0;
  let hi = 1;
  if (drop(hi) < ASSESSMENT_MAPPING_DEFAULTS.visibleDropDeg) return 1;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (drop(mid) >= ASSESSMENT_MAPPING_DEFAULTS.visibleDropDeg) hi = mid;
    else lo = mid;
  }
  return Math.ceil(hi * 100) / 100;
}

function abductorWeakness(a: Assessment, side: BilateralSide): number {
  const f = a.strength[side]?.abductors;
  return f ? strengthWeakness(f).used : 0;
}

/** The leg the model stands on: the side with a positive Trendelenburg sign or weaker abductors. */
function stanceSideFor(a: Assessment): BilateralSide {
  const score = (s: BilateralSide) => (a.trendelenburg[s] ? 2 : 0) + abductorWeakness(a, s);
  return score('left') > score('right') ? 'left' : 'right';
}

function strengthResult(f: StrengthFinding): string {
  return f.kind === 'oxford'
    ? text.panel.grade(f.grade)
    : `${Math.round(f.percentOfNorm)} % of norm`;
}

export function mapAssessment(a: Assessment): AssessmentMapping {
  const opts = ASSESSMENT_MAPPING_DEFAULTS;
  const stance = stanceSideFor(a);
  const findings: MappedFinding[] = [];
  const severities: Record<BilateralSide, Partial<Record<MuscleId, MuscleSeverity>>> = {
    left: {},
    right: {},
  };
  const setSeverity = (s: BilateralSide, m: MuscleId, change: Partial<MuscleSeverity>) => {
    const now = severities[s][m] ?? { weakness: 0, tightness: 0 };
    severities[s][m] = {
      weakness: round2(Math.max(now.weakness, change.weakness ?? 0)),
      tightness: round2(Math.max(now.tightness, change.tightness ?? 0)),
    };
  };
  const older = a.ageYears !== undefined && a.ageYears >= opts.olderAdultFromYears;
  const baselineStrength = older ? 'older-adult' : 'young-adult';

  for (const s of BILATERAL_SIDES) {
    for (const [group, finding] of Object.entries(a.strength[s] ?? {}) as [
      MuscleGroup,
      StrengthFinding,
    ][]) {
      const { range, used } = strengthWeakness(finding);
      const muscles = GROUP_MUSCLES[group];
      for (const m of muscles) setSeverity(s, m, { weakness: used });
      const modelled = MODELLED_GROUPS.has(group) && s === stance;
      const rule =
        finding.kind === 'oxford'
          ? text.rules.oxford(finding.grade, range, used)
          : text.rules.dynamometer(finding.percentOfNorm, used);
      const extra = !MODELLED_GROUPS.has(group)
        ? ` ${text.rules.notModelledWeakness}`
        : s !== stance
          ? ` ${text.rules.otherSide(stance)}`
          : '';
      findings.push({
        id: `strength:${s}:${group}`,
        side: s,
        finding: text.findings.strength(s, text.panel.groups[group], strengthResult(finding)),
        effect: `${rule}${extra}`,
        source: finding.kind === 'oxford' ? text.rules.oxfordSource : text.rules.dynamometerSource,
        trust: modelled ? (finding.kind === 'oxford' ? 'low' : 'moderate') : 'not-modelled',
        muscles: used > 0 ? muscles : [],
      });
    }
  }

  let compensationStyle = defaultDysfunction().compensationStyle;
  for (const s of BILATERAL_SIDES) {
    if (!a.trendelenburg[s]) continue;
    const threshold = weaknessForVisibleDrop(baselineStrength);
    for (const m of GROUP_MUSCLES.abductors) setSeverity(s, m, { weakness: threshold });
    if (s === stance) compensationStyle = 0;
    findings.push({
      id: `trendelenburg:${s}`,
      side: s,
      finding: text.findings.trendelenburg(s),
      effect: `${text.rules.trendelenburg(threshold)}${s === stance ? '' : ` ${text.rules.otherSide(stance)}`}`,
      source: text.rules.trendelenburgSource,
      trust: s === stance ? 'low' : 'not-modelled',
      muscles: GROUP_MUSCLES.abductors,
    });
  }

  const maxDeg = DEFAULT_MECHANICS_PARAMETERS.maxHipExtensionDeficitDeg;
  for (const s of BILATERAL_SIDES) {
    const deg = a.thomasDeg[s];
    if (deg === undefined || deg <= 0) continue;
    const tightness = round2(clamp01(deg / maxDeg));
    for (const m of GROUP_MUSCLES.flexors) setSeverity(s, m, { tightness });
    findings.push({
      id: `thomas:${s}`,
      side: s,
      finding: text.findings.thomas(s, deg),
      effect: `${text.rules.thomas(deg, tightness, maxDeg)}${s === stance ? '' : ` ${text.rules.otherSide(stance)}`}`,
      source: text.rules.thomasSource,
      trust: s === stance ? 'low' : 'not-modelled',
      muscles: GROUP_MUSCLES.flexors,
    });
  }

  for (const s of BILATERAL_SIDES) {
    if (!a.ober[s]) continue;
    findings.push({
      id: `ober:${s}`,
      side: s,
      finding: text.findings.ober(s),
      effect: text.rules.ober,
      source: text.rules.oberSource,
      trust: 'not-modelled',
      muscles: ['tensor-fasciae-latae'],
    });
  }

  if (a.ageYears !== undefined) {
    findings.push({
      id: 'age',
      side: null,
      finding: text.findings.age(a.ageYears),
      effect: text.rules.age(a.ageYears, older),
      source: text.rules.ageSource,
      trust: 'low',
      muscles: [],
    });
  }
  const novice = a.activity === undefined || a.activity === 'sedentary' || a.activity === 'light';
  if (a.activity !== undefined) {
    findings.push({
      id: 'activity',
      side: null,
      finding: text.findings.activity(text.panel.activityLevels[a.activity]),
      effect: text.rules.activity(novice),
      source: text.rules.activitySource,
      trust: 'not-modelled',
      muscles: [],
    });
  }
  if (a.painSites.length > 0) {
    findings.push({
      id: 'pain',
      side: null,
      finding: text.findings.pain(a.painSites.map((p) => text.panel.pain[p])),
      effect: text.rules.pain,
      source: '',
      trust: 'not-modelled',
      muscles: [],
    });
  }

  const base = defaultDysfunction();
  return {
    dysfunction: {
      ...base,
      stanceSide: stance,
      muscles: { ...severities[stance] },
      baselineStrength,
      compensationStyle,
    },
    findings,
    severities,
    novice,
  };
}
