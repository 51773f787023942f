import type { SkinnedSpec } from '../gltf/model-spec';
import { smoothstep } from '../math/scalar';
import { meshSdf } from '../mesh/mesh-sdf';
import type { Sdf } from '../sdf/sdf';
import { joint } from '../skeleton/skeleton';

/** The translucent body surface, skinned to pelvis, lower lumbar chain, hips and knees. */
export async function buildSkin(skin: Sdf): Promise<SkinnedSpec> {
  const mesh = await meshSdf(
    skin,
    { min: [-300, -640, -300], max: [160, 340, 300] },
    { gridMm: 6, targetTriangles: 7000, ambientOcclusion: false, simplifyError: 0.01 },
  );
  const knee = joint('knee').centre;
  const joints: SkinnedSpec['joints'] = [
    { id: 'pelvis', side: 'midline' },
    { id: 'L3-L4', side: 'midline' },
    { id: 'L1-L2', side: 'midline' },
    { id: 'hip', side: 'right' },
    { id: 'hip', side: 'left' },
    { id: 'knee', side: 'right' },
    { id: 'knee', side: 'left' },
  ];
  const n = mesh.positions.length / 3;
  const jointIndices = new Uint8Array(4 * n);
  const weights = new Float32Array(4 * n);
  for (let v = 0; v < n; v++) {
    const x = mesh.positions[3 * v]!;
    const y = mesh.positions[3 * v + 1]!;
    const z = mesh.positions[3 * v + 2]!;
    void x;
    const right = z >= 0;
    // leg share: below the gluteal fold and away from the midline
    const leg = smoothstep(-70, -170, y) * smoothstep(8, 40, Math.abs(z));
    const shin = smoothstep(knee[1] + 30, knee[1] - 30, y);
    const upper = smoothstep(70, 200, y);
    const top = smoothstep(170, 260, y);
    const w = [
      (1 - leg) * (1 - upper),
      upper * (1 - top),
      upper * top,
      right ? leg * (1 - shin) : 0,
      right ? 0 : leg * (1 - shin),
      right ? leg * shin : 0,
      right ? 0 : leg * shin,
    ];
    const order = w
      .map((value, i) => ({ value, i }))
      .sort((a, b) => b.value - a.value || a.i - b.i)
      .slice(0, 4);
    const sum = order.reduce((s, o) => s + o.value, 0);
    order.forEach((o, k) => {
      jointIndices[4 * v + k] = o.i;
      weights[4 * v + k] = o.value / sum;
    });
  }
  return {
    kind: 'skin',
    id: 'skin',
    side: 'midline',
    layer: 'skin',
    material: 'skin',
    mesh,
    joints,
    jointIndices,
    weights,
  };
}
