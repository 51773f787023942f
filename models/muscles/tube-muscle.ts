import type { LayerId, Side } from '../../src/domain/anatomy';
import type { MaterialId, SkinnedSpec } from '../gltf/model-spec';
import { resampleByArcLength } from '../math/catmull-rom';
import type { Vec3 } from '../math/vec3';
import { mergeMeshes, mirrorMesh } from '../mesh/merge-meshes';
import type { TriMesh } from '../mesh/mesh-types';
import { tube } from '../mesh/tube';
import type { JointId } from '../skeleton/skeleton';
import { chainWeights } from '../skinning/blend-weights';

export interface TubePart {
  readonly path: readonly Vec3[];
  /** Belly radius (mm) and the taper at both ends. */
  readonly radius: number;
  /** Where control passes between consecutive joints, as fractions along the path. */
  readonly crossings: readonly number[];
}

/** Placeholder muscle: one capped tube per part along its path, skinned along the path. */
export function tubeMuscle(
  def: { id: string; layer: LayerId; material: MaterialId; joints: readonly JointId[] },
  parts: readonly TubePart[],
  side: 'left' | 'right',
): SkinnedSpec {
  const meshes: TriMesh[] = [];
  const params: number[] = [];
  const idx: number[] = [];
  const wts: number[] = [];
  for (const p of parts) {
    const centres = resampleByArcLength(p.path, 24);
    const radii = centres.map((_, i) => {
      const t = i / (centres.length - 1);
      const r = p.radius * (0.25 + 0.75 * Math.sin(Math.PI * Math.min(1, Math.max(0, t))) ** 0.6);
      return [r, r * 0.7] as const;
    });
    const { mesh, ringOf } = tube(centres, radii, { segments: 12 });
    meshes.push(mesh);
    const s = Array.from(ringOf, (r) => r / (centres.length - 1));
    params.push(...s);
    const w = chainWeights(s, p.crossings, 0.08);
    idx.push(...w.jointIndices);
    wts.push(...w.weights);
  }
  let mesh = mergeMeshes(meshes);
  if (side === 'left') mesh = mirrorMesh(mesh);
  void params;
  const bilateral = (j: JointId) => j === 'hip' || j === 'knee';
  return {
    kind: 'muscle',
    id: def.id,
    side: side as Side,
    layer: def.layer,
    material: def.material,
    mesh,
    joints: def.joints.map((j) => ({ id: j, side: bilateral(j) ? side : 'midline' })),
    jointIndices: Uint8Array.from(idx),
    weights: Float32Array.from(wts),
  };
}
