import { BILATERAL_SIDES, type MuscleId } from '../anatomy';
import { distance, type Vec3 } from '../geometry';
import { learning } from '../messages/en/learning';
import { motorPoints as pointText } from '../messages/en/motor-points';
import {
  evidenceHref,
  isQuizScorable,
  MOTOR_POINTS,
  type MotorPointRecord,
  type PlacedPoint,
  type PointType,
  pointKindText,
} from '../motor-points';
import {
  type PlacePointQuestion,
  type PlacePointScore,
  QUIZ_MAX_POINTS,
  type ScoreBandId,
} from './quiz-question';
import { distanceToRegion, REGION_DISTANCE_DEFAULTS } from './region-distance';
import { pick, type Rng, shuffled } from './seeded-random';

/** @internal */
export interface ScoreBand {
  readonly id: ScoreBandId;
  /** Distances up to and including this fall in the band, millimetres. */
  readonly maxDistanceMm: number;
  readonly points: number;
}

export interface PlacePointScoringOptions {
  /** Ordered by distance; the last band must reach Infinity. */
  readonly bands: readonly ScoreBand[];
  /** See `distanceToRegion`. */
  readonly planeToleranceMm: number;
}

/**
 * ≤ 5 mm (inside the region is 0 mm): full marks; ≤ 10 mm: 8; ≤ 20 mm: 5; ≤ 40 mm: 2; further: 0.
 * The regions themselves are already the spread of the evidence, so the bands reward landing in or
 * next to them, not hitting a dot.
 * @internal
 */
export const PLACE_POINT_SCORING_DEFAULTS: PlacePointScoringOptions = {
  bands: [
    { id: 'on-target', maxDistanceMm: 5, points: QUIZ_MAX_POINTS },
    { id: 'close', maxDistanceMm: 10, points: 8 },
    { id: 'near', maxDistanceMm: 20, points: 5 },
    { id: 'off', maxDistanceMm: 40, points: 2 },
    { id: 'miss', maxDistanceMm: Number.POSITIVE_INFINITY, points: 0 },
  ],
  planeToleranceMm: REGION_DISTANCE_DEFAULTS.planeToleranceMm,
};

/** @internal */
export function scoreBandFor(distanceMm: number, bands: readonly ScoreBand[]): ScoreBand {
  const last = bands[bands.length - 1];
  return (
    bands.find((b) => distanceMm <= b.maxDistanceMm) ??
    last ?? { id: 'miss', maxDistanceMm: Number.POSITIVE_INFINITY, points: 0 }
  );
}

/** @internal */
export function findMotorPointRecord(recordId: string): MotorPointRecord | undefined {
  return MOTOR_POINTS.find((r) => r.id === recordId);
}

/** @internal */
export function placePointQuestion(
  id: string,
  record: MotorPointRecord,
  side: PlacePointQuestion['side'],
): PlacePointQuestion {
  return {
    kind: 'place-point',
    id,
    muscle: record.muscle,
    recordId: record.id,
    side,
    pointKey: `${record.id}:${side}`,
    pointType: record.pointType,
    maxPoints: QUIZ_MAX_POINTS,
  };
}

/** A place-point question for a record not in `used` (record ids), with a random side. */
export function generatePlacePointQuestion(
  rng: Rng,
  id: string,
  options: { muscles?: readonly MuscleId[]; used?: ReadonlySet<string> } = {},
): PlacePointQuestion | undefined {
  // Only records with measured coordinates on a confirmed axis are scored (no guessed regions).
  const pool = MOTOR_POINTS.filter(
    (r) =>
      isQuizScorable(r) &&
      (!options.muscles || options.muscles.includes(r.muscle)) &&
      !options.used?.has(r.id),
  );
  const record = pick(rng, pool);
  const side = pick(rng, BILATERAL_SIDES);
  return record && side ? placePointQuestion(id, record, side) : undefined;
}

/**
 * Score a click against the target's placed evidence region (from the scene's `PlacedPoint` for
 * `question.pointKey`): 0 mm inside, otherwise the distance to the region's outline.
 */
export function scorePlacePoint(
  question: PlacePointQuestion,
  clickM: Vec3,
  target: Pick<PlacedPoint, 'region'>,
  options: Partial<PlacePointScoringOptions> = {},
): PlacePointScore {
  const opts = { ...PLACE_POINT_SCORING_DEFAULTS, ...options };
  const result = distanceToRegion(clickM, target.region, {
    planeToleranceMm: opts.planeToleranceMm,
  });
  const band = scoreBandFor(result.distanceMm, opts.bands);
  return {
    kind: 'place-point',
    distanceMm: result.distanceMm,
    inside: result.inside,
    band: band.id,
    points: Math.min(band.points, question.maxPoints),
    maxPoints: question.maxPoints,
    nearestM: result.nearestM,
    clickM,
  };
}

