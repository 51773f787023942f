import { FIRST_VIEW_LAYERS } from '../../src/domain/view-state';
import type { ModelSpec, SkinnedSpec } from '../gltf/model-spec';
import { type SimplifyMeshOptions, simplifyMesh } from './simplify-mesh';

export interface FirstViewSpecOptions {
  /** Level of detail of the bones (rigid, the largest share of the bytes). */
  bones: Partial<SimplifyMeshOptions>;
  /** Level of detail of the muscles and nerves. */
  skinned: Partial<SimplifyMeshOptions>;
}

const FIRST_VIEW_SPEC_DEFAULTS: FirstViewSpecOptions = {
  bones: { keepRatio: 0.2, maxErrorMm: 1.1 },
  skinned: { keepRatio: 0.2, maxErrorMm: 1 },
};

/**
 * The first-view file's content (public/models/hip-first.glb): the complete model's joints and
 * landmarks, and the structures of the first-view layers at a coarser level of detail with the
 * same bounds (see `simplifyMesh`). Skin, vessels and organs, and the body-fitting morph targets
 * come with the complete model, which the viewer loads after the first frame.
 */
export function firstViewSpec(
  spec: ModelSpec,
  options: Partial<FirstViewSpecOptions> = {},
): ModelSpec {
  const o = { ...FIRST_VIEW_SPEC_DEFAULTS, ...options };
  return {
    ...spec,
    bones: spec.bones.map((bone) => ({ ...bone, mesh: simplifyMesh(bone.mesh, o.bones).mesh })),
    skinned: spec.skinned
      .filter((s) => FIRST_VIEW_LAYERS.includes(s.layer))
      .map((s) => coarserSkinned(s, o.skinned)),
  };
}

function coarserSkinned(s: SkinnedSpec, options: Partial<SimplifyMeshOptions>): SkinnedSpec {
  const { mesh, kept } = simplifyMesh(s.mesh, options);
  // Nerves are drawn untextured: their UVs only cost bytes here.
  if (s.kind === 'nerve') delete mesh.uvs;
  const jointIndices = new Uint8Array(kept.length * 4);
  const weights = new Float32Array(kept.length * 4);
  kept.forEach((v, i) => {
    jointIndices.set(s.jointIndices.subarray(v * 4, v * 4 + 4), i * 4);
    weights.set(s.weights.subarray(v * 4, v * 4 + 4), i * 4);
  });
  return { ...s, mesh, jointIndices, weights };
}
