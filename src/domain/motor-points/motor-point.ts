import type { MuscleId, NerveId } from '../anatomy';
import type { LandmarkRule, Range } from './landmark-rule';

/** What kind of site a marker is (drives its icon and explanation). */
export const POINT_TYPES = [
  'motor-point',
  'nerve-entry',
  'innervation-zone',
  'muscle-part',
] as const;
export type PointType = (typeof POINT_TYPES)[number];

/**
 * The record's own, finer type, grouped by the `PointType` it is shown as.
 * @internal
 */
export const FINER_TYPES = {
  'motor-point-muscle-surface': 'motor-point',
  'stimulation-site-vendor': 'motor-point',
  'motor-point-textbook': 'motor-point',
  'nerve-entry-point': 'nerve-entry',
  'nerve-branch-near-entry': 'nerve-entry',
  'nerve-entry-level': 'nerve-entry',
  'part-level-innervation': 'muscle-part',
  'intramuscular-nerve-dense-zone': 'innervation-zone',
  'endplate-zone': 'innervation-zone',
} as const satisfies Record<string, PointType>;
export type FinerType = keyof typeof FINER_TYPES;

export const CONFIDENCES = ['high', 'moderate', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * How the record's figure was obtained (measured, measured with caveats, textbook, inference).
 * @internal
 */
export const FIGURE_STATUSES = [
  'measured',
  'measured-axis-unclear',
  'measured-direction-inferred',
  'measured-qualitative',
  'textbook',
  'inference',
] as const;
type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** @internal */
export const EVIDENCE_KINDS = ['cadaver', 'in-vivo', 'textbook'] as const;
type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** @internal */
export const NERVE_ROOTS = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'] as const;
type NerveRoot = (typeof NERVE_ROOTS)[number];

export interface Evidence {
  readonly kind: EvidenceKind;
  /** Sample size as reported (`null`: none, e.g. a manual). `nNote` says what it counts. */
  readonly n: number | null;
  readonly nNote: string;
  readonly citation: string;
  /** DOI without the resolver prefix, e.g. `10.3390/diagnostics14020140`. */
  readonly doi?: string;
  /** Landing page when there is no DOI (or in addition to it). */
  readonly url?: string;
}

/** The location exactly as the source record gives it (wording and numbers kept). */
interface SourceLocation {
  readonly method: 'description' | 'line-fraction' | 'offset-mm';
  readonly from: string | null;
  readonly to: string | null;
  readonly fraction: number | null;
  readonly fractionRange?: Range;
  readonly offsetMm: number | null;
  readonly offsetRangeMm?: Range;
  readonly direction?: string;
  readonly secondaryAxis?: {
    readonly from: string;
    readonly to: string;
    readonly fractionRange: Range;
  };
  readonly description: string;
}

export interface MotorPointRecord {
  readonly id: string;
  readonly muscle: MuscleId;
  readonly pointType: PointType;
  readonly finerType: FinerType;
  /** The landmark rule the app places the marker with (see its `readingNote`). */
  readonly rule: LandmarkRule;
  readonly sourceLocation: SourceLocation;
  /** `id` is the vocabulary nerve when one exists; `name` is the source's wording. */
  readonly nerve: { readonly id: NerveId | null; readonly name: string };
  readonly nerveRoots: readonly NerveRoot[];
  /** What is known about depth (muscle or nerve depth; rarely the point's own depth). */
  readonly depthNote: string;
  /** Depth of the point itself, when a source gives it. */
  readonly depthMm?: number;
  readonly safety: readonly string[];
  readonly evidence: Evidence;
  readonly confidence: Confidence;
  readonly figureStatus: FigureStatus;
  readonly notes: string;
  /** True when the record says the reference axis of its figure is unclear or must be verified. */
  readonly axisUnverified: boolean;
  /**
   * How sure the placement on the body is, apart from the evidence grade: set where the
   * placement hangs on a guessed axis or an estimated landmark. Default: see `placementConfidenceOf`.
   */
  readonly placementConfidence?: Confidence;
  /**
   * `pending-reference-lines`: the source's reference lines are not yet confirmed, so the record
   * is kept but not shown, quizzed or handed out.
   */
  readonly status?: 'pending-reference-lines';
}

/**
 * Placement confidence: the record's own, else low when the axis is unverified or the location
 * was inferred from a description or has no coordinates, else the evidence grade.
 */
export function placementConfidenceOf(
  record: Pick<
    MotorPointRecord,
    'placementConfidence' | 'axisUnverified' | 'figureStatus' | 'pointType' | 'confidence'
  >,
): Confidence {
  if (record.placementConfidence) return record.placementConfidence;
  if (
    record.axisUnverified ||
    record.figureStatus === 'inference' ||
    record.pointType === 'muscle-part'
  )
    return 'low';
  return record.confidence;
}

/** The record has measured coordinates on a confirmed axis, so a quiz may score against it. */
export function isQuizScorable(
  record: Pick<
    MotorPointRecord,
    'axisUnverified' | 'figureStatus' | 'finerType' | 'pointType' | 'status'
  >,
): boolean {
  return (
    !record.axisUnverified &&
    record.figureStatus !== 'inference' &&
    record.figureStatus !== 'measured-qualitative' &&
    record.finerType !== 'stimulation-site-vendor' &&
    record.pointType !== 'muscle-part' &&
    record.status === undefined
  );
}

/** Link to the evidence: the DOI resolver when there is a DOI, else the URL. */
export function evidenceHref(evidence: Evidence): string | undefined {
  return evidence.doi ? `https://doi.org/${evidence.doi}` : evidence.url;
}
