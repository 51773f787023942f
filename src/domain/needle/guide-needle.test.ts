import { describe, expect, it } from 'vitest';
import { MOTOR_POINTS } from '../motor-points';
import { guideNeedle } from './guide-needle';
import type { TissueQuery } from './tissue-query';

/** A body of skin only: a plane 20 mm above every target. */
const skinOnly: TissueQuery = {
  crossings: (origin, direction, maxM) => {
    if (direction[2] <= 0) return [];
    const t = (0.02 - origin[2]) / direction[2];
    return t <= maxM
      ? [
          {
            structure: {
              key: 'skin:midline',
              id: 'skin',
              side: 'midline',
              kind: 'skin',
              atRisk: false,
            },
            distanceM: t,
          },
        ]
      : [];
  },
  hazardsNear: () => [],
};
const record = (id: string) => {
  const r = MOTOR_POINTS.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};
const at = { position: [0, 0, 0] as const, preferredDirections: [[0, 0, 1] as const] };

describe('guideNeedle', () => {
  it('never searches a route to psoas, iliacus or the intrapelvic piriformis entry', () => {
    for (const id of [
      'psoas-major-endplate-zone',
      'iliacus-arborization-upper',
      'piriformis-nerve-entry',
    ]) {
      const g = guideNeedle(record(id), at, skinOnly, new Set());
      expect(g.approach.kind, id).toBe('image-guided');
      expect(g.route, id).toBeNull();
    }
  });

  it('gives surface electrode sites and unlocated muscle parts no route and no depth', () => {
    const vendor = guideNeedle(
      record('gluteus-maximus-central-stimulation-site'),
      at,
      skinOnly,
      new Set(),
    );
    expect(vendor.approach.kind).toBe('surface-electrode');
    expect(vendor.route).toBeNull();
    expect(vendor.publishedDepth).toBeNull();
    const part = guideNeedle(record('gluteus-medius-anterior'), at, skinOnly, new Set());
    expect(part.approach.kind).toBe('no-location');
    expect(part.route).toBeNull();
  });

  it('searches a route for a superficial target and names what the model lacks near it', () => {
    const g = guideNeedle(record('gluteus-medius-posterior'), at, skinOnly, new Set(['skin']));
    expect(g.route?.kind).toBe('route');
    expect(g.unmodelledNearby).toContain('superior-gluteal-artery');
    // A model that brings the artery drops it from the "not in this model" list.
    const withArtery = guideNeedle(
      record('gluteus-medius-posterior'),
      at,
      skinOnly,
      new Set(['superior-gluteal-artery']),
    );
    expect(withArtery.unmodelledNearby).not.toContain('superior-gluteal-artery');
    // ...and names it among the structures near the point that the model has.
    expect(withArtery.modelledNearby).toContain('superior-gluteal-artery');
    expect(g.modelledNearby).not.toContain('superior-gluteal-artery');
  });

  it("reports depths in the fitted body's real size and keeps safety distances in real millimetres", () => {
    const reference = guideNeedle(record('gluteus-medius-posterior'), at, skinOnly, new Set());
    const larger = guideNeedle(
      record('gluteus-medius-posterior'),
      { ...at, realScale: 1.1 },
      skinOnly,
      new Set(),
    );
    if (reference.route?.kind !== 'route' || larger.route?.kind !== 'route')
      throw new Error('expected routes');
    expect(reference.route.depthM, 'reference depth').toBeCloseTo(0.02, 6);
    expect(larger.route.depthM, 'fitted depth: 20 mm of model × 1.1').toBeCloseTo(0.022, 6);
  });

  it('attaches the published piriformis depth (Park 2011) and the Hwang 2009 intramuscular range', () => {
    expect(
      guideNeedle(record('piriformis-arborization-zone'), at, skinOnly, new Set()).publishedDepth
        ?.skinToMuscleMm,
    ).toEqual([52, 66]);
    expect(
      guideNeedle(record('gluteus-maximus-middle-nerve-dense-zone'), at, skinOnly, new Set())
        .publishedDepth?.targetWithinMusclePct,
    ).toEqual([59, 82]);
  });
});
