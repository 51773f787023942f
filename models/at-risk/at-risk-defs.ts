import type { AtRiskId } from '../../src/domain/anatomy';
import { LUMBAR_POSE_JOINTS } from '../../src/domain/anatomy';
import type { SectionProfile } from '../context/shaped-tube';
import type { Vec3 } from '../math/vec3';
import type { JointId } from '../skeleton/skeleton';

/** A structure at risk drawn as tubes along courses (vessels, nerves) or a closed body. */
export interface AtRiskTubeDef {
  readonly id: AtRiskId;
  readonly shape: 'tube';
  /** Branches: course (pelvis frame, mm, right side), widest radius and section profile. */
  readonly branches: readonly {
    readonly course: readonly Vec3[];
    readonly radiusMm: number;
    readonly profile: Partial<SectionProfile>;
  }[];
  readonly joints: readonly JointId[];
  /** Keep it at least this far under the skin (mm), or null to leave it where it is. */
  readonly minDepthMm: number | null;
  readonly basis: string;
}

const lumbarChain: readonly JointId[] = ['pelvis', ...LUMBAR_POSE_JOINTS];
const uniform = (taper: number): Partial<SectionProfile> => ({
  endFraction: [1, taper],
  bellyAt: 0.05,
  aspect: 1,
});

/**
 * Vessels and nerves at risk, right side. Courses follow the textbook relations named in
 * `basis` (Gray's Anatomy 41st ed.; Moore, Clinically Oriented Anatomy) and the figures of the
 * nerves already in the model (models/nerves/nerve-courses.ts): the gluteal arteries run with
 * the gluteal nerves, the femoral artery lies medial to the femoral nerve.
 */
export const AT_RISK_TUBES: readonly AtRiskTubeDef[] = [
  {
    id: 'superior-gluteal-artery',
    shape: 'tube',
    branches: [
      {
        // deep branch, with the superior gluteal nerve between gluteus medius and minimus
        course: [
          [-92, 10, 28],
          [-104, -3, 40],
          [-108, -5, 58],
          [-96, -2, 82],
          [-74, 2, 98],
          [-52, -4, 112],
        ],
        radiusMm: 2.4,
        profile: uniform(0.6),
      },
      {
        // superficial branch, into the deep surface of gluteus maximus
        course: [
          [-108, -5, 58],
          [-126, 0, 64],
          [-146, 6, 70],
        ],
        radiusMm: 1.6,
        profile: uniform(0.6),
      },
    ],
    joints: ['pelvis'],
    minDepthMm: null,
    basis:
      'internal iliac (posterior division) → greater sciatic foramen above piriformis → deep branch between gluteus medius and minimus, superficial branch to gluteus maximus',
  },
  {
    id: 'inferior-gluteal-artery',
    shape: 'tube',
    branches: [
      {
        course: [
          [-94, -18, 24],
          [-108, -34, 40],
          [-120, -43, 55],
          [-136, -53, 70],
          [-148, -66, 84],
          [-152, -92, 90],
        ],
        radiusMm: 2.2,
        profile: uniform(0.65),
      },
    ],
    joints: ['pelvis'],
    minDepthMm: null,
    basis:
      'internal iliac (anterior division) → greater sciatic foramen below piriformis, beside the sciatic nerve → deep surface of gluteus maximus',
  },
  {
    id: 'femoral-artery',
    shape: 'tube',
    branches: [
      {
        course: [
          [-64, 40, 42],
          [-42, -10, 52],
          [-22, -55, 60],
          [-20, -92, 64],
          [-20, -140, 70],
          [-26, -200, 74],
          [-34, -260, 78],
          [-46, -320, 80],
        ],
        radiusMm: 4.2,
        profile: uniform(0.8),
      },
    ],
    joints: ['pelvis', 'hip'],
    minDepthMm: 12,
    basis:
      'external iliac along the pelvic brim → under the inguinal ligament at the mid-inguinal point, medial to the femoral nerve → femoral triangle → adductor canal under sartorius',
  },
  {
    id: 'femoral-vein',
    shape: 'tube',
    branches: [
      {
        course: [
          [-66, 40, 29],
          [-46, -10, 40],
          [-26, -55, 47],
          [-25, -92, 52],
          [-29, -140, 60],
          [-37, -200, 66],
          [-46, -260, 71],
          [-58, -320, 74],
        ],
        radiusMm: 5,
        profile: uniform(0.8),
      },
    ],
    joints: ['pelvis', 'hip'],
    minDepthMm: 12,
    basis:
      'medial to the femoral artery in the femoral sheath, passing behind it toward the apex of the femoral triangle',
  },
  {
    id: 'lateral-femoral-cutaneous-nerve',
    shape: 'tube',
    branches: [
      {
        course: [
          [-90, 118, 50],
          [-64, 62, 86],
          [-32, 22, 106],
          [-6, -18, 100],
          [6, -60, 106],
          [8, -130, 112],
          [4, -200, 118],
        ],
        radiusMm: 1.4,
        profile: uniform(0.7),
      },
    ],
    joints: ['pelvis', 'hip'],
    minDepthMm: 4,
    basis:
      'lateral border of psoas → across iliacus → under the inguinal ligament about 2–3 cm medial to the ASIS (Uzel 2011: 2.95 ± 2.01 cm) → over sartorius into the thigh',
  },
  {
    id: 'lumbar-plexus',
    shape: 'tube',
    branches: [
      {
        course: [
          [-112, 205, 30],
          [-103, 173, 33],
          [-97, 136, 37],
          [-99, 100, 41],
          [-108, 70, 44],
        ],
        radiusMm: 3.6,
        profile: { endFraction: [0.6, 0.8], bellyAt: 0.6, aspect: 2.4 },
      },
    ],
    joints: lumbarChain,
    minDepthMm: null,
    basis:
      'anterior rami of L1–L4 forming within the posterior part of psoas major, in front of the transverse processes; the femoral nerve leaves its lateral border at L4–L5',
  },
];

/** Kidney (right): centre, long axis toward the upper pole, length, width and thickness (mm). */
export const KIDNEY = {
  centre: [-96, 176, 74] as Vec3,
  upperPoleDirection: [-0.22, 0.95, -0.2] as Vec3,
  lengthMm: 110,
  widthMm: 55,
  thicknessMm: 32,
  /** The left kidney sits higher than the right. */
  leftRaiseMm: 15,
  basis:
    "Gray's Anatomy: about 11 × 6 × 3 cm, T12 to L3 beside psoas and on quadratus lumborum, upper pole medial and posterior, the right a little lower than the left",
} as const;

/**
 * The boundary of the abdominal (peritoneal) cavity as elliptical sections: height y, centre x,
 * half depth (front to back) and half width (mm). It is then kept inside the abdominal wall and
 * in front of the spine, psoas, iliacus and kidneys, so the sections are an upper bound.
 */
export const PERITONEAL_SECTIONS: readonly (readonly [number, number, number, number])[] = [
  [-96, -46, 18, 26],
  [-70, -44, 34, 48],
  [-30, -28, 46, 70],
  [10, -12, 56, 100],
  [60, -8, 58, 122],
  [120, -6, 62, 128],
  [180, -8, 62, 128],
  [240, -10, 58, 118],
  [280, -12, 48, 96],
];
