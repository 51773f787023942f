import { loadFigures, mm } from '../figures/load-figures';
import type { SkinnedSpec } from '../gltf/model-spec';
import { add, type Vec3 } from '../math/vec3';
import { lumbarShift } from '../skeleton/skeleton';
import { type PartKey, partPath, partPcsaCm2 } from './muscle-paths';
import { type TubePart, tubeMuscle } from './tube-muscle';

const radiusFor = (k: PartKey) => 0.6 * Math.sqrt(partPcsaCm2(k) / Math.PI) * 10;

/** First-pass muscles: tubes along the figures' paths (replaced by fibre sheets). */
export function placeholderMuscles(side: 'left' | 'right'): SkinnedSpec[] {
  const f = loadFigures();
  const part = (k: PartKey, crossing = 0.55): TubePart => ({
    path: partPath(k),
    radius: radiusFor(k),
    crossings: [crossing],
  });
  const psoasTop = add(
    mm(f.psoas_fascicles_wilkinson2021.Ps_L1_VB!.origin_in_pelvis_frame),
    lumbarShift(),
  );
  const psoasL4 = add(
    mm(f.psoas_fascicles_wilkinson2021.Ps_L4_L5_IVD!.origin_in_pelvis_frame),
    lumbarShift(),
  );
  const psoasPath: Vec3[] = [psoasTop, psoasL4, ...partPath('psoas').slice(1)];
  const tfl = partPath('tfl');
  return [
    tubeMuscle(
      {
        id: 'gluteus-maximus',
        layer: 'superficial',
        material: 'muscle-superficial',
        joints: ['pelvis', 'hip'],
      },
      [part('glmax1', 0.6), part('glmax2', 0.6), part('glmax3', 0.6)],
      side,
    ),
    tubeMuscle(
      {
        id: 'tensor-fasciae-latae',
        layer: 'superficial',
        material: 'muscle-superficial',
        joints: ['pelvis', 'hip'],
      },
      [{ path: tfl.slice(0, 2), radius: radiusFor('tfl'), crossings: [0.5] }],
      side,
    ),
    tubeMuscle(
      {
        id: 'gluteus-medius',
        layer: 'intermediate',
        material: 'muscle-intermediate',
        joints: ['pelvis', 'hip'],
      },
      [part('glmed1'), part('glmed2'), part('glmed3')],
      side,
    ),
    tubeMuscle(
      {
        id: 'piriformis',
        layer: 'intermediate',
        material: 'muscle-intermediate',
        joints: ['pelvis', 'hip'],
      },
      [part('piri', 0.7)],
      side,
    ),
    tubeMuscle(
      { id: 'gluteus-minimus', layer: 'deep', material: 'muscle-deep', joints: ['pelvis', 'hip'] },
      [part('glmin1'), part('glmin2'), part('glmin3')],
      side,
    ),
    tubeMuscle(
      { id: 'iliacus', layer: 'deep', material: 'muscle-deep', joints: ['pelvis', 'hip'] },
      [part('iliacus', 0.7)],
      side,
    ),
    tubeMuscle(
      {
        id: 'psoas-major',
        layer: 'deep',
        material: 'muscle-deep',
        joints: ['L1-L2', 'pelvis', 'hip'],
      },
      [{ path: psoasPath, radius: radiusFor('psoas'), crossings: [0.3, 0.8] }],
      side,
    ),
    {
      ...tubeMuscle(
        {
          id: 'iliotibial-band',
          layer: 'superficial',
          material: 'tendon',
          joints: ['pelvis', 'hip', 'knee'],
        },
        [
          {
            path: [add(tfl[0]!, [-25, 5, 5]), ...tfl.slice(1)],
            radius: 6,
            crossings: [0.08, 0.92],
          },
        ],
        side,
      ),
    },
  ];
}
