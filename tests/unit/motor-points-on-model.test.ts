import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACUPUNCTURE_POINTS,
  placeAllAcupuncturePoints,
  type SkinQuery,
} from '../../src/domain/acupuncture';
import type { BilateralSide, LandmarkId, MuscleId, Side } from '../../src/domain/anatomy';
import { distance, dot, mirrorX, sub, type Vec3 } from '../../src/domain/geometry';
import {
  type LandmarkLookup,
  MOTOR_POINTS,
  type PlacedPoint,
  placeAllMotorPoints,
  resolveAnchor,
  type SurfaceQuery,
} from '../../src/domain/motor-points';
import { closestOnSurface, type HipModelData, readHipModel } from '../support/read-hip-model';

/**
 * Motor point placement on the built model: reads the glb the way any model is read (by node
 * `extras`), poses skinned muscles in their rest pose, and checks every record on both sides.
 * Set HIP_MODEL_GLB to check another model that meets the contract.
 */
const MODEL_PATH =
  process.env.HIP_MODEL_GLB ?? resolve(import.meta.dirname, '../../public/models/hip.glb');
const HAVE_MODEL = existsSync(MODEL_PATH);
const TOLERANCE_M = 0.002;

type LoadedModel = HipModelData;

const key = (id: string, side: Side) => `${id}:${side}`;
const loadModel = (path: string) => readHipModel(path);

function closest(model: LoadedModel, muscle: MuscleId, side: BilateralSide, p: Vec3) {
  const surface = model.surfaces.get(key(muscle, side));
  return surface ? closestOnSurface(surface, p) : undefined;
}

describe(`motor points on ${MODEL_PATH}`, () => {
  let model: LoadedModel;
  let landmarks: LandmarkLookup;
  let surface: SurfaceQuery;
  let placed: PlacedPoint[];

  beforeAll(async () => {
    model = await loadModel(MODEL_PATH);
    landmarks = (id: LandmarkId, side: Side) => model.landmarks.get(key(id, side));
    surface = { closestPoint: (muscle, side, p) => closest(model, muscle, side, p) };
    const result = placeAllMotorPoints(MOTOR_POINTS, landmarks, surface);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    placed = result.placed;
  }, 120_000);

  it('has a surface for every muscle the records use, on both sides', () => {
    const muscles = new Set(MOTOR_POINTS.map((r) => r.muscle));
    for (const m of muscles) {
      for (const side of ['left', 'right'] as const) {
        expect(model.surfaces.has(key(m, side)), key(m, side)).toBe(true);
      }
    }
  });

  it('resolves every record on both sides', () => {
    expect(placed).toHaveLength(MOTOR_POINTS.length * 2);
  });

  it('places left and right as mirror images within 2 mm', () => {
    for (const right of placed.filter((p) => p.side === 'right')) {
      const left = placed.find((p) => p.recordId === right.recordId && p.side === 'left');
      expect(left, right.recordId).toBeDefined();
      if (!left) continue;
      expect(distance(left.rulePosition, mirrorX(right.rulePosition)), right.recordId).toBeLessThan(
        TOLERANCE_M,
      );
      expect(distance(left.position, mirrorX(right.position)), right.recordId).toBeLessThan(
        TOLERANCE_M,
      );
    }
  });

  it('keeps each placed point and its region within 2 mm of the muscle surface', () => {
    for (const p of placed) {
      const hit = closest(model, p.muscle, p.side, p.position);
      expect(hit?.distanceM ?? Number.POSITIVE_INFINITY, p.id).toBeLessThan(TOLERANCE_M);
      for (const q of p.region.points) {
        expect(
          closest(model, p.muscle, p.side, q)?.distanceM ?? Number.POSITIVE_INFINITY,
          p.id,
        ).toBeLessThan(TOLERANCE_M);
      }
    }
  });

  it('keeps each rule point inside its stated range and each marker inside its region', () => {
    for (const p of placed) {
      const record = MOTOR_POINTS.find((r) => r.id === p.recordId);
      if (!record) throw new Error(p.recordId);
      const rule = record.rule;
      expect(distance(p.position, p.region.centre), p.id).toBeLessThanOrEqual(
        p.region.radiusM + 1e-9,
      );
      if (rule.kind === 'line-fraction') {
        const a = resolveAnchor(rule.from, p.side, landmarks);
        const b = resolveAnchor(rule.to, p.side, landmarks);
        const ab = sub(b, a);
        const [lo, hi] = rule.fractionRange ?? [rule.fraction, rule.fraction];
        const t = dot(sub(p.rulePosition, a), ab) / dot(ab, ab);
        if (!rule.perpendicular) {
          expect(t, p.id).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(t, p.id).toBeLessThanOrEqual(hi + 1e-9);
        }
      }
      if (rule.kind === 'offset') {
        const origin = resolveAnchor(rule.from, p.side, landmarks);
        const [lo, hi] = rule.offsetRangeMm ?? [rule.offsetMm, rule.offsetMm];
        const mm = distance(origin, p.rulePosition) * 1000;
        expect(mm, p.id).toBeGreaterThanOrEqual(lo - 1e-6);
        expect(mm, p.id).toBeLessThanOrEqual(hi + 1e-6);
      }
      if (rule.kind === 'at') {
        expect(
          distance(p.rulePosition, resolveAnchor(rule.anchor, p.side, landmarks)),
          p.id,
        ).toBeLessThan(1e-9);
      }
      if (rule.kind === 'quad') {
        const c = rule.corners;
        const [c00, c10, c01, c11] = [c.u0v0, c.u1v0, c.u0v1, c.u1v1].map((k) =>
          resolveAnchor(k, p.side, landmarks),
        );
        const bil = (u: number, v: number): Vec3 => {
          const w = [(1 - u) * (1 - v), u * (1 - v), (1 - u) * v, u * v];
          const pts = [c00, c10, c01, c11];
          return [0, 1, 2].map((axis) =>
            pts.reduce((s, q, i) => s + (q?.[axis] ?? 0) * (w[i] ?? 0), 0),
          ) as unknown as Vec3;
        };
        expect(distance(p.rulePosition, bil(rule.u, rule.v)), p.id).toBeLessThan(1e-9);
      }
    }
  });
});

