/**
 * Hip strengthening exercises with the gluteal activation published for them. Every number is a
 * mean % MVIC from the named study (healthy adults; see `sources.ts`), with its SD where
 * transcribed. Figures marked `recalled` still need comparing with the paper (see `Transcription`).
 * No TFL %MVIC is given: the only TFL evidence transcribed is Selkowitz 2013's gluteal-to-TFL index.
 * Plain-word instructions live in the message catalogue (`exercises.items`).
 */
import type { EmgValue, Exercise, ExerciseId } from './exercise';

const gmed = (
  meanPctMvic: number,
  sdPctMvic: number | null,
  source: EmgValue['source'],
  transcription: EmgValue['transcription'],
  variant?: string,
): EmgValue => ({
  muscle: 'gluteus-medius',
  meanPctMvic,
  sdPctMvic,
  source,
  transcription,
  ...(variant ? { variant } : {}),
});
const gmax = (
  meanPctMvic: number,
  sdPctMvic: number | null,
  source: EmgValue['source'],
  transcription: EmgValue['transcription'],
  variant?: string,
): EmgValue => ({
  ...gmed(meanPctMvic, sdPctMvic, source, transcription, variant),
  muscle: 'gluteus-maximus',
});

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
      gmed(81, 42, 'distefano-2009', 'checked'),
      gmax(39, 18, 'distefano-2009', 'recalled'),
      gmed(99.9, 17, 'macaskill-2014', 'checked', 'with a 10-repetition-maximum ankle weight'),
      gmax(38, 23.3, 'macaskill-2014', 'checked', 'with a 10-repetition-maximum ankle weight'),
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
      gmed(40, 38, 'distefano-2009', 'checked', 'hips bent 30°'),
      gmed(38, 29, 'distefano-2009', 'checked', 'hips bent 60°'),
    ],
    gluteToTflIndex: { value: 115 },
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
      gmed(
        103,
        null,
        'boren-2011',
        'recalled',
        'side plank with abduction, exercised leg underneath',
      ),
      gmed(74, 30, 'ekstrom-2007', 'recalled', 'side bridge without leg lift'),
      gmax(21, 16, 'ekstrom-2007', 'recalled', 'side bridge without leg lift'),
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
    emg: [gmed(28, 17, 'ekstrom-2007', 'recalled'), gmax(25, 14, 'ekstrom-2007', 'recalled')],
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
    emg: [gmed(47, 24, 'ekstrom-2007', 'recalled'), gmax(40, 20, 'ekstrom-2007', 'recalled')],
    gluteToTflIndex: { value: 59 },
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
      gmed(64, 24, 'distefano-2009', 'recalled'),
      gmax(59, 31, 'distefano-2009', 'recalled'),
      gmed(82, null, 'boren-2011', 'recalled'),
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
    emg: [gmed(61, 20, 'macaskill-2014', 'checked'), gmax(31, 19.9, 'macaskill-2014', 'checked')],
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
      gmed(62.7, 18.2, 'macaskill-2014', 'checked'),
      gmax(28.7, 18.7, 'macaskill-2014', 'checked'),
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
        32,
        'bolgla-2005',
        'recalled',
        'pelvic drop: standing on a step, lowering and lifting the other side of the pelvis',
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
    emg: [gmed(61, 34, 'distefano-2009', 'recalled'), gmax(27, 16, 'distefano-2009', 'recalled')],
    gluteToTflIndex: { value: 64, variant: 'sidestep with elastic resistance' },
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
    emg: [gmed(58, 25, 'distefano-2009', 'recalled'), gmax(59, 28, 'distefano-2009', 'recalled')],
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
      gmed(42, 17, 'ekstrom-2007', 'recalled', 'quadruped lift of the opposite arm and the leg'),
      gmax(56, 22, 'ekstrom-2007', 'recalled', 'quadruped lift of the opposite arm and the leg'),
    ],
    gluteToTflIndex: { value: 50, variant: 'knee bent or straight' },
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
      gmax(100.7, 14.5, 'macaskill-2014', 'checked', 'with a 10-repetition-maximum ankle weight'),
      gmed(38, 22.2, 'macaskill-2014', 'checked', 'with a 10-repetition-maximum ankle weight'),
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
    emg: [gmed(33, null, 'bolgla-2005', 'recalled', 'moving leg, hip straight, no added weight')],
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
