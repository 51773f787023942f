import { describe, expect, it } from 'vitest';
import { distance, type Vec3 } from '../geometry';
import { type NeedleModel, needleForPoint } from './needle-for-point';
import type { ModelledStructure, SurfaceCrossing, TissueKind, TissueQuery } from './tissue-query';

const structure = (key: string, kind: TissueKind): ModelledStructure => {
  const [id = key, side = 'midline'] = key.split(':');
  return { key, id, side, kind, atRisk: false };
};
const SKIN = structure('skin:midline', 'skin');
const BONE = structure('hip-bone:right', 'bone');
const MUSCLE = structure('gluteus-medius:right', 'muscle');
const NERVE = structure('sciatic-nerve:right', 'nerve');

/** A point 31.6 mm from the target, standing in for a nerve beside it. */
const NERVE_AT: Vec3 = [0.03, 0, -0.01];

/** Skin as the plane z = 20 mm above the target; the muscle's own surface 8 mm up. */
function crossingsUnderSkin(origin: Vec3, direction: Vec3, maxM: number): SurfaceCrossing[] {
  if (direction[2] <= 0) return [];
  const at = (z: number) => (z - origin[2]) / direction[2];
  return [
    { structure: MUSCLE, distanceM: at(0.008) },
    { structure: SKIN, distanceM: at(0.02) },
  ].filter((c) => c.distanceM <= maxM);
}

const openTissue: TissueQuery = {
  crossings: crossingsUnderSkin,
  hazardsNear: (p, radiusM) => {
    const d = distance(p, NERVE_AT);
    return d <= radiusM ? [{ structure: NERVE, distanceM: d }] : [];
  },
};

/** Bone wrapped all round the target, inside the skin: every line meets it first. */
const boneShell: TissueQuery = {
  crossings: (_origin, _direction, maxM) =>
    [
      { structure: BONE, distanceM: 0.006 },
      { structure: SKIN, distanceM: 0.03 },
    ].filter((c) => c.distanceM <= maxM),
  hazardsNear: () => [],
};

const model = (tissue: TissueQuery, overrides: Partial<NeedleModel> = {}): NeedleModel => ({
  tissue,
  structures: [SKIN, BONE, MUSCLE, NERVE],
  nearestSkinPoint: (p) => [p[0], p[1], 0.02],
  realScale: 1,
  ...overrides,
});

const POINT = {
  recordId: 'gluteus-medius-posterior',
  muscle: 'gluteus-medius',
  side: 'right',
  position: [0, 0, 0],
  normal: [0, 0, 1],
} as const;

describe('needleForPoint', () => {
  it('gives a straight route through soft tissue, from the nearest skin, and the line to draw', () => {
    const result = needleForPoint(POINT, model(openTissue));
    if (result.kind !== 'guided') throw new Error(result.kind);
    const route = result.guidance.route;
    if (route?.kind !== 'route') throw new Error('expected a route');
    expect(route.skinEntry[2]).toBeCloseTo(0.02, 9);
    expect(route.depthM).toBeCloseTo(0.02, 9);
    // Skin first, the point's own muscle last.
    expect(route.crossed.map((s) => s.key)).toEqual(['skin:midline', 'gluteus-medius:right']);
    // The line starts 40 mm outside the skin on the route's line and ends at the target.
    expect(result.line?.[0][2]).toBeCloseTo(0.06, 9);
    expect(result.line?.[1]).toEqual([0, 0, 0]);
  });

  it('refuses a route through bone: no route, bone named as the blocker, no line drawn', () => {
    const result = needleForPoint(POINT, model(boneShell));
    if (result.kind !== 'guided') throw new Error(result.kind);
    expect(result.guidance.route).toMatchObject({ kind: 'none', reason: 'blocked' });
    if (result.guidance.route?.kind !== 'none') throw new Error('expected no route');
    expect(result.guidance.route.blockedBy.map((s) => s.key)).toEqual(['hip-bone:right']);
    expect(result.line).toBeNull();
  });

  it('measures the nearest nerve in the patient’s real size', () => {
    const reference = needleForPoint(POINT, model(openTissue));
    const larger = needleForPoint(POINT, model(openTissue, { realScale: 1.1 }));
    if (reference.kind !== 'guided' || larger.kind !== 'guided') throw new Error('not guided');
    const nearestM = distance(POINT.position, NERVE_AT);
    expect(reference.guidance.nearbyHazards[0]?.structure.key).toBe('sciatic-nerve:right');
    expect(reference.guidance.nearbyHazards[0]?.distanceM).toBeCloseTo(nearestM, 9);
    expect(larger.guidance.nearbyHazards[0]?.distanceM).toBeCloseTo(nearestM * 1.1, 9);
  });

  it('still guides on a model without skin, and says so: no route reaches skin', () => {
    const noSkin: TissueQuery = { crossings: () => [], hazardsNear: () => [] };
    const result = needleForPoint(POINT, model(noSkin, { nearestSkinPoint: () => undefined }));
    if (result.kind !== 'guided') throw new Error(result.kind);
    expect(result.guidance.route).toMatchObject({ kind: 'none', reason: 'no-skin' });
    expect(result.line).toBeNull();
  });

  it('gives no guidance for a point whose record this app does not have', () => {
    expect(needleForPoint({ ...POINT, recordId: 'brought-point' }, model(openTissue))).toEqual({
      kind: 'unknown-record',
      recordId: 'brought-point',
    });
  });
});