describe(`acupuncture points on ${MODEL_PATH}`, () => {
  it('places every point on both sides, on the skin, mirrored within its region', async () => {
    const loaded = await loadModel(MODEL_PATH);
    const lookup: LandmarkLookup = (id, side) => loaded.landmarks.get(key(id, side));
    const skinSurface = loaded.surfaces.get(key('skin', 'midline'));
    expect(skinSurface, 'skin mesh').toBeDefined();
    const skin: SkinQuery = {
      closestPoint: (_target, _side, p) => {
        const hit = skinSurface ? closestOnSurface(skinSurface, p) : undefined;
        return hit ? { point: hit.point, normal: [0, 0, 1] } : undefined;
      },
    };
    const { placed: points, errors } = placeAllAcupuncturePoints(ACUPUNCTURE_POINTS, lookup, skin);
    expect(errors.map((e) => e.message)).toEqual([]);
    for (const right of points.filter((p) => p.side === 'right')) {
      const left = points.find((p) => p.code === right.code && p.side === 'left');
      expect(left, right.code).toBeDefined();
      if (!left) continue;
      expect(distance(left.rulePosition, mirrorX(right.rulePosition)), right.code).toBeLessThan(
        TOLERANCE_M,
      );
      // The rule points lie inside the body; where two skin patches are almost equally near,
      // a closest-point query is ill-conditioned and tiny mesh asymmetries move the projection
      // (6.6 mm at GB29 on the current model, whose skin is symmetric to 0.2 mm). Require the two
      // sides to agree within the drawn region instead.
      expect(distance(left.position, mirrorX(right.position)), right.code).toBeLessThan(
        right.region.radiusM,
      );
      const onSkin = skinSurface ? closestOnSurface(skinSurface, left.position) : undefined;
      expect(onSkin?.distanceM ?? Number.POSITIVE_INFINITY, left.code).toBeLessThan(TOLERANCE_M);
    }
  }, 120_000);
});

describe('the model under test', () => {
  it('exists (the built-in model is committed; another can be given with HIP_MODEL_GLB)', () => {
    expect(HAVE_MODEL, `${MODEL_PATH} is missing; build it with npm run model`).toBe(true);
  });
});
