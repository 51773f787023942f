import { describe, expect, it } from 'vitest';
import type { BilateralSide } from '../anatomy';
import { distance, dot, mirrorX, sub, type Vec3 } from '../geometry';
import { type Anchor, resolveAnchor } from './anchor';
import { MOTOR_POINTS } from './data/motor-points';
import type { MotorPointRecord } from './motor-point';
import { type PlacedPoint, placeAllMotorPoints, placeMotorPoint } from './place-motor-point';
import { isPlacementError, type PlacementError } from './placement-error';
import type { SurfaceQuery } from './surface-query';
import {
  SPHERE_RADIUS_M,
  sphereCentre,
  syntheticLandmarks,
  syntheticSurface,
} from './synthetic-hip.fixture';

const MM = 0.001;

function record(id: string): MotorPointRecord {
  const r = MOTOR_POINTS.find((p) => p.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
}

function placed(result: PlacedPoint | PlacementError): PlacedPoint {
  if (isPlacementError(result)) throw new Error(result.message);
  return result;
}

function expectClose(actual: Vec3, expected: Vec3, toleranceM: number, label: string): void {
  expect(distance(actual, expected), label).toBeLessThan(toleranceM);
}

/** Parameter of `p` projected onto the line a→b (0 at a, 1 at b). */
function lineParameter(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  return dot(sub(p, a), ab) / dot(ab, ab);
}

const landmarks = syntheticLandmarks();
const surface = syntheticSurface();

describe('placeMotorPoint', () => {
  it('puts the TFL nerve entry at 16.71 % of ASIS → patella centre before projection', () => {
    const p = placed(
      placeMotorPoint(record('tensor-fasciae-latae-nerve-entry'), 'right', landmarks, surface),
    );
    // ASIS (-0.125, 0.10, 0.06), patella centre (-0.09, -0.41, 0.05): ASIS + 0.1671 × (0.035, -0.51, -0.01)
    expectClose(p.rulePosition, [-0.1191515, 0.014779, 0.058329], 1e-9, 'rule position');
    const left = placed(
      placeMotorPoint(record('tensor-fasciae-latae-nerve-entry'), 'left', landmarks, surface),
    );
    expectClose(left.rulePosition, [0.1191515, 0.014779, 0.058329], 1e-9, 'left rule position');
  });

  it('places every record on both sides of a complete model, as mirror images', () => {
    const { placed: all, errors } = placeAllMotorPoints(MOTOR_POINTS, landmarks, surface);
    expect(errors).toEqual([]);
    expect(all).toHaveLength(MOTOR_POINTS.length * 2);
    for (const right of all.filter((p) => p.side === 'right')) {
      const left = all.find((p) => p.recordId === right.recordId && p.side === 'left');
      expect(left, right.recordId).toBeDefined();
      if (!left) continue;
      expectClose(left.position, mirrorX(right.position), 2 * MM, `${right.recordId} position`);
      expectClose(left.rulePosition, mirrorX(right.rulePosition), 2 * MM, `${right.recordId} rule`);
      expectClose(
        left.region.centre,
        mirrorX(right.region.centre),
        2 * MM,
        `${right.recordId} centre`,
      );
      expect(left.region.points.length).toBe(right.region.points.length);
    }
  });

  it('puts the marker and its whole region on the muscle surface', () => {
    const { placed: all } = placeAllMotorPoints(MOTOR_POINTS, landmarks, surface);
    for (const p of all) {
      const c = sphereCentre(p.side);
      const onSphere = (q: Vec3) => Math.abs(distance(q, c) - SPHERE_RADIUS_M);
      expect(onSphere(p.position), p.id).toBeLessThan(1e-9);
      expect(onSphere(p.region.midpoint), p.id).toBeLessThan(1e-9);
      expect(onSphere(p.region.centre), p.id).toBeLessThan(1e-9);
      expect(p.region.points.length, p.id).toBeGreaterThanOrEqual(8);
      for (const q of p.region.points) expect(onSphere(q), p.id).toBeLessThan(1e-9);
      expect(p.region.radiusM, p.id).toBeGreaterThan(0);
      for (const q of p.region.points) {
        expect(distance(q, p.region.centre), p.id).toBeLessThanOrEqual(p.region.radiusM + 1e-12);
      }
      expect(Math.hypot(...p.normal), p.id).toBeCloseTo(1, 9);
    }
  });

  it('keeps line-fraction points inside their stated ranges', () => {
    for (const r of MOTOR_POINTS) {
      if (r.rule.kind !== 'line-fraction' || !r.rule.fractionRange || r.rule.perpendicular)
        continue;
      for (const side of ['left', 'right'] as const satisfies BilateralSide[]) {
        const p = placed(placeMotorPoint(r, side, landmarks, surface));
        const [lo, hi] = r.rule.fractionRange;
        const a = resolveEnd(r.rule.from, side);
        const b = resolveEnd(r.rule.to, side);
        const t = lineParameter(p.rulePosition, a, b);
        expect(t, r.id).toBeGreaterThanOrEqual(lo - 1e-9);
        expect(t, r.id).toBeLessThanOrEqual(hi + 1e-9);
        // Projection may slide the point along the line by at most the distance it moved.
        const slack = p.projectionDistanceM / distance(a, b);
        const tProjected = lineParameter(p.position, a, b);
        expect(tProjected, r.id).toBeGreaterThanOrEqual(lo - slack - 1e-9);
        expect(tProjected, r.id).toBeLessThanOrEqual(hi + slack + 1e-9);
      }
    }
  });

  it('draws the minimus nerve branch as the 20-50 mm stretch above the trochanter', () => {
    const p = placed(
      placeMotorPoint(record('gluteus-minimus-nerve-branch'), 'right', landmarks, surface),
    );
    expectClose(p.rulePosition, [-0.16, -0.01 + 0.033, -0.01], 1e-9, 'rule position');
    expect(p.region.shape).toBe('band');
    const flat = placed(
      placeMotorPoint(record('gluteus-minimus-nerve-branch'), 'right', landmarks, {
        // A large flat surface facing lateral (-X) through the trochanter: projection keeps y.
        closestPoint: (_m, _s, q) => ({ point: [-0.16, q[1], q[2]], normal: [-1, 0, 0] }),
      }),
    );
    const ys = flat.region.points.map((q) => q[1]);
    expect(Math.min(...ys)).toBeCloseTo(-0.01 + 0.02 - 0.01, 9); // 20 mm minus the 10 mm half-width
    expect(Math.max(...ys)).toBeCloseTo(-0.01 + 0.05 + 0.01, 9);
    expectClose(flat.region.midpoint, [-0.16, -0.01 + 0.035, -0.01], 1e-9, 'midpoint');
  });

  it('puts stimulation sites on the outer face and nerve entries on the nearest face', () => {
    // Two faces 20 mm apart along X: the outer one at -0.16, the deep one at -0.14.
    const twoFaces: SurfaceQuery = {
      closestPoint: (_m, _s, q, face) =>
        face === 'outer'
          ? { point: [-0.16, q[1], q[2]], normal: [-1, 0, 0] }
          : { point: [-0.14, q[1], q[2]], normal: [1, 0, 0] },
    };
    const site = placed(
      placeMotorPoint(record('gluteus-medius-posterior'), 'right', landmarks, twoFaces),
    );
    expect(site.position[0]).toBeCloseTo(-0.16, 9);
    const entry = MOTOR_POINTS.find((r) => r.pointType === 'nerve-entry');
    if (!entry) throw new Error('no nerve entry record');
    const nerveEntry = placed(placeMotorPoint(entry, 'right', landmarks, twoFaces));
    expect(nerveEntry.position[0]).toBeCloseTo(-0.14, 9);
  });

  it('uses a patch for two-range rules and a disc for single points', () => {
    const quad = placed(
      placeMotorPoint(
        record('gluteus-maximus-middle-nerve-dense-zone'),
        'right',
        landmarks,
        surface,
      ),
    );
    expect(quad.region.shape).toBe('patch');
    const at = placed(
      placeMotorPoint(
        record('gluteus-maximus-central-stimulation-site'),
        'right',
        landmarks,
        surface,
      ),
    );
    expect(at.region.shape).toBe('disc');
    expect(at.region.radiusM).toBeGreaterThan(0.02);
  });

  it('names the missing landmark, its side and the fix', () => {
    const result = placeMotorPoint(
      record('gluteus-maximus-middle-nerve-dense-zone'),
      'left',
      syntheticLandmarks([{ id: 'PSIS', side: 'left' }]),
      surface,
    );
    expect(isPlacementError(result)).toBe(true);
    expect(result).toMatchObject({
      code: 'missing-landmark',
      landmark: 'PSIS',
      landmarkSide: 'left',
    });
    expect((result as PlacementError).message).toBe(
      'motor-points: landmark "PSIS" (left) is missing from the model; add an empty node with extras {kind:"landmark",id:"PSIS",side:"left"}',
    );
  });

  it('asks for midline landmarks on the midline', () => {
    const result = placeMotorPoint(
      record('iliacus-suprainguinal-motor-point'),
      'right',
      syntheticLandmarks([{ id: 'umbilicus', side: 'midline' }]),
      surface,
    );
    expect(result).toMatchObject({
      code: 'missing-landmark',
      landmark: 'umbilicus',
      landmarkSide: 'midline',
    });
  });

  it('reports a missing muscle surface instead of guessing', () => {
    const result = placeMotorPoint(
      record('piriformis-nerve-entry'),
      'right',
      landmarks,
      syntheticSurface(['piriformis']),
    );
    expect(result).toMatchObject({ kind: 'placement-error', code: 'missing-surface' });
    expect((result as PlacementError).message).toContain(
      'extras {kind:"muscle",id:"piriformis",side:"right"}',
    );
  });

  it('collects errors per side without stopping the others', () => {
    const { placed: all, errors } = placeAllMotorPoints(
      MOTOR_POINTS,
      syntheticLandmarks([{ id: 'PSIS', side: 'left' }]),
      surface,
    );
    const needPsis = MOTOR_POINTS.filter((r) => JSON.stringify(r.rule).includes('"PSIS"'));
    expect(errors).toHaveLength(needPsis.length);
    expect(errors.every((e) => e.side === 'left' && e.landmark === 'PSIS')).toBe(true);
    expect(all).toHaveLength(MOTOR_POINTS.length * 2 - needPsis.length);
  });
});

function resolveEnd(anchor: Anchor, side: BilateralSide): Vec3 {
  return resolveAnchor(anchor, side, landmarks);
}
