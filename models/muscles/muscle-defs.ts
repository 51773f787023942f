import type { LayerId } from '../../src/domain/anatomy';
import type { MaterialId } from '../gltf/model-spec';
import { smoothstep as S } from '../math/scalar';
import { add, type Vec3 } from '../math/vec3';
import type { JointId } from '../skeleton/skeleton';
import { joint } from '../skeleton/skeleton';
import { crestAt, extendRow, pathPoint, psoasOrigin } from './muscle-figures';
import type { PartKey } from './muscle-paths';

/** Everything needed to build one muscle (right side, pelvis frame, mm). */
export interface MuscleDef {
  readonly id: string;
  readonly layer: LayerId;
  readonly material: MaterialId;
  /** OpenSim parts whose force sets the PCSA. */
  readonly parts: readonly PartKey[];
  /**
   * Figure points the mesh must reach (origins and insertions). Default: each part's first and
   * last path point. TFL's last point is on the tibia because OpenSim models the iliotibial
   * band as TFL's tendon, so the belly ends at P2 and the band carries P3 and P4.
   */
  readonly attachments?: readonly { part: PartKey; index: number }[];
  /** Fan-shaped fibre sheet (gluteals, iliacus, ITB) or spindle (psoas, piriformis, TFL). */
  readonly shape: 'sheet' | 'fusiform';
  /** Sheet: guide rows across the fan, proximal to distal. Fusiform: one row = centre line. */
  readonly guides: readonly (readonly Vec3[])[];
  readonly ns: number;
  readonly nt: number;
  /** Relaxation rounds (default 30). */
  readonly rounds?: number;
  readonly clearance: (s: number, t: number) => number;
  readonly attached: (s: number, t: number) => boolean;
  /** Fleshy origin: attached down to this guide row as well. */
  readonly attachedThroughGuide?: number;
  readonly outward: (p: Vec3) => Vec3;
  /** Thickness cap (mm): OpenSim forces are high, so PCSA / width would swell some bellies. */
  readonly maxThicknessMm: number;
  /** Fusiform only: section aspect (width / thickness) and the direction the width lies along. */
  readonly aspect?: number;
  readonly widthHint?: (t: number) => Vec3;
  /** Thickness along the fibres (0..1) and across the fan (0..1). */
  readonly along: (t: number) => number;
  readonly across: (s: number) => number;
  /** Tendon share of the vertex colour at (s, t). */
  readonly tendon: (s: number, t: number) => number;
  readonly joints: readonly JointId[];
  /** Skin weights per joint (same order) at (s, t, position). */
  readonly weights: (s: number, t: number, p: Vec3) => readonly number[];
  /** Volume reference (cm^3, Handsfield et al. 2014, young adults) for the build log. */
  readonly referenceVolumeCm3: number;
}

const lens = (s: number) => (4 * s * (1 - s)) ** 0.35;
/** Horizontal direction away from a vertical axis through (x, z). */
const awayFromAxis =
  (x: number, z: number) =>
  (p: Vec3): Vec3 => [p[0] - x, 0, p[2] - z];
const twoJoint = (a: number, b: number) => (_s: number, t: number) => {
  const w = S(a, b, t);
  return [1 - w, w];
};

const row = (keys: readonly PartKey[], index: number) => keys.map((k) => pathPoint(k, index));