/** What the feedback panel shows after a place-point answer: region, source and confidence. */
export interface PlacePointFeedback {
  readonly headline: string;
  readonly lines: readonly string[];
  /** Draw this marker's region (and a line from the click to `score.nearestM`). */
  readonly pointKey: string;
  readonly source: {
    readonly citation: string;
    readonly href: string | undefined;
    readonly kind: string;
    readonly sampleSize: string;
  };
  readonly confidence: {
    readonly level: MotorPointRecord['confidence'];
    readonly label: string;
    readonly explanation: string;
  };
  readonly pointTypeLabel: string;
}

export function placePointFeedback(
  question: PlacePointQuestion,
  score: PlacePointScore,
): PlacePointFeedback | undefined {
  const record = findMotorPointRecord(question.recordId);
  if (!record) return undefined;
  const f = learning.quiz.feedback;
  const confidence = pointText.confidence[record.confidence];
  return {
    headline: learning.quiz.bands[score.band],
    lines: [
      score.inside ? f.insideRegion : f.distance(score.distanceMm),
      f.points(score.points, score.maxPoints),
      f.regionShown,
      f.source(record.evidence.citation),
      f.confidence(confidence.label),
    ],
    pointKey: question.pointKey,
    source: {
      citation: record.evidence.citation,
      href: evidenceHref(record.evidence),
      kind: pointText.evidenceKinds[record.evidence.kind],
      sampleSize: pointText.sampleSize(record.evidence.n),
    },
    confidence: { level: record.confidence, ...confidence },
    pointTypeLabel: pointKindText(record).label,
  };
}

export function pointTypeLabel(pointType: PointType): string {
  return pointText.pointTypes[pointType].label;
}

/** A spot the keyboard user can choose instead of clicking: a letter and a position. */
export interface KeyboardSpot {
  readonly letter: string;
  readonly positionM: Vec3;
  /** The marker the spot sits on (not shown to the learner before answering). */
  readonly pointKey: string;
}

export interface KeyboardSpotsOptions {
  readonly count: number;
  /** Other spots lie at least this far from the target's region, millimetres. */
  readonly minDistractorDistanceMm: number;
  /** Distractors are drawn from this many nearest candidates (plausible, not random). */
  readonly nearestCandidates: number;
}

const KEYBOARD_SPOTS_DEFAULTS: KeyboardSpotsOptions = {
  count: 4,
  minDistractorDistanceMm: 20,
  nearestCandidates: 6,
};

/**
 * The keyboard alternative to clicking: lettered spots on the model, the target's own marker and
 * markers of other records on the same side nearby. An answer is the chosen spot's position,
 * scored by the same distance rule as a click. Empty when the target is not placed.
 */
export function placePointKeyboardSpots(
  rng: Rng,
  question: PlacePointQuestion,
  placed: readonly PlacedPoint[],
  options: Partial<KeyboardSpotsOptions> = {},
): KeyboardSpot[] {
  const opts = { ...KEYBOARD_SPOTS_DEFAULTS, ...options };
  const target = placed.find((p) => p.id === question.pointKey);
  if (!target) return [];
  const candidates = placed
    .filter((p) => p.side === question.side && p.recordId !== question.recordId)
    .map((p) => ({ p, mm: distanceToRegion(p.position, target.region).distanceMm }))
    .filter((c) => c.mm >= opts.minDistractorDistanceMm)
    .sort(
      (a, b) =>
        a.mm - b.mm ||
        distance(a.p.position, target.position) - distance(b.p.position, target.position),
    )
    .slice(0, opts.nearestCandidates);
  const distractors = shuffled(rng, candidates)
    .slice(0, Math.max(opts.count - 1, 0))
    .map((c) => c.p);
  return shuffled(rng, [target, ...distractors]).map((p, i) => ({
    letter: String.fromCharCode(65 + i),
    positionM: p.position,
    pointKey: p.id,
  }));
}

/**
 * The letter of the spot a place-point answer chose (its position is the spot's), or null for a
 * click on the model or another kind of answer: marks the student's own choice after answering.
 */
export function chosenSpotLetter(
  spots: readonly Pick<KeyboardSpot, 'letter' | 'positionM'>[],
  detail: { readonly kind: string; readonly clickM?: Vec3 } | null | undefined,
): string | null {
  if (detail?.kind !== 'place-point' || !detail.clickM) return null;
  const click = detail.clickM;
  const spot = spots.find((s) => s.positionM.every((value, axis) => value === click[axis]));
  return spot?.letter ?? null;
}
