/**
 * Hip strengthening exercises with the gluteal activation published for them, as % of a maximal
 * voluntary isometric contraction (healthy adults, and in Kim 2024 people with a weak gluteus
 * medius; see `sources.ts`). Every figure says how it was
 * checked (`EmgCheck`): against the study's own abstract or table, against a review's table that
 * quotes it, or not at all (with the reason; such figures are shown with a warning and not used).
 * The check record of 2026-12 is in docs/exercises-and-assessment.md. TFL % MVIC is given only for
 * side-lying abduction (Kim 2024); elsewhere the TFL evidence read is Selkowitz 2013's
 * gluteal-to-TFL index (its TFL table was not read).
 * Plain-word instructions live in the message catalogue (`exercises.items`).
 */
import type { EmgCheck, EmgMeasure, EmgMuscle, EmgValue, Exercise, ExerciseId } from './exercise';
import type { ExerciseSourceId } from './sources';

interface FigureOptions {
  readonly measure?: EmgMeasure;
  readonly variant?: string;
  readonly range?: readonly [number, number];
}

function figure(
  muscle: EmgMuscle,
  pctMvic: number,
  sdPctMvic: number | null,
  source: ExerciseSourceId,
  check: EmgCheck,
  options: FigureOptions = {},
): EmgValue {
  return {
    muscle,
    pctMvic,
    measure: options.measure ?? 'mean',
    sdPctMvic,
    ...(options.range ? { rangePctMvic: options.range } : {}),
    source,
    ...(options.variant ? { variant: options.variant } : {}),
    check,
  };
}

type Figure = (
  pctMvic: number,
  sdPctMvic: number | null,
  source: ExerciseSourceId,
  check: EmgCheck,
  options?: FigureOptions,
) => EmgValue;
const gmed: Figure = (...args) => figure('gluteus-medius', ...args);
const gmax: Figure = (...args) => figure('gluteus-maximus', ...args);

/** A figure read in the cited study's own text. */
const inStudy = (where: string): EmgCheck => ({ against: 'study', where });
/** A figure read in the IJSPT 2014 review table, which quotes the study. */
const inReviewTable = (where: string): EmgCheck => ({
  against: 'review',
  review: 'ijspt-2014-table',
  where,
});
const notChecked = (reason: string): EmgCheck => ({ against: 'none', reason });

/** A range the IJSPT 2014 table gives across the studies it cites, used at its midpoint. */
function reviewRange(muscle: EmgMuscle, low: number, high: number, variant: string): EmgValue {
  return figure(muscle, (low + high) / 2, null, 'ijspt-2014-table', inStudy('Table 2'), {
    measure: 'range',
    range: [low, high],
    variant,
  });
}

const CLAM_PAIR =
  'one of the study’s two clam variants; the abstract gives both figures without saying which is which';
const QUADRUPED_ARM_AND_LEG = 'quadruped lift of the opposite arm and the leg';
const KIM_TABLE = 'table of the three side-lying abduction styles';
const KIM_TRADITIONAL = 'traditional side-lying abduction (their “SHA-T”), no band';
const TEN_RM = 'with a 10-repetition-maximum ankle weight';
// Ekstrom's gluteal figures were read only in the IJSPT table, which cites them as its ref. 25
// (recognised by Ekstrom's exercise names; the review's reference list was not read).
const EKSTROM_IN_TABLE = 'Table 2, cited there as ref. 25 (Ekstrom 2007 by its exercise names)';
const DISTEFANO_CUT_OFF =
  'the copy of the Distefano abstract read here is cut off before this figure; practitioner summaries of the paper quote it';

