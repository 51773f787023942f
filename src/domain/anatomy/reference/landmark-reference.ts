import type { LandmarkId } from '../landmarks';
import type { SourceId } from './sources';

export interface LandmarkReferenceData {
  /** What it is, in one sentence. */
  readonly description: string;
  /** Where to feel it on a person, or null when it cannot be felt. */
  readonly whereToFeel: string | null;
  readonly sources: readonly SourceId[];
}

const HIP_BONE_SOURCES: readonly SourceId[] = ['guws-landmarks', 'mskkey-sacrum', 'uzel-2011-lfcn'];
const SACRUM_SOURCES: readonly SourceId[] = ['mananatomy-sacrum', 'clinicalgate-sacrum'];
const LUMBAR_SOURCES: readonly SourceId[] = ['mskkey-lumbar', 'guws-landmarks', 'innerbody-lumbar'];
const FEMUR_SOURCES: readonly SourceId[] = ['examnotes-femur', 'acland-femur'];
const KNEE_SOURCES: readonly SourceId[] = ['memorix-patella-tibia', 'hole-2010-leg'];
const ACUPUNCTURE_SOURCES: readonly SourceId[] = [
  'project-acupuncture-points',
  'who-2008-acupuncture',
];
const MODEL_POINT = 'A reference point of the model, used for posing and mechanics.';

const TRANSVERSE = (level: string, extra = ''): LandmarkReferenceData => ({
  description: `Tip of the transverse process of ${level}; psoas major attaches along the front of the lumbar transverse processes.${extra}`,
  whereToFeel: null,
  sources: ['mskkey-lumbar', 'wikimsk-psoas'],
});

