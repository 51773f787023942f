import type { SkinnedSpec } from '../gltf/model-spec';
import { resampleByArcLength } from '../math/catmull-rom';
import { mirrorMesh } from '../mesh/merge-meshes';
import { tube } from '../mesh/tube';
import { chainWeights } from '../skinning/blend-weights';
import { NERVE_COURSES } from './nerve-courses';

/** Nerves as flattened tubes along their courses, skinned along the course. */
export function buildNerves(side: 'left' | 'right'): SkinnedSpec[] {
  return NERVE_COURSES.map((n) => {
    const centres = resampleByArcLength(n.points, Math.max(12, n.points.length * 6));
    const radii = centres.map((_, i) => {
      const t = i / (centres.length - 1);
      const taper = 1 - 0.35 * t;
      return [n.radii[0] * taper, n.radii[1] * taper] as const;
    });
    const { mesh, ringOf } = tube(centres, radii, { segments: 8 });
    const s = Array.from(ringOf, (r) => r / (centres.length - 1));
    const w = chainWeights(s, n.crossings, 0.06);
    const bilateral = (j: string) => j === 'hip' || j === 'knee';
    return {
      kind: 'nerve',
      id: n.id,
      side,
      layer: 'nerves',
      material: 'nerve',
      mesh: side === 'left' ? mirrorMesh(mesh) : mesh,
      joints: n.joints.map((j) => ({ id: j, side: bilateral(j) ? side : 'midline' })),
      jointIndices: w.jointIndices,
      weights: w.weights,
    } satisfies SkinnedSpec;
  });
}
