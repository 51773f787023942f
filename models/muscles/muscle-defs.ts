import type { LayerId, MuscleOrTendonId } from '../../src/domain/anatomy';
import { LUMBAR_POSE_JOINTS } from '../../src/domain/anatomy';
import type { MaterialId } from '../gltf/model-spec';
import { smoothstep as S } from '../math/scalar';
import { add, type Vec3 } from '../math/vec3';
import type { JointId } from '../skeleton/skeleton';
import { joint } from '../skeleton/skeleton';
import { onThighSurface } from '../skin/thigh-mass';
import { crestAt, extendRow, pathPoint, psoasOrigin } from './muscle-figures';
import type { PartKey } from './muscle-paths';
import {
  baseAndRamp,
  belly,
  constant,
  lens,
  type Profile,
  product,
  rampUp,
  taper,
  twoJointHandover,
} from './profiles';

/** Everything needed to build one muscle (right side, pelvis frame, mm). */
export interface MuscleDef {
  readonly id: MuscleOrTendonId;
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
  /** Gap (mm) kept from the bone and deeper muscles, along the fibres. */
  readonly clearance: Profile;
  /**
   * Seated on the stand-in for the thigh muscles (the iliotibial band on vastus lateralis),
   * which joins the seat field just before this muscle is built.
   */
  readonly restsOnThighMass?: boolean;
  /** Fleshy attachment: the deep surface is pulled onto what lies under it for t below this. */
  readonly attachedUntil: number;
  /** ... and for t above this (a band attached at both ends). */
  readonly attachedFrom?: number;
  /** Fleshy origin: attached down to this guide row as well. */
  readonly attachedThroughGuide?: number;
  readonly outward: (p: Vec3) => Vec3;
  /**
   * Peak thickness (mm) to start from. For the seven muscles the build then scales it (sheets)
   * or the section radii (spindles) until the mesh has its MRI volume (Handsfield 2014 for the
   * reference body), so this only needs to be roughly right; the ITB keeps it as given.
   */
  readonly peakThicknessMm: number;
  /** Fusiform only: section aspect (width / thickness) and the direction the width lies along. */
  readonly aspect?: number;
  readonly widthHint?: (t: number) => Vec3;
  /** Thickness along the fibres (0..1) and across the fan (0..1). */
  readonly along: Profile;
  readonly across: Profile;
  /** Tendon share of the vertex colour along the fibres. */
  readonly tendon: Profile;
  readonly joints: readonly JointId[];
  /** Skin weights per joint (same order) at (s, t, position). */
  readonly weights: (s: number, t: number, p: Vec3) => readonly number[];
}

/** Horizontal direction away from a vertical axis through (x, z). */
const awayFromAxis =
  (x: number, z: number) =>
  (p: Vec3): Vec3 => [p[0] - x, 0, p[2] - z];

const row = (keys: readonly PartKey[], index: number) => keys.map((k) => pathPoint(k, index));

