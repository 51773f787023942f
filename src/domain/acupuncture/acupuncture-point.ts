import type { MuscleId, NerveId } from '../anatomy';
import type { Anchor, AtRule, Direction, LineFractionRule } from '../motor-points';
import type { AcupunctureSourceId } from './data/sources';

/**
 * How the WHO 2008 wording of a point was checked.
 * @internal
 */
export const WHO_VERIFICATIONS = [
  'verified-copy',
  'verified-secondary',
  'consistent-secondary',
  'recalled-unverified',
  'not-applicable',
] as const;
type WhoVerification = (typeof WHO_VERIFICATIONS)[number];

/**
 * Proportional (B-)cun scales the placement derives from the model's landmarks.
 * @internal
 */
export const CUN_SCALE_IDS = ['thigh-lateral', 'thigh-medial', 'leg', 'back'] as const;
export type CunScaleId = (typeof CUN_SCALE_IDS)[number];

/** `cun` proportional cun from an anchor along a direction (straight line, then onto the skin). */
interface CunOffsetRule {
  readonly kind: 'offset-cun';
  readonly from: Anchor;
  readonly direction: Direction;
  readonly cun: number;
  readonly cunScale: CunScaleId;
  /** Drawn as the band `cun ± uncertaintyCun` along the offset (0 or absent: no band). */
  readonly uncertaintyCun?: number;
  readonly readingNote: string;
}

/** Machine rule of a point: the motor point rule kinds plus offsets measured in cun. */
export type AcupunctureRule = AtRule | LineFractionRule | CunOffsetRule;

interface AcupunctureAlternative {
  readonly label: string;
  readonly ruleText: string;
  readonly rule: AcupunctureRule;
  readonly status: string;
  readonly sourceIds: readonly AcupunctureSourceId[];
}

export interface AcupuncturePoint {
  /** WHO code, e.g. `GB30`; extra points use their WHO 1991 code (`EX-B7`). */
  readonly code: string;
  readonly altCodes: readonly string[];
  readonly pinyin: string;
  readonly pinyinPlain: string;
  readonly chineseSimplified: string;
  readonly chineseTraditional: string;
  readonly englishNames: readonly string[];
  readonly meridian: string;
  readonly meridianCode: string;
  readonly region: string;
  readonly who2008: {
    readonly covered: boolean;
    /** Paraphrase of the WHO 2008 location rule (not a quotation); `null` when not covered. */
    readonly locationRule: string | null;
    readonly notes: string | null;
    readonly verification: WhoVerification;
    /** How the wording was checked, in words. */
    readonly verificationNote: string;
  };
  /** The rule used when WHO 2008 has none (extra points). */
  readonly locationRuleUsed?: string;
  readonly rule: AcupunctureRule;
  /** The model can only approximate the standard here; label the marker as approximate. */
  readonly approximate: boolean;
  readonly approximateNote?: string;
  /** Half-width of the drawn region, in cun (converted with the point's cun scale). */
  readonly regionHalfWidthCun: number;
  readonly alternatives: readonly AcupunctureAlternative[];
  readonly chineseTradition: {
    readonly location: string;
    readonly differsFromWho: 'no' | 'minor' | 'yes' | 'possibly' | 'not-applicable';
    readonly difference: string | null;
  };
  readonly japan?: { readonly location: string; readonly differsFromWho: 'no' | 'possibly' };
  readonly anatomyLayers: readonly string[];
  readonly nearby: readonly string[];
  /** Vocabulary muscles and nerves the point lies over or near. */
  readonly relatedMuscles: readonly MuscleId[];
  readonly relatedNerves: readonly NerveId[];
  /** Textbook needling depth, as written (proportional cun or inches). */
  readonly depth: { readonly text: string; readonly sourceIds: readonly AcupunctureSourceId[] };
  readonly safety: readonly string[];
  readonly dryNeedlingOverlap: string;
  readonly uncertain: readonly string[];
  readonly sourceIds: readonly AcupunctureSourceId[];
}
