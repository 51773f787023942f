import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../geometry';
import { MOTOR_POINTS, placeAllMotorPoints } from '../motor-points';
import { syntheticLandmarks, syntheticSurface } from '../motor-points/synthetic-hip.fixture';
import {
  chosenSpotLetter,
  findMotorPointRecord,
  generatePlacePointQuestion,
  PLACE_POINT_SCORING_DEFAULTS,
  placePointFeedback,
  placePointKeyboardSpots,
  placePointQuestion,
  scoreBandFor,
  scorePlacePoint,
} from './place-point-question';
import { SQUARE } from './quiz.fixture';
import { distanceToRegion } from './region-distance';
import { createRng } from './seeded-random';

const RECORD = findMotorPointRecord('gluteus-medius-posterior')!;
const QUESTION = placePointQuestion('q1', RECORD, 'right');

function score(click: Vec3) {
  return scorePlacePoint(QUESTION, click, { region: SQUARE });
}

describe('place-point scoring against hand-computed distances', () => {
  it('gives full marks inside the region (0 mm) and on its edge', () => {
    expect(score([0, 0, 0])).toMatchObject({
      distanceMm: 0,
      inside: true,
      band: 'on-target',
      points: 10,
    });
    expect(score([0.01, 0.005, 0])).toMatchObject({ band: 'on-target', points: 10 });
  });

  it('scores by distance to the outline, not to the centre', () => {
    // 5 mm right of the right edge (x = 15 mm): 15 mm from the centre, but 5 mm from the region.
    expect(score([0.015, 0, 0])).toMatchObject({ band: 'on-target', points: 10 });
    expect(score([0.015, 0, 0]).distanceMm).toBeCloseTo(5, 9);
  });

  it('walks through the bands: 10, 15, 30, 41 mm outside', () => {
    // x = 20 mm → 10 mm outside: "close", 8 points (≤ 10 mm).
    expect(score([0.02, 0, 0])).toMatchObject({ band: 'close', points: 8 });
    expect(score([0.02, 0, 0]).distanceMm).toBeCloseTo(10, 9);
    // y = 25 mm → 15 mm outside the top edge: "near", 5 points.
    expect(score([0, 0.025, 0])).toMatchObject({ band: 'near', points: 5 });
    // Corner (10, 10) → click (28, 34) mm: hypot(18, 24) = 30 mm: "off", 2 points.
    const corner = score([0.028, 0.034, 0]);
    expect(corner.distanceMm).toBeCloseTo(30, 9);
    expect(corner).toMatchObject({ band: 'off', points: 2 });
    // x = -51 mm → 41 mm outside: "miss", 0 points.
    expect(score([-0.051, 0, 0])).toMatchObject({ band: 'miss', points: 0 });
  });

  it('puts band boundaries in the nearer band', () => {
    const bands = PLACE_POINT_SCORING_DEFAULTS.bands;
    expect(scoreBandFor(5, bands).id).toBe('on-target');
    expect(scoreBandFor(5.0001, bands).id).toBe('close');
    expect(scoreBandFor(40, bands).id).toBe('off');
    expect(scoreBandFor(Number.POSITIVE_INFINITY, bands).id).toBe('miss');
  });

  it('accepts custom bands', () => {
    const strict = scorePlacePoint(
      QUESTION,
      [0.02, 0, 0],
      { region: SQUARE },
      {
        bands: [
          { id: 'on-target', maxDistanceMm: 1, points: 10 },
          { id: 'miss', maxDistanceMm: Number.POSITIVE_INFINITY, points: 0 },
        ],
      },
    );
    expect(strict.points).toBe(0);
  });
});

describe('place-point feedback', () => {
  it('shows the region, its source and its confidence', () => {
    const feedback = placePointFeedback(QUESTION, score([0.02, 0, 0]))!;
    expect(feedback.pointKey).toBe('gluteus-medius-posterior:right');
    expect(feedback.source.citation).toContain('Botte MJ');
    expect(feedback.source.kind).toBe('Study in living people');
    expect(feedback.confidence).toMatchObject({ level: 'moderate', label: 'Moderate evidence' });
    expect(feedback.lines).toContain(
      'Your click is 10 mm from the edge of the region the study reports.',
    );
    expect(feedback.lines).toContain('8 of 10 points.');
  });
});