const STAND = { trunkDeg: 90, armDeg: -90, forearmDeg: -90 } as const;

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'side-lying-hip-abduction',
    code: 'sla',
    pose: {
      position: 'side-lying',
      view: 'front',
      trunkDeg: 180,
      legThighDeg: 25,
      legShinDeg: 25,
      otherThighDeg: 0,
      otherShinDeg: 0,
      armDeg: 180,
      forearmDeg: 120,
    },
    emg: [
      gmed(81, 42, 'distefano-2009', inStudy('abstract')),
      gmed(99.9, 17, 'macaskill-2014', inStudy('abstract'), { variant: TEN_RM }),
      gmax(38, 23.3, 'macaskill-2014', inStudy('abstract'), { variant: TEN_RM }),
      // The only TFL % MVIC read, and the only figures from people with a weak gluteus medius.
      gmed(36.6, 10.6, 'kim-2024', inStudy(KIM_TABLE), { variant: KIM_TRADITIONAL }),
      gmax(24.6, 12.8, 'kim-2024', inStudy(KIM_TABLE), { variant: KIM_TRADITIONAL }),
      figure('tensor-fasciae-latae', 31.0, 18.7, 'kim-2024', inStudy(KIM_TABLE), {
        variant: KIM_TRADITIONAL,
      }),
      gmax(
        39,
        null,
        'distefano-2009',
        notChecked(
          'not in the Distefano abstract; the IJSPT 2014 table gives 39–51 % for side-lying abduction without saying which study gave which end',
        ),
      ),
    ],
    confidence: 'moderate',
  },
  {
    id: 'clamshell',
    code: 'cl',
    pose: {
      position: 'side-lying',
      view: 'side',
      trunkDeg: 180,
      legThighDeg: -40,
      legShinDeg: 0,
      otherThighDeg: -45,
      otherShinDeg: 45,
      armDeg: 180,
      forearmDeg: 120,
    },
    emg: [
      gmed(40, 38, 'distefano-2009', inStudy('abstract'), { variant: CLAM_PAIR }),
      gmed(38, 29, 'distefano-2009', inStudy('abstract'), { variant: CLAM_PAIR }),
      gmed(77, null, 'boren-2011', inStudy('abstract'), {
        measure: 'peak',
        variant: 'Boren’s “clamshell progression 4”',
      }),
      reviewRange('gluteus-maximus', 34, 53, 'side-lying clam; range across the two studies cited'),
    ],
    gluteToTflIndex: { value: 115, where: 'abstract' },
    confidence: 'moderate',
  },
  {
    id: 'side-plank-abduction',
    code: 'spa',
    pose: {
      position: 'side-plank',
      view: 'front',
      trunkDeg: 160,
      legThighDeg: -5,
      legShinDeg: -5,
      otherThighDeg: -20,
      otherShinDeg: -20,
      armDeg: -90,
      forearmDeg: 180,
    },
    emg: [
      gmed(103, null, 'boren-2011', inStudy('abstract'), {
        measure: 'peak',
        variant: 'side plank with abduction, dominant leg on the bottom (Boren’s wording)',
      }),
      gmed(89, null, 'boren-2011', inStudy('abstract'), {
        measure: 'peak',
        variant: 'side plank with abduction, dominant leg on top (Boren’s wording)',
      }),
      gmed(
        74,
        null,
        'ekstrom-2007',
        inReviewTable(
          'Table 2 gives 74–103 % for the side bridge from two studies; Boren’s abstract gives the 103, so 74 is Ekstrom’s',
        ),
        { measure: 'unstated', variant: 'Ekstrom’s “side-bridge”' },
      ),
      reviewRange(
        'gluteus-maximus',
        21,
        71,
        'Ekstrom’s side-bridge and Boren’s side plank with abduction; range across the two studies cited',
      ),
    ],
    confidence: 'low',
  },
  {
    id: 'bridge',
    code: 'br',
    pose: {
      position: 'supine',
      view: 'side',
      trunkDeg: 195,
      legThighDeg: -15,
      legShinDeg: -100,
      otherThighDeg: -15,
      otherShinDeg: -100,
      armDeg: 180,
      forearmDeg: 180,
    },
    emg: [
      gmed(28, null, 'ekstrom-2007', inReviewTable(EKSTROM_IN_TABLE), { measure: 'unstated' }),
      gmax(25, null, 'ekstrom-2007', inReviewTable(EKSTROM_IN_TABLE), { measure: 'unstated' }),
    ],
    confidence: 'low',
  },
  {
    id: 'single-leg-bridge',
    code: 'sb',
    pose: {
      position: 'supine',
      view: 'side',
      trunkDeg: 195,
      legThighDeg: -15,
      legShinDeg: -100,
      otherThighDeg: -15,
      otherShinDeg: -15,
      armDeg: 180,
      forearmDeg: 180,
    },
    emg: [
      reviewRange('gluteus-medius', 47, 55, 'range across the two studies cited'),
      reviewRange('gluteus-maximus', 40, 54, 'range across the two studies cited'),
    ],
    gluteToTflIndex: { value: 59, where: 'abstract' },
    confidence: 'low',
  },
  {
    id: 'single-leg-squat',
    code: 'sq',
    pose: {
      ...STAND,
      view: 'side',
      position: 'standing',
      trunkDeg: 70,
      legThighDeg: -50,
      legShinDeg: -110,
      otherThighDeg: -60,
      otherShinDeg: -60,
    },
    emg: [
      gmed(82, null, 'boren-2011', inStudy('abstract'), { measure: 'peak' }),
      gmed(64, null, 'distefano-2009', notChecked(`${DISTEFANO_CUT_OFF} as 64 %`)),
      gmax(59, null, 'distefano-2009', notChecked(`${DISTEFANO_CUT_OFF} as 59 %`)),
    ],
    confidence: 'low',
  },
  {
    id: 'lateral-step-up',
    code: 'ls',
    pose: {
      ...STAND,
      view: 'front',
      position: 'standing',
      legThighDeg: -80,
      legShinDeg: -100,
      otherThighDeg: -95,
      otherShinDeg: -95,
    },
    emg: [
      gmed(61, 20, 'macaskill-2014', inStudy('abstract')),
      gmax(31, 19.9, 'macaskill-2014', inStudy('abstract')),
    ],
    confidence: 'low',
  },
  {
    id: 'forward-step-up',
    code: 'fs',
    pose: {
      ...STAND,
      view: 'side',
      position: 'standing',
      legThighDeg: -45,
      legShinDeg: -100,
      otherThighDeg: -100,
      otherShinDeg: -95,
    },
    emg: [
      gmed(62.7, 18.2, 'macaskill-2014', inStudy('abstract')),
      gmax(28.7, 18.7, 'macaskill-2014', inStudy('abstract')),
    ],
    confidence: 'low',
  },
  {
    id: 'hip-hike',
    code: 'hh',
    pose: {
      ...STAND,
      view: 'front',
      position: 'standing',
      trunkDeg: 93,
      legThighDeg: -90,
      legShinDeg: -90,
      otherThighDeg: -88,
      otherShinDeg: -88,
    },
    emg: [
      gmed(
        57,
        null,
        'bolgla-2005',
        notChecked(
          'the Bolgla abstract was read only up to its methods and no review table read here lists the pelvic drop; summaries quote 57 %',
        ),
        {
          variant:
            'pelvic drop: standing on a step, lowering and lifting the other side of the pelvis',
        },
      ),
    ],
    confidence: 'low',
  },
  {
    id: 'lateral-band-walk',
    code: 'bw',
    pose: {
      ...STAND,
      view: 'front',
      position: 'standing',
      trunkDeg: 85,
      legThighDeg: -70,
      legShinDeg: -95,
      otherThighDeg: -105,
      otherShinDeg: -90,
    },
    emg: [
      gmed(61, null, 'distefano-2009', notChecked(`${DISTEFANO_CUT_OFF} as 61 %`), {
        variant: 'sideways band walk',
      }),
      gmax(27, null, 'distefano-2009', notChecked('not in the Distefano abstract read here'), {
        variant: 'sideways band walk',
      }),
    ],
    gluteToTflIndex: { value: 64, variant: 'sidestep', where: 'abstract' },
    confidence: 'low',
  },
  {
    id: 'single-leg-deadlift',
    code: 'dl',
    pose: {
      view: 'side',
      position: 'standing',
      trunkDeg: 175,
      legThighDeg: -85,
      legShinDeg: -95,
      otherThighDeg: 0,
      otherShinDeg: 0,
      armDeg: -90,
      forearmDeg: -90,
    },
    emg: [
      gmed(
        58,
        null,
        'distefano-2009',
        notChecked(`${DISTEFANO_CUT_OFF}, some as 58 % and some as 59 %`),
      ),
      gmax(59, null, 'distefano-2009', notChecked(`${DISTEFANO_CUT_OFF} as 59 %`)),
    ],
    confidence: 'low',
  },
  {
    id: 'quadruped-hip-extension',
    code: 'qe',
    pose: {
      position: 'quadruped',
      view: 'side',
      trunkDeg: 180,
      legThighDeg: -90,
      legShinDeg: 0,
      otherThighDeg: 0,
      otherShinDeg: 0,
      armDeg: -90,
      forearmDeg: -90,
    },
    emg: [
      gmed(42, null, 'ekstrom-2007', inReviewTable(EKSTROM_IN_TABLE), {
        measure: 'unstated',
        variant: QUADRUPED_ARM_AND_LEG,
      }),
      gmax(56, null, 'ekstrom-2007', inReviewTable(EKSTROM_IN_TABLE), {
        measure: 'unstated',
        variant: QUADRUPED_ARM_AND_LEG,
      }),
    ],
    gluteToTflIndex: { value: 50, variant: 'knee bent or straight', where: 'abstract' },
    confidence: 'low',
  },
  {
    id: 'prone-hip-extension',
    code: 'pe',
    pose: {
      position: 'prone',
      view: 'side',
      trunkDeg: 180,
      legThighDeg: 10,
      legShinDeg: 10,
      otherThighDeg: 0,
      otherShinDeg: 0,
      armDeg: 180,
      forearmDeg: 180,
    },
    emg: [
      gmax(100.7, 14.5, 'macaskill-2014', inStudy('abstract'), { variant: TEN_RM }),
      gmed(38, 22.2, 'macaskill-2014', inStudy('abstract'), { variant: TEN_RM }),
    ],
    confidence: 'low',
  },
  {
    id: 'standing-hip-abduction',
    code: 'sa',
    pose: {
      ...STAND,
      view: 'front',
      position: 'standing',
      legThighDeg: -65,
      legShinDeg: -65,
      otherThighDeg: -90,
      otherShinDeg: -90,
    },
    emg: [
      gmed(
        33,
        null,
        'bolgla-2005',
        inReviewTable(
          'Table 2, cited there as ref. 24 (Bolgla 2005 by its exercises: standing abduction, gluteus medius only)',
        ),
        {
          measure: 'unstated',
          variant:
            'the moving leg; Bolgla tested standing abduction with the hip straight and bent 20°, and the table gives one figure',
        },
      ),
    ],
    confidence: 'low',
  },
];

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));
const BY_CODE = new Map(EXERCISES.map((e) => [e.code, e]));

export function findExercise(id: ExerciseId): Exercise {
  const exercise = BY_ID.get(id);
  if (!exercise) throw new Error(`exercises: no exercise "${id}"; use one of EXERCISE_IDS.`);
  return exercise;
}

export function exerciseByCode(code: string): Exercise | undefined {
  return BY_CODE.get(code);
}

export type { ExerciseId };
