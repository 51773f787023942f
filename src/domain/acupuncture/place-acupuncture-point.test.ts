import { describe, expect, it } from 'vitest';
import { distance, mirrorX, type Vec3 } from '../geometry';
import { isPlacementError, type PlacementError } from '../motor-points';
import { sphereClosestPoint, syntheticLandmarks } from '../motor-points/synthetic-hip.fixture';
import type { AcupuncturePoint } from './acupuncture-point';
import { cunMm } from './cun-scale';
import { ACUPUNCTURE_POINTS } from './data/acupuncture-points';
import {
  type PlacedAcupuncturePoint,
  placeAcupuncturePoint,
  placeAllAcupuncturePoints,
  type SkinQuery,
} from './place-acupuncture-point';

const landmarks = syntheticLandmarks();
const SKIN_CENTRE: Vec3 = [0, 0, 0];
const SKIN_RADIUS_M = 0.25;
/** A spherical "skin" around the pelvis, symmetric about x = 0. */
const skin: SkinQuery = {
  closestPoint: (_t, _s, p) => sphereClosestPoint(SKIN_CENTRE, SKIN_RADIUS_M, p),
};
/** A flat back: the plane z = -0.2 facing backward; projection keeps x and y. */
const flatBack: SkinQuery = {
  closestPoint: (_t, _s, p) => ({ point: [p[0], p[1], -0.2], normal: [0, 0, -1] }),
};

function point(code: string): AcupuncturePoint {
  const p = ACUPUNCTURE_POINTS.find((q) => q.code === code);
  if (!p) throw new Error(code);
  return p;
}

function placed(result: PlacedAcupuncturePoint | PlacementError): PlacedAcupuncturePoint {
  if (isPlacementError(result)) throw new Error(result.message);
  return result;
}

function expectClose(actual: Vec3, expected: Vec3, toleranceM: number, label = ''): void {
  expect(distance(actual, expected), label).toBeLessThan(toleranceM);
}

// |greater trochanter tip - lateral popliteal crease| = |(0.03, -0.435, -0.02)| m, over 19 cun
const THIGH_CUN_MM = (Math.hypot(0.03, -0.435, -0.02) * 1000) / 19;

describe('cun scales', () => {
  it('derives the thigh cun from trochanter to popliteal crease (19 cun)', () => {
    expect(cunMm('thigh-lateral', 'right', landmarks).mm).toBeCloseTo(THIGH_CUN_MM, 9);
    expect(THIGH_CUN_MM).toBeGreaterThan(20);
    expect(THIGH_CUN_MM).toBeLessThan(25);
  });

  it('derives the inner-thigh cun from pubic tubercle to patellar base (18 cun)', () => {
    expect(cunMm('thigh-medial', 'left', landmarks).mm).toBeCloseTo(
      (Math.hypot(0.045, 0.38, 0.025) * 1000) / 18,
      9,
    );
  });

  it('borrows the thigh cun for the back and leg, flagged as a heuristic', () => {
    expect(cunMm('back', 'right', landmarks)).toEqual({ mm: THIGH_CUN_MM, heuristic: true });
    expect(cunMm('leg', 'right', landmarks)).toEqual({ mm: THIGH_CUN_MM, heuristic: true });
    expect(cunMm('thigh-lateral', 'right', landmarks).heuristic).toBe(false);
  });
});