export function muscleDefs(): MuscleDef[] {
  const GMED: PartKey[] = ['glmed1', 'glmed2', 'glmed3'];
  const GMIN: PartKey[] = ['glmin1', 'glmin2', 'glmin3'];
  const GMAX: PartKey[] = ['glmax1', 'glmax2', 'glmax3'];
  const hip = joint('hip').centre;
  const lumbarJoints: JointId[] = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'lumbosacral'];
  const lumbarY = lumbarJoints.map((j) => joint(j).centre[1]);

  const gluteusMinimus: MuscleDef = {
    shape: 'sheet',
    id: 'gluteus-minimus',
    layer: 'deep',
    material: 'muscle-deep',
    parts: GMIN,
    guides: [
      // anterior gluteal line: from the crest behind the ASIS down to the top of the notch
      [
        [-34, 8, 124],
        [-48, 18, 122],
        [-64, 20, 108],
        [-86, 6, 86],
        [-100, -14, 70],
      ],
      extendRow(row(GMIN, 0), 0.9, 0.8),
      extendRow(row(GMIN, -1), 0.8, 0.8),
    ],
    ns: 16,
    nt: 36,
    clearance: (_s, t) => 1.2 + 3 * S(0.45, 0.7, t) * (1 - S(0.85, 0.98, t)),
    attached: (_s, t) => t < 0.3,
    attachedThroughGuide: 1,
    outward: awayFromAxis(-60, 20),
    maxThicknessMm: 15,
    along: (t) => S(0, 0.35, t) ** 0.6 * (1 - 0.8 * S(0.6, 0.9, t)) * (1 - 0.8 * S(0.92, 1, t)),
    across: lens,
    tendon: (_s, t) => S(0.74, 0.92, t),
    joints: ['pelvis', 'hip'],
    weights: twoJoint(0.55, 0.85),
    referenceVolumeCm3: 104.5,
  };

  const iliacus: MuscleDef = {
    shape: 'sheet',
    id: 'iliacus',
    layer: 'deep',
    material: 'muscle-deep',
    parts: ['iliacus'],
    guides: [
      // inner lip of the crest, ASIS to the back of the iliac fossa
      [
        add(crestAt(0.3), [2, -6, -8]),
        add(crestAt(2), [0, -7, -10]),
        add(crestAt(4.5), [0, -8, -10]),
        add(crestAt(7), [0, -8, -9]),
        add(crestAt(8.3), [2, -9, -6]),
        [-100, 40, 52],
      ],
      // across the iliac fossa through the figures' origin
      [
        [-10, -12, 104],
        [-30, 4, 94],
        pathPoint('iliacus', 0),
        [-78, 26, 72],
        [-90, 18, 62],
        [-94, 8, 58],
      ],
      // over the brim, lateral to psoas
      // lateral to psoas, which passes medially over the brim (P2 is the medial edge)
      extendRow(
        [
          add(pathPoint('iliacus', 1), [2, 6, 20]),
          add(pathPoint('iliacus', 1), [1, 3, 10]),
          pathPoint('iliacus', 1),
        ],
        0.4,
        0.1,
      ),
      // onto the lesser trochanter
      extendRow([pathPoint('iliacus', 2), pathPoint('iliacus', -1)], 0.3, 0.3),
    ],
    ns: 16,
    nt: 44,
    clearance: (_s, t) => 1.2 + 2.5 * S(0.5, 0.65, t),
    attached: (_s, t) => t < 0.3,
    attachedThroughGuide: 1,
    // the iliac fossa faces forward, inward and up; lower down the muscle lies in front of the hip
    outward: (p) => {
      const w = S(-50, -110, p[1]);
      return [0.55 + 0.1 * w, 0.3 * (1 - w), -0.8 + 0.1 * w];
    },
    maxThicknessMm: 18,
    along: (t) => S(0, 0.3, t) ** 0.6 * (1 - 0.75 * S(0.62, 0.88, t)) * (1 - 0.7 * S(0.92, 1, t)),
    across: lens,
    tendon: (_s, t) => S(0.8, 0.95, t),
    joints: ['pelvis', 'hip'],
    weights: twoJoint(0.6, 0.82),
    referenceVolumeCm3: 176.8,
  };

  const psoas: MuscleDef = {
    shape: 'fusiform',
    id: 'psoas-major',
    layer: 'deep',
    material: 'muscle-deep',
    parts: ['psoas'],
    guides: [
      [
        add(psoasOrigin('Ps_L1_VB'), [2, 6, 6]),
        add(psoasOrigin('Ps_L2_L3_IVD'), [2, 0, 12]),
        add(psoasOrigin('Ps_L4_L5_IVD'), [6, 0, 16]),
        add(pathPoint('psoas', 0), [-10, 4, 4]),
        add(pathPoint('psoas', 1), [6, 4, -4]),
        add(pathPoint('psoas', 2), [10, 6, -4]),
        pathPoint('psoas', -1),
      ],
    ],
    ns: 0,
    nt: 56,
    rounds: 12,
    clearance: (_s, t) => 1.2 + 1.5 * S(0.6, 0.75, t),
    attached: () => false,
    // away from the vertebral bodies above the brim; forward and inward in front of the hip
    outward: (p) => {
      // forward and outward from the groove between bodies and transverse processes; forward
      // and slightly inward where it crosses the brim and the front of the hip
      const w = S(10, -50, p[1]);
      return [0.6 * (1 - w) + 0.85 * w, 0, 0.8 * (1 - w) - 0.5 * w];
    },
    maxThicknessMm: 19,
    aspect: 1.1,
    widthHint: () => [1, 0, 0],
    along: (t) => (0.18 + 0.82 * S(0, 0.42, t) ** 0.7) * (1 - 0.8 * S(0.55, 0.82, t)),
    across: () => 1,
    tendon: (_s, t) => S(0.72, 0.88, t),
    joints: [...lumbarJoints, 'pelvis', 'hip'],
    weights: (_s, t, p) => {
      const wHip = S(0.7, 0.88, t);
      const w = new Array<number>(7).fill(0);
      w[6] = wHip;
      // the lumbar level whose vertebra carries this height (joint below it), else the pelvis
      let k = lumbarY.findIndex((y) => p[1] >= y - 6);
      if (k < 0) k = 5;
      if (k < 5) {
        const below = lumbarY[k]!;
        const blend = S(below - 6, below + 6, p[1]);
        w[k]! += (1 - wHip) * blend;
        w[k + 1]! += (1 - wHip) * (1 - blend);
      } else w[5]! += 1 - wHip;
      return w;
    },
    referenceVolumeCm3: 274.8,
  };

  const piriformis: MuscleDef = {
    shape: 'fusiform',
    id: 'piriformis',
    layer: 'intermediate',
    material: 'muscle-intermediate',
    parts: ['piri'],
    guides: [
      [
        // along the front of the sacrum, out through the greater sciatic notch below its apex
        // (the figures' via point P2 sits at the apex), then to the top of the trochanter
        add(pathPoint('piri', 0), [4, 0, 2]),
        [-94, -20, 30],
        [-98, -36, 46],
        add(pathPoint('piri', 1), [-2, -11, 1]),
        [-96, -60, 92],
        pathPoint('piri', -1),
      ],
    ],
    ns: 0,
    nt: 36,
    rounds: 16,
    // the tendon end may sink 1.3 mm into the trochanter (the figure point lies inside it)
    clearance: (_s, t) => 1.2 - 2.5 * S(0.9, 1, t),
    attached: () => false,
    // in front of the sacrum inside the pelvis, behind the hip outside it
    outward: (p) => {
      // forward inside the pelvis, back and out behind the hip, up onto the trochanter's top
      const w = S(36, 56, p[2]);
      const u = S(100, 118, p[2]);
      return [
        (1 - 1.6 * w) * (1 - u) - 0.3 * u,
        -0.3 * w * (1 - u) + 0.9 * u,
        (0.1 + 0.6 * w) * (1 - u) - 0.2 * u,
      ];
    },
    maxThicknessMm: 8,
    aspect: 1.5,
    widthHint: () => [0, 1, 0],
    along: (t) => (0.45 + 0.55 * S(0.05, 0.35, t)) * (1 - 0.72 * S(0.5, 0.85, t)),
    across: () => 1,
    tendon: (_s, t) => S(0.62, 0.86, t),
    joints: ['pelvis', 'hip'],
    weights: twoJoint(0.6, 0.9),
    referenceVolumeCm3: 42.8,
  };

  const gluteusMedius: MuscleDef = {
    shape: 'sheet',
    id: 'gluteus-medius',
    layer: 'intermediate',
    material: 'muscle-intermediate',
    parts: GMED,
    guides: [
      // behind the TFL origin (which takes the crest just behind the ASIS)
      [2.6, 3.6, 5, 6.7, 8.6].map((u) => add(crestAt(u), [-4, -7, 10])),
      extendRow(row(GMED, 0), 0.2, 0.05),
      extendRow(row(GMED, -1), 1.3, 1.0),
    ],
    ns: 22,
    nt: 48,
    clearance: (_s, t) => 1.5 + 2 * S(0.3, 0.6, t) * (1 - S(0.85, 0.98, t)),
    attached: (_s, t) => t < 0.2,
    attachedThroughGuide: 1,
    outward: awayFromAxis(-100, 0),
    maxThicknessMm: 30,
    along: (t) => S(0, 0.42, t) ** 0.6 * (1 - 0.82 * S(0.55, 0.86, t)) * (1 - 0.85 * S(0.9, 1, t)),
    across: lens,
    tendon: (_s, t) => S(0.72, 0.9, t),
    joints: ['pelvis', 'hip'],
    weights: twoJoint(0.55, 0.85),
    referenceVolumeCm3: 323.2,
  };

  const tfl: MuscleDef = {
    shape: 'fusiform',
    id: 'tensor-fasciae-latae',
    layer: 'superficial',
    material: 'muscle-superficial',
    parts: ['tfl'],
    // from the ASIS and the outer lip of the crest behind it (P1) into the iliotibial band (P2)
    guides: [
      [[-36, 20, 126], [-18, -20, 134], [-14, -60, 140], [-21, -120, 142], pathPoint('tfl', 1)],
    ],
    attachments: [
      { part: 'tfl', index: 0 },
      { part: 'tfl', index: 1 },
    ],
    ns: 0,
    nt: 40,
    rounds: 10,
    clearance: (_s, t) => 2 + 12 * S(0.35, 0.75, t),
    attached: () => false,
    outward: (p) => [p[0] + 45, 0, p[2] - 90],
    maxThicknessMm: 8,
    aspect: 2.2,
    widthHint: () => [1, 0, 0],
    along: (t) => (0.6 + 0.4 * S(0, 0.25, t)) * (1 - 0.8 * S(0.7, 0.98, t)),
    across: () => 1,
    tendon: (_s, t) => S(0.82, 0.99, t),
    joints: ['pelvis', 'hip'],
    weights: twoJoint(0.25, 0.55),
    referenceVolumeCm3: 64.9,
  };

  const gluteusMaximus: MuscleDef = {
    shape: 'sheet',
    id: 'gluteus-maximus',
    layer: 'superficial',
    material: 'muscle-superficial',
    parts: GMAX,
    guides: [
      // posterior crest, PSIS, lateral sacrum and coccyx (origin line)
      [
        add(crestAt(9.2), [-2, -4, 2]),
        pathPoint('glmax1', 0),
        pathPoint('glmax2', 0),
        [-136, -22, 26],
        pathPoint('glmax3', 0),
        [-122, -96, 6],
      ],
      // over the buttock (via points of the figures)
      extendRow(row(GMAX, 1), 0.35, 0.25),
      // insertion: iliotibial tract and gluteal tuberosity
      extendRow(row(GMAX, -1), 0.25, 0.15),
    ],
    ns: 24,
    nt: 48,
    clearance: (_s, t) => 2 + 3 * S(0.2, 0.5, t),
    attached: (_s, t) => t < 0.05,
    outward: awayFromAxis(-60, 45),
    maxThicknessMm: 38,
    along: (t) => S(0, 0.3, t) ** 0.5 * (1 - 0.8 * S(0.62, 0.9, t)) * (1 - 0.7 * S(0.93, 1, t)),
    across: (s) => (4 * s * (1 - s)) ** 0.25,
    tendon: (_s, t) => S(0.8, 0.96, t),
    joints: ['pelvis', 'hip'],
    weights: twoJoint(0.5, 0.85),
    referenceVolumeCm3: 849,
  };

  const knee = joint('knee').centre;
  const itb: MuscleDef = {
    shape: 'sheet',
    id: 'iliotibial-band',
    layer: 'superficial',
    material: 'tendon',
    parts: [],
    attachments: [
      { part: 'tfl', index: 2 },
      { part: 'tfl', index: 3 },
    ],
    guides: [
      // a narrow band from the iliac tubercle, widening over the trochanter where TFL (in
      // front) and gluteus maximus (behind) insert on it
      [add(crestAt(2), [-2, -6, 6]), add(crestAt(2.3), [-1, -6, 7]), add(crestAt(2.6), [0, -6, 7])],
      [
        [-36, -40, 146],
        [-46, -42, 148],
        [-56, -46, 146],
      ],
      [
        [-34, -110, 150],
        [-58, -114, 152],
        [-84, -120, 146],
      ],
      [
        [-36, -300, 134],
        [-52, -300, 138],
        [-68, -300, 134],
      ],
      [add(knee, [24, 3, 42]), add(knee, [12, 2, 46]), add(knee, [0, 2, 44])],
      [
        add(pathPoint('tfl', -1), [6, 0, -2]),
        pathPoint('tfl', -1),
        add(pathPoint('tfl', -1), [-6, 0, -1]),
      ],
    ],
    ns: 8,
    nt: 64,
    clearance: (_s, t) => 3 + 12 * S(0.2, 0.4, t) * (1 - S(0.72, 0.86, t)),
    attached: (_s, t) => t < 0.02 || t > 0.97,
    outward: (p) => {
      const f = S(hip[1], knee[1], p[1]);
      return [p[0] - (-52 - 8 * f), 0, p[2] - (100 - 22 * f)];
    },
    maxThicknessMm: 2.8,
    along: (t) => 0.75 + 0.25 * S(0.2, 0.5, t),
    across: (s) => (4 * s * (1 - s)) ** 0.15,
    tendon: () => 1,
    joints: ['pelvis', 'hip', 'knee'],
    weights: (_s, t) => {
      const a = S(0.08, 0.22, t);
      const b = S(0.88, 0.96, t);
      return [1 - a, a * (1 - b), b];
    },
    referenceVolumeCm3: 0,
  };

  // deep to superficial: each is seated on the bones and on the muscles built before it (TFL
  // before gluteus medius: their origins abut on the crest and TFL must stay on the bone)
  return [gluteusMinimus, psoas, iliacus, piriformis, tfl, gluteusMedius, gluteusMaximus, itb];
}
