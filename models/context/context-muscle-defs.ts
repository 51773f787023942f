import type { ContextMuscleId } from '../../src/domain/anatomy';
import { REFERENCE_HEIGHT_M, REFERENCE_MASS_KG } from '../../src/domain/mechanics';
import type { Vec3 } from '../math/vec3';
import type { JointId } from '../skeleton/skeleton';
import {
  besideFemur,
  bodyPoint,
  gait2392Point,
  loadContextFigures,
  lumbarPoint,
  rajagopalBodyPoint,
  rajagopalPoint,
} from './context-frames';
import type { SectionProfile } from './shaped-tube';

/** One strand of a context muscle: a course and a section profile. */
export interface StrandDef {
  /** Course through the pelvis frame (mm, right side), origin to insertion. */
  readonly course: readonly Vec3[];
  /** This strand's share of the muscle's volume. */
  readonly share: number;
  readonly profile: Partial<SectionProfile>;
  /** Direction the section is thin in at the origin (a flat muscle's surface normal). */
  readonly thicknessAxis?: Vec3;
}

/** Where a muscle's volume target comes from. */
type VolumeBasis =
  /** Handsfield 2014 mean MRI volume or its regression for the reference body. */
  | 'handsfield-2014'
  /** Recovered from Rajagopal 2016 (force x optimal fibre length / 60 N/cm², set from Handsfield). */
  | 'handsfield-via-rajagopal-2016'
  /** No published volume in the project data: a display estimate, not tested against a source. */
  | 'display-estimate';

export interface ContextMuscleDef {
  readonly id: ContextMuscleId;
  readonly strands: readonly StrandDef[];
  readonly volumeCm3: number;
  readonly volumeBasis: VolumeBasis;
  /** Joints the muscle spans, proximal to distal (skin weights blend between them). */
  readonly joints: readonly JointId[];
  /** Where the course comes from. */
  readonly pathBasis: string;
}

/** Handsfield 2014 total lower-limb muscle volume (cm³) for a height and mass. */
function handsfieldTotalCm3(heightM: number, massKg: number): number {
  return 47 * heightM * massKg + 1285;
}

function handsfield(id: string): number {
  const f = loadContextFigures().handsfield2014_volume_cm3;
  const mean = f.mean[id];
  if (mean !== undefined) return mean;
  const reg = f.regression_b1_b2[id];
  if (!reg) throw new Error(`context-muscle-defs: no Handsfield 2014 figure for ${id}`);
  return reg[0] * handsfieldTotalCm3(REFERENCE_HEIGHT_M, REFERENCE_MASS_KG) + reg[1];
}

/** Volume behind a Rajagopal 2016 muscle: F_max x l_opt / 60 N/cm² (cm³). */
function rajagopalVolume(...names: string[]): number {
  const p = loadContextFigures().rajagopal2016_parameters;
  return names.reduce((sum, n) => {
    const m = p[n];
    if (!m) throw new Error(`context-muscle-defs: no Rajagopal parameters for ${n}`);
    return sum + (m.max_isometric_force_N / 60) * m.optimal_fiber_length_m * 100;
  }, 0);
}

const R = rajagopalPoint;
const pelvisToFemur: readonly JointId[] = ['pelvis', 'hip'];
const pelvisToTibia: readonly JointId[] = ['pelvis', 'hip', 'knee'];
const femurToTibia: readonly JointId[] = ['hip', 'knee'];
const lumbarChain: readonly JointId[] = [
  'pelvis',
  'lumbosacral',
  'L4-L5',
  'L3-L4',
  'L2-L3',
  'L1-L2',
];
const ANTERIOR: Vec3 = [1, 0, 0];
const LATERAL: Vec3 = [0, 0, 1];

/** The patella's upper border (Rajagopal patella frame) where the quadriceps tendon inserts. */
const patellaBase = (dzMm: number): Vec3 => bodyPoint('patella_r', [0.006, 0.045, dzMm / 1000]);

