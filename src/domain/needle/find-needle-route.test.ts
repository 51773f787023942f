import { describe, expect, it } from 'vitest';
import { addScaled, distance, dot, sub, type Vec3 } from '../geometry';
import { findNeedleRoute } from './find-needle-route';
import type { ModelledStructure, TissueKind, TissueQuery } from './tissue-query';

/** Tiny analytic tissue: horizontal planes (z = const) and spheres, in metres. */
type Shape =
  | { structure: ModelledStructure; plane: number }
  | { structure: ModelledStructure; centre: Vec3; radius: number };

const structure = (id: string, kind: TissueKind, atRisk = false): ModelledStructure => ({
  key: `${id}:right`,
  id,
  side: 'right',
  kind,
  atRisk,
});

function fixture(shapes: Shape[]): TissueQuery {
  return {
    crossings(origin, direction, maxM) {
      const out = [];
      for (const shape of shapes) {
        if ('plane' in shape) {
          if (Math.abs(direction[2]) < 1e-12) continue;
          const t = (shape.plane - origin[2]) / direction[2];
          if (t > 0 && t <= maxM) out.push({ structure: shape.structure, distanceM: t });
        } else {
          const oc = sub(origin, shape.centre);
          const b = dot(oc, direction);
          const disc = b * b - (dot(oc, oc) - shape.radius ** 2);
          if (disc < 0) continue;
          for (const t of [-b - Math.sqrt(disc), -b + Math.sqrt(disc)])
            if (t > 0 && t <= maxM) out.push({ structure: shape.structure, distanceM: t });
        }
      }
      return out;
    },
    hazardsNear(point, radiusM) {
      return shapes.flatMap((shape) => {
        const s = shape.structure;
        if (!(s.atRisk || s.kind === 'nerve' || s.kind === 'vessel' || s.kind === 'organ'))
          return [];
        const d =
          'plane' in shape
            ? Math.abs(point[2] - shape.plane)
            : Math.abs(distance(point, shape.centre) - shape.radius);
        return d <= radiusM ? [{ structure: s, distanceM: d }] : [];
      });
    },
  };
}

const skin = structure('skin', 'skin');
const muscle = structure('gluteus-maximus', 'muscle');
const TARGET: Vec3 = [0, 0, 0];
const UP: Vec3 = [0, 0, 1];
const mm = (m: number) => Math.round(m * 10000) / 10;

describe('findNeedleRoute', () => {
  it('draws no route when bone lies between the skin and the target', () => {
    const bone = structure('ilium', 'bone');
    const route = findNeedleRoute(
      TARGET,
      fixture([
        { structure: skin, plane: 0.05 },
        { structure: bone, plane: 0.02 },
        { structure: bone, plane: 0.03 },
      ]),
      { extraDirections: [UP] },
    );
    expect(route.kind).toBe('none');
    if (route.kind !== 'none') return;
    expect(route.reason).toBe('blocked');
    expect(route.blockedBy.map((s) => s.kind)).toEqual(['bone']);
  });

  it('draws no route when a vessel lies on the only line that reaches the skin', () => {
    const artery = structure('superior-gluteal-artery', 'vessel', true);
    const route = findNeedleRoute(
      TARGET,
      fixture([
        { structure: skin, plane: 0.05 },
        { structure: artery, centre: [0, 0, 0.025], radius: 0.015 },
      ]),
      // Only lines within about 34° of straight up reach the skin within 60 mm.
      { extraDirections: [UP], maxDepthM: 0.06 },
    );
    expect(route.kind).toBe('none');
    if (route.kind !== 'none') return;
    expect(route.blockedBy[0]?.id).toBe('superior-gluteal-artery');
  });

  it('draws no route when a nerve passes within the safety distance of the line', () => {
    const nerve = structure('sciatic-nerve', 'nerve');
    const route = findNeedleRoute(
      TARGET,
      fixture([
        { structure: skin, plane: 0.05 },
        // Surface 3 mm from the straight-up line, nowhere crossed by it.
        { structure: nerve, centre: [0.008, 0, 0.025], radius: 0.005 },
      ]),
      { extraDirections: [UP], maxDepthM: 0.051, directions: 0 },
    );
    expect(route.kind).toBe('none');
  });

  it('reports a nerve 10 mm beyond the target as a 10 mm overshoot margin with a warning', () => {
    const nerve = structure('sciatic-nerve', 'nerve');
    const route = findNeedleRoute(
      TARGET,
      fixture([
        { structure: skin, plane: 0.03 },
        { structure: nerve, centre: [0, 0, -0.015], radius: 0.005 },
      ]),
      { extraDirections: [UP] },
    );
    expect(route.kind).toBe('route');
    if (route.kind !== 'route') return;
    expect(mm(route.depthM)).toBe(30);
    expect(route.overshoot?.structure.id).toBe('sciatic-nerve');
    expect(mm(route.overshoot?.marginM ?? 0)).toBe(10);
    expect(route.overshoot?.warning).toBe(true);
    expect(route.roomBeyond).toBe(false);
  });

  it('draws a clear route with its depth, the tissue crossed and nothing close beyond', () => {
    const route = findNeedleRoute(
      TARGET,
      fixture([
        { structure: skin, plane: 0.03 },
        { structure: muscle, plane: 0.012 },
      ]),
      { extraDirections: [UP] },
      muscle,
    );
    expect(route.kind).toBe('route');
    if (route.kind !== 'route') return;
    expect(mm(route.depthM)).toBe(30);
    expect(route.skinEntry[2]).toBeCloseTo(0.03, 6);
    expect(route.direction[2]).toBeCloseTo(-1, 6);
    expect(route.crossed.map((s) => s.id)).toEqual(['skin', 'gluteus-maximus']);
    expect(route.overshoot).toBeNull();
    expect(route.tried).toBeGreaterThan(100);
  });

  it('goes around bone when another straight line is clear, and picks the shortest', () => {
    const bone = structure('sacrum', 'bone');
    const route = findNeedleRoute(
      TARGET,
      fixture([
        { structure: skin, centre: [0, 0, 0], radius: 0.06 },
        // A bone ball straight above the target: the straight-up line is blocked.
        { structure: bone, centre: [0, 0, 0.03], radius: 0.01 },
      ]),
      { extraDirections: [UP] },
    );
    expect(route.kind).toBe('route');
    if (route.kind !== 'route') return;
    expect(mm(route.depthM)).toBe(60);
    // The chosen line (target toward skin) misses the bone ball: its closest approach to the
    // ball's centre lies outside the ball.
    const toSkin = sub(route.skinEntry, TARGET);
    const along = Math.max(0, dot([0, 0, 0.03], toSkin) / dot(toSkin, toSkin));
    const closest = addScaled(TARGET, toSkin, Math.min(1, along));
    expect(distance(closest, [0, 0, 0.03])).toBeGreaterThan(0.01);
  });

  it('says when no line reaches the skin', () => {
    const route = findNeedleRoute(TARGET, fixture([{ structure: skin, plane: 0.5 }]));
    expect(route).toMatchObject({ kind: 'none', reason: 'no-skin' });
  });
});
