import type { Vec3 } from '../math/vec3';
import type { JointId } from '../skeleton/skeleton';

export interface NerveCourse {
  readonly id:
    | 'sciatic-nerve'
    | 'superior-gluteal-nerve'
    | 'inferior-gluteal-nerve'
    | 'femoral-nerve';
  /** Course through the pelvis frame (mm, right side), proximal to distal. */
  readonly points: readonly Vec3[];
  /** Section half-axes (mm): width and thickness (nerves are flattened ovals). */
  readonly radii: readonly [number, number];
  readonly joints: readonly JointId[];
  /** Where control passes to the next joint, as fractions along the course. */
  readonly crossings: readonly number[];
  readonly basis: string;
}

/**
 * Nerve courses. Sizes: sciatic CSA about 50 mm^2 at the gluteal sulcus (Chen 2018), femoral
 * 10 x 3-4.5 mm (Gruber 2003). Courses: sciatic leaves below piriformis about a third of the way
 * from PSIS to ischial tuberosity and runs about halfway between tuberosity and trochanter
 * (Clin Anat 2015;28:144); superior gluteal leaves above piriformis and runs forward between
 * gluteus medius and minimus to TFL; inferior gluteal leaves below piriformis into the deep
 * surface of gluteus maximus; femoral runs in the groove between psoas and iliacus, under the
 * inguinal ligament lateral to the vessels.
 */
export const NERVE_COURSES: readonly NerveCourse[] = [
  {
    id: 'sciatic-nerve',
    points: [
      [-112, -8, 30],
      [-112, -38, 52],
      [-117, -72, 70],
      [-122, -108, 80],
      [-114, -160, 90],
      [-98, -250, 96],
      [-90, -350, 92],
      [-92, -440, 82],
      [-96, -500, 78],
    ],
    radii: [5, 3.2],
    joints: ['pelvis', 'hip', 'knee'],
    crossings: [0.22, 0.93],
    basis:
      'infrapiriform foramen, between ischial tuberosity and greater trochanter, back of thigh',
  },
  {
    id: 'superior-gluteal-nerve',
    points: [
      [-106, -10, 42],
      [-104, -8, 62],
      [-92, -6, 84],
      [-70, -2, 100],
      [-48, -8, 114],
      [-30, -22, 122],
    ],
    radii: [1.6, 1.2],
    joints: ['pelvis'],
    crossings: [],
    basis: 'suprapiriform foramen, between gluteus medius and minimus, ends in TFL',
  },
  {
    id: 'inferior-gluteal-nerve',
    points: [
      [-110, -34, 44],
      [-122, -44, 58],
      [-138, -52, 74],
      [-150, -66, 88],
    ],
    radii: [1.6, 1.2],
    joints: ['pelvis'],
    crossings: [],
    basis: 'infrapiriform foramen, into the deep surface of gluteus maximus',
  },
  {
    id: 'femoral-nerve',
    points: [
      [-98, 96, 42],
      [-86, 50, 52],
      [-62, 6, 62],
      [-34, -34, 70],
      [-8, -64, 74],
      [8, -92, 76],
      [16, -128, 78],
    ],
    radii: [4.5, 2],
    joints: ['lumbosacral', 'pelvis', 'hip'],
    crossings: [0.18, 0.8],
    basis: 'lateral border of psoas, groove between psoas and iliacus, under the inguinal ligament',
  },
];