/**
 * The context muscles, right side, deep to superficial within each region. Courses: Rajagopal
 * 2016 and gait2392 path points (models/data/context-muscles.json) with via points placed beside
 * the femoral shaft or the spine from textbook anatomy where a straight path would cut through
 * bone or other muscle; multifidus and obturator externus from anatomy descriptions.
 */
export function contextMuscleDefs(): ContextMuscleDef[] {
  return [
    {
      id: 'quadratus-lumborum',
      strands: [
        {
          course: [[-118, 52, 82], lumbarPoint([-131, 140, 60]), lumbarPoint([-150, 228, 62])],
          share: 1,
          profile: { endFraction: [0.55, 0.6], bellyAt: 0.5, aspect: 3 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: 70,
      volumeBasis: 'display-estimate',
      joints: lumbarChain,
      pathBasis:
        'Wilkinson 2021 fascicles: iliac crest and iliolumbar ligament to the L1–L4 transverse processes and the 12th rib',
    },
    {
      id: 'erector-spinae',
      strands: [
        {
          course: [
            [-152, -5, 30],
            [-156, 50, 40],
            [-152, 130, 44],
            [-158, 210, 44],
            [-166, 280, 42],
          ],
          share: 1,
          profile: { endFraction: [0.45, 0.7], bellyAt: 0.45, aspect: 1.6 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: 330,
      volumeBasis: 'display-estimate',
      joints: lumbarChain,
      pathBasis:
        'gait2392 lumped erector spinae (dorsal sacrum and iliac crest upward), kept lateral to multifidus',
    },
    {
      id: 'multifidus',
      strands: [
        {
          course: [
            [-150, -15, 14],
            [-156, 35, 16],
            [-148, 80, 15],
            [-142, 130, 14],
            [-146, 190, 12],
            [-152, 240, 10],
          ],
          share: 1,
          profile: { endFraction: [0.5, 0.35], bellyAt: 0.3, aspect: 1.2 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: 110,
      volumeBasis: 'display-estimate',
      joints: lumbarChain,
      pathBasis:
        'textbook: dorsal sacrum and the mamillary processes beside the spinous processes, thickest at L5–S1',
    },
    {
      id: 'gemelli',
      strands: [
        {
          course: [gait2392Point('gem_r', 0), [-88, -74, 98], [-72, -76, 120]],
          share: 0.45,
          profile: { endFraction: [0.6, 0.4], bellyAt: 0.45, aspect: 1.4 },
        },
        {
          course: [
            [-104, -100, 62],
            [-90, -94, 96],
            [-73, -88, 120],
          ],
          share: 0.55,
          profile: { endFraction: [0.6, 0.4], bellyAt: 0.45, aspect: 1.4 },
        },
      ],
      volumeCm3: handsfield('gemelli'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis: 'gait2392 gemelli (ischial spine and tuberosity to the trochanteric fossa)',
    },
    {
      id: 'obturator-internus',
      strands: [
        {
          course: [
            [-42, -108, 36],
            [-76, -100, 42],
            [-104, -88, 56],
            [-90, -84, 98],
            [-72, -82, 121],
          ],
          share: 1,
          profile: { endFraction: [0.9, 0.25], bellyAt: 0.2, aspect: 2.2 },
          thicknessAxis: LATERAL,
        },
      ],
      volumeCm3: handsfield('obturator-internus'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis:
        'textbook: inner surface of the obturator membrane, round the lesser sciatic notch, to the trochanteric fossa (gait2392 gem_r end point)',
    },
    {
      id: 'obturator-externus',
      strands: [
        {
          course: [
            [-40, -114, 52],
            [-62, -118, 80],
            [-80, -104, 104],
            [-74, -88, 118],
          ],
          share: 1,
          profile: { endFraction: [0.85, 0.3], bellyAt: 0.25, aspect: 2 },
          thicknessAxis: LATERAL,
        },
      ],
      volumeCm3: handsfield('obturator-externus'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis:
        'textbook: outer surface of the obturator membrane, under the femoral neck, to the trochanteric fossa',
    },
    {
      id: 'quadratus-femoris',
      strands: [
        {
          course: [gait2392Point('quad_fem_r', 0), gait2392Point('quad_fem_r', 1)],
          share: 1,
          profile: { endFraction: [0.75, 0.75], bellyAt: 0.5, aspect: 2.4 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: handsfield('quadratus-femoris'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis: 'gait2392: lateral ischial tuberosity to the quadrate tubercle',
    },
    {
      id: 'pectineus',
      strands: [
        {
          course: [gait2392Point('pect_r', 0), gait2392Point('pect_r', 1)],
          share: 1,
          profile: { endFraction: [0.6, 0.35], bellyAt: 0.4, aspect: 2 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: handsfield('pectineus'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis: 'gait2392: pectineal line of the pubis to the pectineal line of the femur',
    },
    {
      id: 'adductor-brevis',
      strands: [
        {
          course: [R('addbrev', 0), R('addbrev', 1)],
          share: 1,
          profile: { endFraction: [0.45, 0.4], bellyAt: 0.45, aspect: 2 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: handsfield('adductor-brevis'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis: 'Rajagopal 2016 addbrev',
    },
    {
      id: 'adductor-longus',
      strands: [
        {
          course: [R('addlong', 0), besideFemur(-220, -110, 22), R('addlong', 1)],
          share: 1,
          profile: { endFraction: [0.3, 0.35], bellyAt: 0.55, aspect: 2 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: handsfield('adductor-longus'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis: 'Rajagopal 2016 addlong',
    },
    {
      id: 'adductor-magnus',
      strands: [
        ['addmagProx', 105],
        ['addmagMid', 137],
        ['addmagDist', 176],
      ]
        .map(
          ([name, share]): StrandDef => ({
            course: [R(name as string, 0), R(name as string, 1)],
            share: (share as number) / 574,
            profile: { endFraction: [0.45, 0.4], bellyAt: 0.45, aspect: 2.2 },
            thicknessAxis: ANTERIOR,
          }),
        )
        .concat({
          course: [R('addmagIsch', 0), besideFemur(-300, -150, 30), R('addmagIsch', 1)],
          share: 156 / 574,
          profile: { endFraction: [0.4, 0.25], bellyAt: 0.4, aspect: 1.6 },
          thicknessAxis: ANTERIOR,
        }),
      volumeCm3: handsfield('adductor-magnus'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToFemur,
      pathBasis: 'Rajagopal 2016 addmag (proximal, middle, distal and ischial parts)',
    },
    {
      id: 'gracilis',
      strands: [
        {
          course: [R('grac', 0), besideFemur(-280, -120, 55), R('grac', 1), R('grac', 2)],
          share: 1,
          profile: { endFraction: [0.35, 0.15], bellyAt: 0.35, aspect: 2.2 },
          thicknessAxis: LATERAL,
        },
      ],
      volumeCm3: handsfield('gracilis'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToTibia,
      pathBasis: 'Rajagopal 2016 grac',
    },
    {
      id: 'sartorius',
      strands: [
        {
          course: [
            R('sart', 0),
            besideFemur(-150, 10, 38),
            besideFemur(-270, -55, 42),
            besideFemur(-390, -110, 36),
            R('sart', 1),
            R('sart', 2),
            R('sart', 4),
          ],
          share: 1,
          profile: { endFraction: [0.35, 0.2], bellyAt: 0.4, aspect: 2.4 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: handsfield('sartorius'),
      volumeBasis: 'handsfield-2014',
      joints: pelvisToTibia,
      pathBasis: 'Rajagopal 2016 sart, with via points over the anterior then medial thigh',
    },
    {
      id: 'rectus-femoris',
      strands: [
        {
          course: [
            R('recfem', 0),
            besideFemur(-200, 10, 34),
            besideFemur(-340, 5, 32),
            R('recfem', 1),
          ],
          share: 1,
          profile: { endFraction: [0.2, 0.25], bellyAt: 0.5, aspect: 1.4 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: rajagopalVolume('recfem'),
      volumeBasis: 'handsfield-via-rajagopal-2016',
      joints: pelvisToTibia,
      pathBasis: 'Rajagopal 2016 recfem, in front of vastus intermedius',
    },
    {
      id: 'vastus-lateralis',
      strands: [
        {
          course: [
            besideFemur(-110, 80, 6),
            besideFemur(-200, 85, 18),
            besideFemur(-310, 70, 20),
            besideFemur(-410, 45, 12),
            patellaBase(14),
          ],
          share: 1,
          profile: { endFraction: [0.35, 0.2], bellyAt: 0.45, aspect: 2 },
          thicknessAxis: LATERAL,
        },
      ],
      volumeCm3: rajagopalVolume('vaslat_r'),
      volumeBasis: 'handsfield-via-rajagopal-2016',
      joints: femurToTibia,
      pathBasis:
        'greater trochanter base and lateral linea aspera to the patella (Rajagopal 2016 vaslat end points)',
    },
    {
      id: 'vastus-intermedius',
      strands: [
        {
          course: [
            besideFemur(-130, 30, 2),
            besideFemur(-250, 25, 6),
            besideFemur(-380, 10, 6),
            rajagopalBodyPoint('vasint_r', 2),
          ],
          share: 1,
          profile: { endFraction: [0.4, 0.25], bellyAt: 0.5, aspect: 2 },
          thicknessAxis: ANTERIOR,
        },
      ],
      volumeCm3: rajagopalVolume('vasint_r'),
      volumeBasis: 'handsfield-via-rajagopal-2016',
      joints: femurToTibia,
      pathBasis: 'anterior and lateral femoral shaft to the patella (Rajagopal 2016 vasint)',
    },
    {
      id: 'vastus-medialis',
      strands: [
        {
          course: [
            besideFemur(-140, -80, 4),
            besideFemur(-260, -95, 12),
            besideFemur(-380, -70, 20),
            besideFemur(-440, -40, 14),
            patellaBase(-16),
          ],
          share: 1,
          profile: { endFraction: [0.3, 0.3], bellyAt: 0.68, aspect: 1.6 },
          thicknessAxis: [0, 0, -1],
        },
      ],
      volumeCm3: rajagopalVolume('vasmed_r'),
      volumeBasis: 'handsfield-via-rajagopal-2016',
      joints: femurToTibia,
      pathBasis:
        'spiral line and medial linea aspera to the medial patella, bulkiest low (Rajagopal 2016 vasmed)',
    },
    {
      id: 'biceps-femoris-long-head',
      strands: [
        {
          course: [
            R('bflh', 0),
            besideFemur(-280, 160, 34),
            besideFemur(-420, 130, 26),
            R('bflh', 1),
          ],
          share: 1,
          profile: { endFraction: [0.25, 0.2], bellyAt: 0.5, aspect: 1.3 },
        },
      ],
      volumeCm3: rajagopalVolume('bflh'),
      volumeBasis: 'handsfield-via-rajagopal-2016',
      joints: pelvisToTibia,
      pathBasis: 'Rajagopal 2016 bflh, behind the femur',
    },
    {
      id: 'semitendinosus',
      strands: [
        {
          course: [
            R('semiten', 0),
            besideFemur(-260, -165, 48),
            besideFemur(-420, -150, 34),
            R('semiten', 1),
            R('semiten', 2),
          ],
          share: 1,
          profile: { endFraction: [0.3, 0.1], bellyAt: 0.35, aspect: 1.3 },
        },
      ],
      volumeCm3: rajagopalVolume('semiten'),
      volumeBasis: 'handsfield-via-rajagopal-2016',
      joints: pelvisToTibia,
      pathBasis: 'Rajagopal 2016 semiten, posteromedial, over semimembranosus',
    },
    {
      id: 'semimembranosus',
      strands: [
        {
          course: [
            R('semimem', 0),
            besideFemur(-300, -160, 24),
            besideFemur(-430, -140, 20),
            R('semimem', 1),
          ],
          share: 1,
          profile: { endFraction: [0.25, 0.3], bellyAt: 0.62, aspect: 1.5 },
        },
      ],
      volumeCm3: rajagopalVolume('semimem'),
      volumeBasis: 'handsfield-via-rajagopal-2016',
      joints: pelvisToTibia,
      pathBasis: 'Rajagopal 2016 semimem, under semitendinosus',
    },
  ];
}