describe('place-point questions', () => {
  it('are deterministic per seed and skip records already used', () => {
    const a = generatePlacePointQuestion(createRng(5), 'q1');
    const b = generatePlacePointQuestion(createRng(5), 'q1');
    expect(a).toEqual(b);
    const used = new Set(
      MOTOR_POINTS.map((r) => r.id).filter((id) => id !== 'piriformis-nerve-entry'),
    );
    expect(generatePlacePointQuestion(createRng(5), 'q1', { used })?.recordId).toBe(
      'piriformis-nerve-entry',
    );
  });

  it('respect a muscle filter', () => {
    for (let seed = 0; seed < 20; seed++) {
      const q = generatePlacePointQuestion(createRng(seed), 'q', { muscles: ['gluteus-medius'] });
      expect(q?.muscle).toBe('gluteus-medius');
      expect(q?.recordId).toBe('gluteus-medius-posterior');
    }
  });

  it('never score against guessed regions: none for iliacus, whose axes are all unconfirmed', () => {
    expect(generatePlacePointQuestion(createRng(1), 'q', { muscles: ['iliacus'] })).toBeUndefined();
  });

  it('score a click on the placed marker well on a real placement', () => {
    const { placed } = placeAllMotorPoints(MOTOR_POINTS, syntheticLandmarks(), syntheticSurface());
    for (const p of placed) {
      const record = findMotorPointRecord(p.recordId)!;
      const q = placePointQuestion('q', record, p.side);
      // The marker sits on the rule's nominal value: in the region or next to it.
      expect(scorePlacePoint(q, p.position, p).distanceMm, p.id).toBeLessThan(10);
    }
  });
});

describe('keyboard spots (the alternative to clicking)', () => {
  const { placed } = placeAllMotorPoints(MOTOR_POINTS, syntheticLandmarks(), syntheticSurface());

  it('offers the target and nearby other markers of the same side, lettered A–D', () => {
    const q = placePointQuestion('q', RECORD, 'left');
    const spots = placePointKeyboardSpots(createRng(1), q, placed);
    expect(spots.map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(spots.filter((s) => s.pointKey === 'gluteus-medius-posterior:left')).toHaveLength(1);
    const target = placed.find((p) => p.id === 'gluteus-medius-posterior:left')!;
    for (const spot of spots) {
      expect(spot.pointKey.endsWith(':left')).toBe(true);
      if (spot.pointKey !== target.id) {
        expect(distanceToRegion(spot.positionM, target.region).distanceMm).toBeGreaterThanOrEqual(
          20,
        );
      }
    }
    expect(placePointKeyboardSpots(createRng(1), q, placed)).toEqual(spots);
  });

  it('is empty when the target is not placed', () => {
    expect(placePointKeyboardSpots(createRng(1), QUESTION, [])).toEqual([]);
  });
});

describe('chosenSpotLetter', () => {
  const spots = [
    { letter: 'A', positionM: [0.1, 0.2, 0.3] as const },
    { letter: 'B', positionM: [0.4, 0.5, 0.6] as const },
  ];
  const placed = (clickM: readonly [number, number, number]) => ({
    kind: 'place-point',
    clickM,
  });

  it('names the spot whose position the answer carries', () => {
    expect(chosenSpotLetter(spots, placed([0.4, 0.5, 0.6]))).toBe('B');
  });

  it('is null for a click on the model, a choice answer or no answer', () => {
    expect(chosenSpotLetter(spots, placed([0.4, 0.5, 0.61]))).toBeNull();
    expect(chosenSpotLetter(spots, { kind: 'choice' })).toBeNull();
    expect(chosenSpotLetter(spots, null)).toBeNull();
  });
});