export function muscleDefs(): MuscleDef[] {
  const GMED: PartKey[] = ['glmed1', 'glmed2', 'glmed3'];
  const GMIN: PartKey[] = ['glmin1', 'glmin2', 'glmin3'];
  const GMAX: PartKey[] = ['glmax1', 'glmax2', 'glmax3'];
  const hip = joint('hip').centre;
  const lumbarJoints: JointId[] = [...LUMBAR_POSE_JOINTS].reverse();
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
      // a wide fan between the anterior and inferior gluteal lines, converging on the anterior
      // facet of the trochanter and the superior capsule
      extendRow(row(GMIN, 0), 1.3, 1.2),
      extendRow(row(GMIN, -1), 1.4, 1.4),
    ],
    ns: 16,
    nt: 36,
    // lifts off the bone over the hip capsule, back down onto the trochanter's anterior facet
    clearance: baseAndRamp(
      1.2,
      3,
      product(rampUp({ from: 0.45, to: 0.7 }), taper({ from: 0.85, to: 0.98, floor: 0 })),
    ),
    attachedUntil: 0.3,
    attachedThroughGuide: 1,
    outward: awayFromAxis(-60, 20),
    peakThicknessMm: 18,
    along: belly({
      originShare: 0,
      fullAt: 0.35,
      riseShape: 0.6,
      tendon: { from: 0.62, to: 0.9, floor: 0.25 },
      insertion: { from: 0.92, to: 1, floor: 0.3 },
    }),
    across: lens({ fullness: 0.3 }),
    tendon: rampUp({ from: 0.74, to: 0.92 }),
    joints: ['pelvis', 'hip'],
    weights: twoJointHandover({ from: 0.55, to: 0.85 }),
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
    clearance: baseAndRamp(1.2, 2.5, rampUp({ from: 0.5, to: 0.65 })),
    attachedUntil: 0.3,
    attachedThroughGuide: 1,
    // the iliac fossa faces forward, inward and up; lower down the muscle lies in front of the hip
    outward: (p) => {
      const w = S(-50, -110, p[1]);
      return [0.55 + 0.1 * w, 0.3 * (1 - w), -0.8 + 0.1 * w];
    },
    peakThicknessMm: 16,
    along: belly({
      originShare: 0,
      fullAt: 0.3,
      riseShape: 0.6,
      tendon: { from: 0.64, to: 0.88, floor: 0.3 },
      insertion: { from: 0.92, to: 1, floor: 0.3 },
    }),
    across: lens({ fullness: 0.3 }),
    tendon: rampUp({ from: 0.8, to: 0.95 }),
    joints: ['pelvis', 'hip'],
    weights: twoJointHandover({ from: 0.6, to: 0.82 }),
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
    clearance: baseAndRamp(1.2, 1.5, rampUp({ from: 0.6, to: 0.75 })),
    attachedUntil: 0,
    // away from the vertebral bodies above the brim; forward and inward in front of the hip
    outward: (p) => {
      // forward and outward from the groove between bodies and transverse processes; forward
      // and slightly inward where it crosses the brim and the front of the hip
      const w = S(10, -50, p[1]);
      return [0.6 * (1 - w) + 0.85 * w, 0, 0.8 * (1 - w) - 0.5 * w];
    },
    peakThicknessMm: 19,
    aspect: 1.1,
    widthHint: () => [1, 0, 0],
    along: belly({
      originShare: 0.25,
      fullAt: 0.42,
      riseShape: 0.7,
      tendon: { from: 0.58, to: 0.84, floor: 0.22 },
    }),
    across: constant(1),
    tendon: rampUp({ from: 0.72, to: 0.88 }),
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
    clearance: baseAndRamp(1.2, -2.5, rampUp({ from: 0.9, to: 1 })),
    attachedUntil: 0,
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
    // a broad origin on S2-S4, a full belly through the foramen, a round tendon on the trochanter
    peakThicknessMm: 9,
    aspect: 1.6,
    widthHint: () => [0, 1, 0],
    along: belly({
      originShare: 0.75,
      fullAt: 0.3,
      tendon: { from: 0.62, to: 0.92, floor: 0.3 },
    }),
    across: constant(1),
    tendon: rampUp({ from: 0.66, to: 0.88 }),
    joints: ['pelvis', 'hip'],
    weights: twoJointHandover({ from: 0.6, to: 0.9 }),
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
      extendRow(row(GMED, 0), 0.2, 0.3),
      extendRow(row(GMED, -1), 1.3, 1.0),
    ],
    ns: 22,
    nt: 48,
    clearance: baseAndRamp(
      1.5,
      2,
      product(rampUp({ from: 0.3, to: 0.6 }), taper({ from: 0.85, to: 0.98, floor: 0 })),
    ),
    attachedUntil: 0.2,
    attachedThroughGuide: 1,
    outward: awayFromAxis(-100, 0),
    peakThicknessMm: 30,
    along: belly({
      originShare: 0,
      fullAt: 0.38,
      riseShape: 0.5,
      tendon: { from: 0.62, to: 0.88, floor: 0.22 },
      insertion: { from: 0.9, to: 1, floor: 0.2 },
    }),
    across: lens({ fullness: 0.22 }),
    tendon: rampUp({ from: 0.74, to: 0.9 }),
    joints: ['pelvis', 'hip'],
    weights: twoJointHandover({ from: 0.55, to: 0.85 }),
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
    clearance: baseAndRamp(2, 12, rampUp({ from: 0.35, to: 0.75 })),
    attachedUntil: 0,
    outward: (p) => [p[0] + 45, 0, p[2] - 90],
    peakThicknessMm: 8,
    aspect: 2.2,
    widthHint: () => [1, 0, 0],
    along: belly({ originShare: 0.6, fullAt: 0.25, tendon: { from: 0.7, to: 0.98, floor: 0.2 } }),
    across: constant(1),
    tendon: rampUp({ from: 0.82, to: 0.99 }),
    joints: ['pelvis', 'hip'],
    weights: twoJointHandover({ from: 0.25, to: 0.55 }),
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
        // the sacrotuberous ligament: the lower border starts here, not at a point
        [-114, -116, 24],
      ],
      // over the buttock: the figures' via points, 16 mm further forward so the belly lies on
      // gluteus medius and piriformis (the via points keep a line of action clear of them and
      // would leave a gap that puts piriformis deeper than on CT, Park 2011)
      extendRow(
        row(GMAX, 1).map((p) => add(p, [16, 0, 0])),
        0.35,
        0.25,
      ),
      // insertion, a long line down the side of the thigh (not a point): the upper part and
      // the superficial lower part into the iliotibial tract from the level of the trochanter,
      // the deep lower part into the gluteal tuberosity (the figures' insertion points)
      [
        [-104, -62, 136],
        add(pathPoint('glmax1', -1), [-6, 0, 10]),
        add(pathPoint('glmax2', -1), [-4, 0, 6]),
        pathPoint('glmax3', -1),
        add(pathPoint('glmax3', -1), [2, -26, 2]),
      ],
    ],
    ns: 24,
    nt: 48,
    clearance: baseAndRamp(2, 3, rampUp({ from: 0.2, to: 0.5 })),
    attachedUntil: 0.05,
    outward: awayFromAxis(-60, 45),
    // coarse and thick right to its lower border, thinning into the flat tendon over the trochanter
    peakThicknessMm: 36,
    along: belly({
      originShare: 0.3,
      fullAt: 0.25,
      riseShape: 0.5,
      tendon: { from: 0.74, to: 0.95, floor: 0.3 },
      insertion: { from: 0.95, to: 1, floor: 0.5 },
    }),
    across: lens({ fullness: 0.12 }),
    tendon: rampUp({ from: 0.82, to: 0.96 }),
    joints: ['pelvis', 'hip'],
    weights: twoJointHandover({ from: 0.5, to: 0.85 }),
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
      // on gluteus medius and TFL (set inside them, so seating lifts the band onto them)
      [
        [-36, -40, 130],
        [-46, -42, 132],
        [-56, -46, 130],
      ],
      [
        [-34, -110, 150],
        [-58, -114, 152],
        [-84, -120, 146],
      ],
      // down the thigh on the surface of vastus lateralis (the thigh stand-in)
      [18, 0, -18].map((deg) => onThighSurface(-210, deg, 1.5)),
      [16, 0, -16].map((deg) => onThighSurface(-330, deg, 1.5)),
      [add(knee, [24, 3, 42]), add(knee, [12, 2, 46]), add(knee, [0, 2, 44])],
      [
        add(pathPoint('tfl', -1), [6, 0, -2]),
        pathPoint('tfl', -1),
        add(pathPoint('tfl', -1), [-6, 0, -1]),
      ],
    ],
    ns: 8,
    nt: 64,
    // lies on gluteus medius, TFL and maximus at the hip and on vastus lateralis (the thigh
    // stand-in) down the thigh, attached along its length like the fascia it is
    restsOnThighMass: true,
    clearance: constant(1.5),
    attachedUntil: 0.02,
    attachedFrom: 0.97,
    outward: (p) => {
      const f = S(hip[1], knee[1], p[1]);
      return [p[0] - (-52 - 8 * f), 0, p[2] - (100 - 22 * f)];
    },
    peakThicknessMm: 2.8,
    along: baseAndRamp(0.75, 0.25, rampUp({ from: 0.2, to: 0.5 })),
    across: lens({ fullness: 0.15 }),
    tendon: constant(1),
    joints: ['pelvis', 'hip', 'knee'],
    weights: (_s, t) => {
      const a = S(0.08, 0.22, t);
      const b = S(0.88, 0.96, t);
      return [1 - a, a * (1 - b), b];
    },
  };

  // deep to superficial: each is seated on the bones and on the muscles built before it (TFL
  // before gluteus medius: their origins abut on the crest and TFL must stay on the bone)
  return [gluteusMinimus, psoas, iliacus, piriformis, tfl, gluteusMedius, gluteusMaximus, itb];
}
