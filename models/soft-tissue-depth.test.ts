import { beforeAll, describe, expect, it } from 'vitest';
import { DEPTH_SITES, type DepthSite } from '../src/domain/anatomy/body/soft-tissue-depths';
import { contractNodes, readModel, worldPosition } from './inspect/read-model';
import { type WorldMesh, worldMeshes } from './inspect/world-meshes';
import { firstHit, solidOf } from './mesh/solid';

/**
 * Skin-to-muscle depths at named sites on public/models/hip.glb (rest pose, right side) against
 * the published ranges for the reference body (src/domain/anatomy/body/soft-tissue-depths.ts).
 */
let meshes: WorldMesh[];
let landmark: (id: string) => [number, number, number];

beforeAll(async () => {
  const { doc } = await readModel();
  meshes = worldMeshes(doc);
  const nodes = contractNodes(doc);
  landmark = (id) => {
    const n = nodes.find(
      (x) => x.extras.kind === 'landmark' && x.extras.id === id && x.extras.side === 'right',
    );
    if (!n) throw new Error(`soft-tissue-depth test: landmark ${id} (right) is missing`);
    return worldPosition(n.node);
  };
});

const right = (kind: string, id: string) => {
  const m = meshes.find(
    (x) => x.extras.kind === kind && x.extras.id === id && x.extras.side !== 'left',
  );
  if (!m) throw new Error(`soft-tissue-depth test: ${kind} ${id} is missing`);
  return m;
};

/** The point of the site the needle line passes through (glTF metres). */
function sitePoint(site: DepthSite): [number, number, number] {
  const loc = site.location;
  const a = landmark(loc.from);
  const b = landmark(loc.to);
  return [0, 1, 2].map((k) => a[k]! + (b[k]! - a[k]!) * loc.fraction) as [number, number, number];
}

/**
 * Skin-to-target depth (mm), or a reason it could not be measured: the line of the site's
 * direction through its point finds the skin entry point; the depth is the shortest distance
 * from there to the target's surface, the depth a needle reaches when it is put in
 * perpendicular to the skin as for an injection (and as CT depths are read).
 */
function measure(site: DepthSite): number | string {
  const p = sitePoint(site);
  // glTF: the body faces +Z; its right side is -X
  const [origin, dir]: [[number, number, number], [number, number, number]] =
    site.direction === 'posterior-to-anterior'
      ? [
          [p[0], p[1], p[2] - 0.5],
          [0, 0, 1],
        ]
      : [
          [p[0] - 0.5, p[1], p[2]],
          [1, 0, 0],
        ];
  const skin = right('skin', 'skin');
  const toSkin = firstHit(solidOf(skin.positions, skin.indices), origin, dir);
  if (!Number.isFinite(toSkin)) return 'the line misses the skin';
  const entry = origin.map((o, k) => o + dir[k]! * toSkin) as [number, number, number];
  let depth = Number.POSITIVE_INFINITY;
  for (const id of site.target) {
    const m = meshes.find(
      (x) => x.extras.kind === 'muscle' && x.extras.id === id && x.extras.side !== 'left',
    );
    if (m)
      depth = Math.min(depth, Math.abs(solidOf(m.positions, m.indices).signedDistance(...entry)));
  }
  if (!Number.isFinite(depth)) return `no ${site.target.join(' / ')} in the model`;
  return depth * 1000;
}

describe('skin-to-muscle depths at named sites, reference body (1.75 m, 70 kg)', () => {
  it('has at least five sites, each with a source and a range', () => {
    expect(DEPTH_SITES.length).toBeGreaterThanOrEqual(5);
    for (const s of DEPTH_SITES) {
      expect(s.source.length, s.id).toBeGreaterThan(10);
      expect(s.referenceRangeMm[0], s.id).toBeLessThan(s.referenceRangeMm[1]);
    }
  });

  for (const site of DEPTH_SITES) {
    it(`${site.label}: within ${site.referenceRangeMm[0]}-${site.referenceRangeMm[1]} mm (${site.published})`, () => {
      const depth = measure(site);
      expect(typeof depth, String(depth)).toBe('number');
      const mm = depth as number;
      const [lo, hi] = site.referenceRangeMm;
      expect(mm, `${site.id}: ${mm.toFixed(1)} mm`).toBeGreaterThanOrEqual(lo);
      expect(mm, `${site.id}: ${mm.toFixed(1)} mm`).toBeLessThanOrEqual(hi);
    });
  }
});