describe('placeAcupuncturePoint', () => {
  it('puts GB29 halfway from the ASIS to the greater trochanter before projection', () => {
    const p = placed(placeAcupuncturePoint(point('GB29'), 'right', landmarks, skin));
    expectClose(p.rulePosition, [-0.1425, 0.045, 0.025], 1e-9);
  });

  it('puts GB30 a third of the way from the trochanter to the sacral hiatus, and its alternative toward the ASIS', () => {
    const main = placed(placeAcupuncturePoint(point('GB30'), 'right', landmarks, skin));
    expectClose(
      main.rulePosition,
      [-0.16 + 0.3333 * 0.16, -0.01 + 0.3333 * 0.03, -0.01 + 0.3333 * -0.115],
      1e-9,
    );
    const alt = placed(
      placeAcupuncturePoint(point('GB30'), 'right', landmarks, skin, { alternative: 0 }),
    );
    expect(alt.id).toBe('GB30:right:alt0');
    expectClose(
      alt.rulePosition,
      [-0.16 + 0.3333 * 0.035, -0.01 + 0.3333 * 0.11, -0.01 + 0.3333 * 0.07],
      1e-9,
    );
    const none = placeAcupuncturePoint(point('GB30'), 'right', landmarks, skin, { alternative: 5 });
    expect(isPlacementError(none)).toBe(true);
  });

  it('places ST31 where the ASIS-patellar base line meets the level of the symphysis', () => {
    const p = placed(placeAcupuncturePoint(point('ST31'), 'right', landmarks, skin));
    // ASIS (-0.125, 0.10, 0.06) → (-0.11, -0.39, 0.045); level y = -0.04 → t = 0.14 / 0.49
    const t = 0.14 / 0.49;
    expectClose(p.rulePosition, [-0.125 + t * 0.015, -0.04, 0.06 - t * 0.015], 1e-9);
  });

  it('offsets BL54 3 cun lateral of the sacral hiatus with a ±0.5 cun band', () => {
    const right = placed(placeAcupuncturePoint(point('BL54'), 'right', landmarks, flatBack));
    const cun = THIGH_CUN_MM / 1000;
    expectClose(right.rulePosition, [-3 * cun, 0.02, -0.125], 1e-9);
    expect(right.cunHeuristic).toBe(true);
    expect(right.region.shape).toBe('band');
    const xs = right.region.points.map((q) => q[0]);
    // band 2.5-3.5 cun, widened by the 0.5 cun half-width at its ends
    expect(Math.max(...xs)).toBeCloseTo(-2 * cun, 9);
    expect(Math.min(...xs)).toBeCloseTo(-4 * cun, 9);
    const left = placed(placeAcupuncturePoint(point('BL54'), 'left', landmarks, flatBack));
    expectClose(left.position, mirrorX(right.position), 1e-9);
  });

  it('levels BL53 with the S2 foramen on the posterior median line', () => {
    const p = placed(placeAcupuncturePoint(point('BL53'), 'left', landmarks, flatBack));
    expect(p.rulePosition[1]).toBeCloseTo(0.065, 12);
    expect(p.rulePosition[0]).toBeCloseTo((3 * THIGH_CUN_MM) / 1000, 12);
  });

  it('places every point on both sides of the skin, as mirror images', () => {
    const { placed: all, errors } = placeAllAcupuncturePoints(ACUPUNCTURE_POINTS, landmarks, skin);
    expect(errors).toEqual([]);
    expect(all).toHaveLength(ACUPUNCTURE_POINTS.length * 2);
    for (const p of all) {
      const onSkin = (q: Vec3) => Math.abs(distance(q, SKIN_CENTRE) - SKIN_RADIUS_M);
      expect(onSkin(p.position), p.id).toBeLessThan(1e-9);
      for (const q of p.region.points) expect(onSkin(q), p.id).toBeLessThan(1e-9);
      if (p.side !== 'right') continue;
      const left = all.find((q) => q.code === p.code && q.side === 'left');
      expect(left, p.code).toBeDefined();
      if (left) expectClose(left.position, mirrorX(p.position), 0.002, p.code);
    }
  });

  it('names a missing landmark with the acupuncture module and the fix', () => {
    const result = placeAcupuncturePoint(
      point('GB29'),
      'right',
      syntheticLandmarks([{ id: 'popliteal-crease-lateral', side: 'right' }]),
      skin,
    );
    expect((result as PlacementError).message).toBe(
      'acupuncture: landmark "popliteal-crease-lateral" (right) is missing from the model; add an empty node with extras {kind:"landmark",id:"popliteal-crease-lateral",side:"right"}',
    );
  });

  it('reports a model without skin', () => {
    const result = placeAcupuncturePoint(point('BL36'), 'left', landmarks, {
      closestPoint: () => undefined,
    });
    expect(result).toMatchObject({
      kind: 'placement-error',
      module: 'acupuncture',
      code: 'missing-surface',
    });
    expect((result as PlacementError).message).toContain('{kind:"skin",id:"skin",side:"midline"}');
  });
});
