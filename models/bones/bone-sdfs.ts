import { loadFigures, mm } from '../figures/load-figures';
import type { Bounds } from '../mesh/mesh-types';
import { rotatedZ, type Sdf, translated } from '../sdf/sdf';
import { type JointId, joint, lumbarShift } from '../skeleton/skeleton';
import { coccyxSdf } from './coccyx';
import { femurSdf } from './femur';
import { hipBoneSdf } from './hip-bone';
import { lumbarVertebraSdf, type VERTEBRA_SIZES } from './lumbar-vertebra';
import { sacrumSdf } from './sacrum';
import { fibulaSdf, patellaSdf, tibiaSdf } from './tibia';

/** A bone's SDF in the pelvis frame (mm, right side or midline) with its joint and mesh budget. */
export interface BoneSdfDef {
  readonly id: string;
  readonly bilateral: boolean;
  readonly joint: JointId;
  readonly sdf: Sdf;
  readonly search: Bounds;
  readonly targetTriangles: number;
  readonly gridMm: number;
}

function box(
  c: readonly [number, number, number],
  half: readonly [number, number, number],
): Bounds {
  return {
    min: [c[0] - half[0], c[1] - half[1], c[2] - half[2]],
    max: [c[0] + half[0], c[1] + half[1], c[2] + half[2]],
  };
}

const LUMBAR: readonly {
  id: string;
  level: keyof typeof VERTEBRA_SIZES;
  joint: JointId;
  next: JointId;
}[] = [
  { id: 'vertebra-l5', level: 'L5', joint: 'lumbosacral', next: 'L4-L5' },
  { id: 'vertebra-l4', level: 'L4', joint: 'L4-L5', next: 'L3-L4' },
  { id: 'vertebra-l3', level: 'L3', joint: 'L3-L4', next: 'L2-L3' },
  { id: 'vertebra-l2', level: 'L2', joint: 'L2-L3', next: 'L1-L2' },
  { id: 'vertebra-l1', level: 'L1', joint: 'L1-L2', next: 'T12-L1' },
];

/** The segment tilt (rad about +z) and spacing of a lumbar level. */
export function lumbarFrame(level: (typeof LUMBAR)[number]): { tilt: number; spacing: number } {
  const a = joint(level.joint);
  const b = joint(level.next);
  const spacing = Math.hypot(b.centre[0] - a.centre[0], b.centre[1] - a.centre[1]);
  return { tilt: (a.tiltDeg * Math.PI) / 180, spacing };
}

export { LUMBAR as LUMBAR_LEVELS };

/** Every bone of the model, in build order. */
export function boneSdfs(): BoneSdfDef[] {
  const f = loadFigures();
  const hip = joint('hip').centre;
  const tibiaOrigin = mm(f.joints.body_origins_default_pose.tibia_r!);
  const patellaOrigin = mm(f.joints.body_origins_default_pose.patella_r!);
  void lumbarShift;
  const defs: BoneSdfDef[] = [
    {
      id: 'hip-bone',
      bilateral: true,
      joint: 'pelvis',
      sdf: hipBoneSdf(),
      search: { min: [-175, -165, -20], max: [35, 115, 165] },
      targetTriangles: 8000,
      gridMm: 2,
    },
    {
      id: 'sacrum',
      bilateral: false,
      joint: 'pelvis',
      sdf: sacrumSdf(),
      search: box([-115, 0, 0], [60, 90, 75]),
      targetTriangles: 4100,
      gridMm: 1.7,
    },
    {
      id: 'coccyx',
      bilateral: false,
      joint: 'pelvis',
      sdf: coccyxSdf(),
      search: box([-122, -88, 0], [30, 35, 30]),
      targetTriangles: 600,
      gridMm: 1,
    },
    {
      id: 'femur',
      bilateral: true,
      joint: 'hip',
      sdf: translated(femurSdf(), hip),
      search: box([hip[0], hip[1] - 200, hip[2] + 5], [70, 275, 90]),
      targetTriangles: 7200,
      gridMm: 2,
    },
    {
      id: 'tibia',
      bilateral: true,
      joint: 'knee',
      sdf: translated(tibiaSdf(), tibiaOrigin),
      search: box([tibiaOrigin[0], tibiaOrigin[1] - 200, tibiaOrigin[2]], [60, 230, 70]),
      targetTriangles: 3800,
      gridMm: 2,
    },
    {
      id: 'fibula',
      bilateral: true,
      joint: 'knee',
      sdf: translated(fibulaSdf(), tibiaOrigin),
      search: box([tibiaOrigin[0] - 20, tibiaOrigin[1] - 220, tibiaOrigin[2] + 25], [35, 200, 35]),
      targetTriangles: 1400,
      gridMm: 1.8,
    },
    {
      id: 'patella',
      bilateral: true,
      joint: 'knee',
      sdf: translated(patellaSdf(), patellaOrigin),
      search: box([patellaOrigin[0], patellaOrigin[1] + 27, patellaOrigin[2]], [35, 50, 45]),
      targetTriangles: 900,
      gridMm: 1.5,
    },
  ];
  for (const l of LUMBAR) {
    const { tilt, spacing } = lumbarFrame(l);
    const c = joint(l.joint).centre;
    defs.push({
      id: l.id,
      bilateral: false,
      joint: l.joint,
      sdf: rotatedZ(lumbarVertebraSdf(l.level, spacing), tilt, [0, 0, 0], c),
      search: box([c[0] - 25, c[1] + 20, 0], [60, 60, 60]),
      targetTriangles: 2000,
      gridMm: 1.7,
    });
  }
  return defs;
}