/** One line per landmark of the vocabulary: what it is and where to feel it. */
export const LANDMARK_REFERENCE_DATA: { readonly [K in LandmarkId]: LandmarkReferenceData } = {
  ASIS: {
    description:
      'Anterior superior iliac spine: the front end of the iliac crest, where sartorius and tensor fasciae latae start.',
    whereToFeel:
      'At the front of the hip: follow the top of the hip bone forward to its front tip.',
    sources: HIP_BONE_SOURCES,
  },
  AIIS: {
    description:
      'Anterior inferior iliac spine: a smaller bony point below the ASIS, where the straight head of rectus femoris starts.',
    whereToFeel: null,
    sources: HIP_BONE_SOURCES,
  },
  PSIS: {
    description:
      'Posterior superior iliac spine: the back end of the iliac crest, roughly level with S2.',
    whereToFeel: 'Under the two dimples of the lower back, one on each side of the sacrum.',
    sources: HIP_BONE_SOURCES,
  },
  'iliac-crest-highest': {
    description:
      'The highest point of the iliac crest; a line across both usually crosses the L4 spinous process or the L4–L5 gap. On the built-in model the crests sit lower, level with L5–S1, so the app places vertebral levels from the vertebrae themselves, not from the crest line.',
    whereToFeel: 'Press in at the waist from the side and feel for the top edge of the hip bone.',
    sources: HIP_BONE_SOURCES,
  },
  'iliac-tubercle': {
    description: 'A thickened bump on the outer lip of the iliac crest, behind the ASIS.',
    whereToFeel:
      'Follow the iliac crest back from the ASIS to the first broad bump on its outer edge.',
    sources: ['project-motor-points'],
  },
  'greater-sciatic-notch-apex': {
    description:
      'The top of the deep notch in the back edge of the hip bone, where piriformis and the gluteal and sciatic nerves leave the pelvis.',
    whereToFeel: null,
    sources: ['project-motor-points'],
  },
  'ischial-tuberosity': {
    description: 'The sitting bone, where the hamstrings start.',
    whereToFeel: 'Low in the buttock, near the gluteal fold; easier to feel with the hip bent.',
    sources: HIP_BONE_SOURCES,
  },
  'pubic-tubercle': {
    description:
      'A small bump at the outer end of the pubic crest, where the inguinal ligament attaches.',
    whereToFeel:
      'Low at the front of the pelvis, just beside the midline, at the inner end of the groin.',
    sources: HIP_BONE_SOURCES,
  },
  'pubic-symphysis-inferior-border': {
    description:
      'The lower edge of the joint between the two pubic bones; used as a level for acupuncture point ST31.',
    whereToFeel: null,
    sources: ACUPUNCTURE_SOURCES,
  },
  'hip-joint-center': {
    description: `The centre of the femoral head in the hip socket. ${MODEL_POINT}`,
    whereToFeel: null,
    sources: FEMUR_SOURCES,
  },
  'sacrum-lateral-border': {
    description: 'The outer edge of the sacrum at the level of piriformis.',
    whereToFeel: 'Press in beside the sacrum, between the level of the PSIS and the coccyx.',
    sources: ['project-motor-points', ...SACRUM_SOURCES],
  },
  'S1-posterior-sacral-foramen': {
    description:
      'The first opening on the back of the sacrum, just below the L5–S1 junction and medial to the level of the PSIS.',
    whereToFeel: null,
    sources: SACRUM_SOURCES,
  },
  'S2-posterior-sacral-foramen': {
    description:
      'The second opening on the back of the sacrum, close to the line joining the two PSIS.',
    whereToFeel: null,
    sources: [...SACRUM_SOURCES, 'mskkey-sacrum'],
  },
  'sacral-hiatus': {
    description:
      'The opening at the lower end of the sacral canal (S4–S5 level), between the sacral cornua.',
    whereToFeel:
      'At the top of the buttock cleft, between two small bony bumps (the sacral cornua).',
    sources: SACRUM_SOURCES,
  },
  'sacral-promontory': {
    description: 'The front upper edge of the body of S1, jutting into the pelvis.',
    whereToFeel: null,
    sources: ['project-motor-points', ...SACRUM_SOURCES],
  },
  'coccyx-tip': {
    description: 'The lowest point of the spine, the tip of the tailbone.',
    whereToFeel: 'In the buttock cleft, at the lower end of the tailbone.',
    sources: ['wiki-mirror-coccyx', 'healthline-coccyx'],
  },
  'T12-transverse-process': {
    description:
      'Tip of the transverse process of the twelfth thoracic vertebra (T12); a reference for the upper end of psoas major.',
    whereToFeel: null,
    sources: ['project-motor-points', 'wikimsk-psoas'],
  },
  'L1-transverse-process': TRANSVERSE('L1'),
  'L2-transverse-process': TRANSVERSE('L2'),
  'L3-transverse-process': TRANSVERSE('L3'),
  'L4-transverse-process': TRANSVERSE('L4'),
  'L5-transverse-process': TRANSVERSE('L5', ' At L5 it is short and thick.'),
  'L1-spinous-process': {
    description: 'The back tip of the L1 vertebra; acupuncture point BL22 lies level with it.',
    whereToFeel: 'In the midline of the back, three spinous processes above L4.',
    sources: LUMBAR_SOURCES,
  },
  'L2-spinous-process': {
    description: 'The back tip of the L2 vertebra; level of acupuncture points BL23 and GV4.',
    whereToFeel: 'In the midline of the back, two spinous processes above L4.',
    sources: LUMBAR_SOURCES,
  },
  'L3-spinous-process': {
    description: 'The back tip of the L3 vertebra.',
    whereToFeel: 'In the midline of the back, one spinous process above L4.',
    sources: LUMBAR_SOURCES,
  },
  'L4-spinous-process': {
    description:
      "The back tip of the L4 vertebra, usually on the line across the iliac crests (Tuffier's line); on the built-in model the crest line lies lower, at L5–S1.",
    whereToFeel: 'In the midline of the back, level with the tops of the iliac crests.',
    sources: LUMBAR_SOURCES,
  },
  'L5-spinous-process': {
    description:
      'The back tip of the L5 vertebra, the last one above the sacrum; level of acupuncture point BL26.',
    whereToFeel: 'In the midline of the back, one spinous process below L4, just above the sacrum.',
    sources: LUMBAR_SOURCES,
  },
  'greater-trochanter-tip': {
    description:
      'The top of the large bony bump on the outer side of the upper femur, where gluteus medius, gluteus minimus and piriformis attach.',
    whereToFeel:
      'On the side of the hip, below the iliac crest; it moves under the fingers when the leg turns in and out.',
    sources: FEMUR_SOURCES,
  },
  'lesser-trochanter': {
    description: 'A bony knob on the inner back side of the upper femur, where iliopsoas attaches.',
    whereToFeel: null,
    sources: FEMUR_SOURCES,
  },
  'femoral-lateral-epicondyle': {
    description: 'The bump on the outer side of the lower end of the femur.',
    whereToFeel: 'On the outside of the knee, just above the joint line.',
    sources: FEMUR_SOURCES,
  },
  'femoral-medial-epicondyle': {
    description: 'The bump on the inner side of the lower end of the femur.',
    whereToFeel: 'On the inside of the knee, just above the joint line.',
    sources: FEMUR_SOURCES,
  },
  'knee-joint-center': {
    description: `The centre of the knee joint. ${MODEL_POINT}`,
    whereToFeel: null,
    sources: FEMUR_SOURCES,
  },
  'patella-center': {
    description: 'The middle of the kneecap.',
    whereToFeel: 'The middle of the kneecap, at the front of the knee.',
    sources: KNEE_SOURCES,
  },
  'patella-apex': {
    description:
      'The pointed lower tip of the kneecap, where the patellar ligament starts; Chinese proportional tables treat the crease behind the knee as level with it.',
    whereToFeel: 'At the lower edge of the kneecap.',
    sources: [...KNEE_SOURCES, ...ACUPUNCTURE_SOURCES],
  },
  'patella-base-lateral-end': {
    description:
      'The outer end of the upper edge of the kneecap; a landmark for acupuncture points ST31 to ST34.',
    whereToFeel: 'At the top outer corner of the kneecap.',
    sources: [...KNEE_SOURCES, ...ACUPUNCTURE_SOURCES],
  },
  'patella-base-medial-end': {
    description:
      'The inner end of the upper edge of the kneecap; a landmark for acupuncture point SP10.',
    whereToFeel: 'At the top inner corner of the kneecap.',
    sources: [...KNEE_SOURCES, ...ACUPUNCTURE_SOURCES],
  },
  'fibular-head': {
    description:
      'The knob at the top of the fibula; the common fibular nerve winds around the neck just below it.',
    whereToFeel: 'On the outer side of the leg, just below the knee.',
    sources: ['statpearls-cfn', 'osu-cfn'],
  },
  'tibial-tuberosity': {
    description: 'The bump on the front of the upper tibia where the patellar ligament attaches.',
    whereToFeel: 'Below the kneecap, at the lower end of the patellar ligament.',
    sources: ['pocketanatomy-tibial-tuberosity', 'sheridan-tibia'],
  },
  'ST35-lateral-knee-eye': {
    description:
      'The hollow on the outer side of the patellar ligament at the knee (acupuncture point ST35).',
    whereToFeel:
      'With the knee bent, in the dip just outside the patellar ligament, below the kneecap.',
    sources: ACUPUNCTURE_SOURCES,
  },
  'popliteal-crease-lateral': {
    description:
      'The outer end of the skin crease at the back of the knee, taken as level with the lower tip of the kneecap.',
    whereToFeel: 'At the outer end of the crease behind the knee.',
    sources: ACUPUNCTURE_SOURCES,
  },
  umbilicus: {
    description: 'The navel, at about the level of the L3–L4 vertebrae.',
    whereToFeel: 'The belly button.',
    sources: ['mskkey-lumbar', 'project-motor-points'],
  },
  'gluteal-fold-midpoint': {
    description: 'The middle of the skin fold under the buttock.',
    whereToFeel: 'Halfway along the crease where the buttock meets the back of the thigh.',
    sources: ACUPUNCTURE_SOURCES,
  },
  'buttock-quadrant-center': {
    description:
      'The crossing point of two lines that split the buttock into four equal parts (a definition used by a device maker).',
    whereToFeel:
      'Found by eye: where a vertical and a horizontal line that each halve the buttock cross.',
    sources: ['project-motor-points'],
  },
  'psoas-inguinal-crossing': {
    description:
      'Where psoas passes under the inguinal ligament, roughly just lateral to the middle of the groin (an estimate).',
    whereToFeel: null,
    sources: ['project-motor-points'],
  },
  'lcfa-ascending-branch-entry-tfl': {
    description:
      'Where the ascending branch of the lateral circumflex femoral artery enters tensor fasciae latae; its nerve branches enter close by.',
    whereToFeel: null,
    sources: ['project-motor-points', 'elsevier-tfl'],
  },
};
