import type { BoneId, LUMBAR_VERTEBRAE } from '../bones';
import type { BoneReference, MuscleAttachment, ReferenceData } from './reference-types';
import type { SourceId } from './sources';

type BoneData<K extends BoneId> = ReferenceData<BoneReference> & { readonly id: K };
type LumbarId = (typeof LUMBAR_VERTEBRAE)[number];

const LUMBAR_CODE = {
  'vertebra-l1': 'L1',
  'vertebra-l2': 'L2',
  'vertebra-l3': 'L3',
  'vertebra-l4': 'L4',
  'vertebra-l5': 'L5',
} as const satisfies Record<LumbarId, string>;

const LUMBAR_SUMMARY =
  'One of the five largest movable vertebrae. Lumbar vertebrae have big kidney-shaped bodies, no facets for ribs and no transverse foramina. Their spinous processes are thick, square and point straight back; their transverse processes are long and thin, except at L5.';

const LUMBAR_TERMINOLOGY_NOTE =
  "TA2 names a single lumbar vertebra with the class term 'vertebra lumbalis' (TA2 1068) plus a Roman numeral; the class 'vertebrae lumbales' is TA2 1067, TA98 A02.2.04.001, Wikidata Q405478.";

const LUMBAR_SOURCES: readonly SourceId[] = [
  'mskkey-lumbar',
  'innerbody-lumbar',
  'ta2-extraction-human-atlas',
  'ta98-taviewer',
];

const ILIAC_CREST_LINE_UNCERTAIN =
  'The line across the tops of the iliac crests lies at L4 in most but not all people; it shifts with posture and build.';

const DISC_HERNIATION_NOTE =
  'About 95% of lumbar disc herniations are at L4–L5 or L5–S1. The nerve root pain that follows (sciatica) is often felt in the buttock and leg and can look like a hip problem.';

const UPPER_LUMBAR_NOTE =
  'Problems with the upper lumbar nerve roots (L2 to L4) can imitate hip or groin pain.';

function psoasAttachment(): MuscleAttachment {
  return {
    muscleId: 'psoas-major',
    text: 'Psoas major (vertebral body, discs and transverse process)',
  };
}

const BACK_MUSCLES: MuscleAttachment = {
  muscleId: null,
  text: 'Erector spinae and multifidus (not in the model)',
};
const QUADRATUS_LUMBORUM: MuscleAttachment = {
  muscleId: null,
  text: 'Quadratus lumborum (transverse process; not in the model)',
};

/** The parts every lumbar record shares; each level adds its own notes and sources. */
function lumbar<K extends LumbarId>(
  id: K,
  level: {
    readonly numeral: string;
    readonly ordinal: string;
    readonly plainName: string;
    readonly levelSummary: string;
    readonly spinousNote: string;
    readonly transverseNote: string;
    readonly articulations: readonly string[];
    readonly muscleAttachments: readonly MuscleAttachment[];
    readonly clinicalNote: string;
    readonly patientDescription: string;
    readonly uncertain: readonly string[];
    readonly sources: readonly SourceId[];
  },
): BoneData<K> {
  const code: (typeof LUMBAR_CODE)[LumbarId] = LUMBAR_CODE[id];
  return {
    id,
    kind: 'bone',
    nameEn: `${level.ordinal} lumbar vertebra (${code})`,
    nameLatin: `vertebra lumbalis ${level.numeral}`,
    latinSynonyms: ['vertebrae lumbales'],
    plainName: level.plainName,
    synonyms: [code, `${code} vertebra`, `lumbar vertebra ${code.slice(1)}`, 'lumbar spine'],
    terminology: {
      ta2Id: null,
      ta98Id: null,
      ta98Latin: null,
      fmaId: null,
      wikidataId: null,
      note: LUMBAR_TERMINOLOGY_NOTE,
    },
    layer: 'bones',
    summary: `${LUMBAR_SUMMARY} ${level.levelSummary}`,
    parts: [],
    keyLandmarks: [
      { landmarkId: `${code}-spinous-process`, note: level.spinousNote },
      { landmarkId: `${code}-transverse-process`, note: level.transverseNote },
    ],
    articulations: level.articulations,
    muscleAttachments: level.muscleAttachments,
    clinicalNote: level.clinicalNote,
    patientDescription: level.patientDescription,
    uncertain: level.uncertain,
    sources: [...new Set([...level.sources, ...LUMBAR_SOURCES])],
  };
}

const TRANSVERSE_PSOAS =
  'Tip of the transverse process; psoas major attaches along its front and lower edges.';

/** Bone reference records. Bilateral bones describe one side. */
export const BONE_REFERENCE_DATA: { readonly [K in BoneId]: BoneData<K> } = {
  'hip-bone': {
    id: 'hip-bone',
    kind: 'bone',
    nameEn: 'Hip bone',
    nameLatin: 'os coxae',
    latinSynonyms: ['pelvis ossea (bony pelvis)'],
    plainName: 'hip bone (one half of the pelvic ring)',
    synonyms: [
      'pelvis',
      'bony pelvis',
      'pelvic bone',
      'coxal bone',
      'innominate bone',
      'ilium',
      'ischium',
      'pubis',
    ],
    terminology: {
      ta2Id: 1307,
      ta98Id: 'A02.5.01.001',
      ta98Latin: 'os coxae',
      fmaId: 16585,
      wikidataId: null,
      note: 'The reference data describes the bony pelvis (pelvis ossea, TA2 1282; TA98 A01.1.00.017), which the model shows as one hip bone per side. The bony pelvis also includes the sacrum and coccyx, which have their own cards. TA2 ids read in a third-party extraction.',
    },
    layer: 'bones',
    summary:
      'Each hip bone grows from three bones, the ilium, ischium and pubis, which fuse at the acetabulum (the hip socket). With the sacrum at the back and the pubic symphysis at the front, the two hip bones form a ring that passes the weight of the trunk to the legs.',
    parts: [
      {
        nameEn: 'Ilium',
        nameLatin: 'os ilium',
        ta2Id: 1317,
        ta98Id: 'A02.5.01.101',
        fmaId: 16589,
      },
      {
        nameEn: 'Ischium',
        nameLatin: 'os ischii',
        ta2Id: 1339,
        ta98Id: 'A02.5.01.201',
        fmaId: 16592,
      },
      {
        nameEn: 'Pubis',
        nameLatin: 'os pubis',
        ta2Id: 1346,
        ta98Id: 'A02.5.01.301',
        fmaId: 16595,
      },
    ],
    keyLandmarks: [
      {
        landmarkId: 'ASIS',
        note: 'Front end of the iliac crest. Sartorius and tensor fasciae latae start here; the lateral femoral cutaneous nerve usually passes 1 to 3 cm medial to it.',
      },
      {
        landmarkId: 'AIIS',
        note: 'Below the ASIS; the straight head of rectus femoris starts here.',
      },
      {
        landmarkId: 'PSIS',
        note: 'Back end of the iliac crest, under the dimples of the lower back; roughly level with S2.',
      },
      {
        landmarkId: 'iliac-crest-highest',
        note: 'A line joining the highest points of both crests usually crosses the L4 spinous process or the L4–L5 gap; this varies. On the built-in model the crests sit lower, level with L5–S1, so the app places vertebral levels from the vertebrae themselves, not from the crest line.',
      },
      {
        landmarkId: 'ischial-tuberosity',
        note: 'The sitting bone, where the hamstrings start.',
      },
      {
        landmarkId: 'pubic-tubercle',
        note: 'Outer end of the pubic crest, where the inguinal ligament attaches.',
      },
    ],
    articulations: [
      'Hip joint (with the head of the femur)',
      'Sacroiliac joint',
      'Pubic symphysis',
    ],
    muscleAttachments: [
      { muscleId: 'gluteus-maximus', text: 'Gluteus maximus' },
      { muscleId: 'gluteus-medius', text: 'Gluteus medius' },
      { muscleId: 'gluteus-minimus', text: 'Gluteus minimus' },
      { muscleId: 'iliacus', text: 'Iliacus' },
      { muscleId: 'tensor-fasciae-latae', text: 'Tensor fasciae latae' },
      { muscleId: 'piriformis', text: 'Piriformis (edge of the greater sciatic notch)' },
    ],
    clinicalNote:
      "Arthritis of the hip joint, avulsion injuries of the growth areas in young athletes and sacroiliac pain can all show up as 'hip pain'. The ASIS is the key landmark for meralgia paresthetica and for several acupuncture points.",
    patientDescription:
      'Your two hip bones and the base of your spine form the ring of your pelvis. Your hip joints and many leg muscles are attached to it.',
    uncertain: [
      'How far the lateral femoral cutaneous nerve lies from the ASIS varies a lot: 2.95 ± 2.01 cm along the inguinal ligament in one cadaver study (Uzel 2011).',
    ],
    sources: [
      'uzel-2011-lfcn',
      'guws-landmarks',
      'mskkey-sacrum',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  sacrum: {
    id: 'sacrum',
    kind: 'bone',
    nameEn: 'Sacrum',
    nameLatin: 'os sacrum',
    latinSynonyms: ['os sacrum [vertebrae sacrales I–V]'],
    plainName: 'base-of-spine bone',
    synonyms: ['sacral bone', 'sacral vertebrae', 'S1–S5'],
    terminology: {
      ta2Id: 1071,
      ta98Id: 'A02.2.05.001',
      ta98Latin: 'os sacrum [vertebrae sacrales I-V]',
      fmaId: 16202,
      wikidataId: 'Q233316',
      note: null,
    },
    layer: 'bones',
    summary:
      'A triangle-shaped bone made of five fused sacral vertebrae (S1 to S5), wedged between the two hip bones. The median sacral crest, formed by the fused spinous processes, runs down its back. Four pairs of posterior sacral foramina let the dorsal rami out. At the lower end the laminae of S5 do not meet, which leaves the sacral hiatus.',
    parts: [],
    keyLandmarks: [
      {
        landmarkId: 'S1-posterior-sacral-foramen',
        note: 'The first posterior foramen, just below the L5–S1 junction and medial to the level of the PSIS.',
      },
      {
        landmarkId: 'S2-posterior-sacral-foramen',
        note: 'The second foramen; the S2 spinous tubercle lies close to the line joining the two PSIS.',
      },
      {
        landmarkId: 'sacral-hiatus',
        note: 'The opening at the lower end of the sacral canal (S4–S5 level), between the sacral cornua. Entry point for caudal epidural injections and a landmark for acupuncture points GB30 and BL54.',
      },
    ],
    articulations: [
      'L5 (lumbosacral joint)',
      'Both ilia (sacroiliac joints)',
      'Coccyx (sacrococcygeal joint)',
    ],
    muscleAttachments: [
      { muscleId: 'gluteus-maximus', text: 'Gluteus maximus (back surface)' },
      { muscleId: 'piriformis', text: 'Piriformis (front surface)' },
      { muscleId: 'iliacus', text: 'Iliacus (a small part of the ala)' },
    ],
    clinicalNote:
      'Sacroiliac joint pain and sacral stress fractures are easily mistaken for hip or buttock pain. The posterior foramina and the hiatus are the reference points for the sacral points of the Bladder meridian.',
    patientDescription:
      'The flat, triangle-shaped bone at the bottom of your spine, set between your two hip bones.',
    uncertain: [],
    sources: [
      'mananatomy-sacrum',
      'clinicalgate-sacrum',
      'mskkey-sacrum',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  coccyx: {
    id: 'coccyx',
    kind: 'bone',
    nameEn: 'Coccyx',
    nameLatin: 'os coccygis',
    latinSynonyms: [],
    plainName: 'tailbone',
    synonyms: ['tailbone', 'tail bone', 'coccygeal vertebrae'],
    terminology: {
      ta2Id: 1092,
      ta98Id: 'A02.2.06.001',
      ta98Latin: 'os coccygis',
      fmaId: 20229,
      wikidataId: 'Q193176',
      note: null,
    },
    layer: 'bones',
    summary:
      'Three to five small, simple vertebrae below the sacrum, often only partly fused. A slightly movable joint links it to the sacrum.',
    parts: [],
    keyLandmarks: [
      {
        landmarkId: 'coccyx-tip',
        note: 'The lowest point of the spine; acupuncture point BL35 is placed beside it.',
      },
    ],
    articulations: ['Sacrum (sacrococcygeal joint)'],
    muscleAttachments: [
      { muscleId: 'gluteus-maximus', text: 'Gluteus maximus (back and side)' },
      { muscleId: null, text: 'Coccygeus and levator ani (front; not in the model)' },
      { muscleId: null, text: 'Anococcygeal ligament' },
    ],
    clinicalNote:
      'Coccydynia (tailbone pain) follows falls, childbirth or long sitting and hurts when sitting. It can be mistaken for buttock pain.',
    patientDescription: 'Your tailbone: a small bone at the very bottom of your spine.',
    uncertain: [
      'The number of segments and how far they are fused vary; three or four segments is most common.',
    ],
    sources: [
      'wiki-mirror-coccyx',
      'healthline-coccyx',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  'vertebra-l1': lumbar('vertebra-l1', {
    numeral: 'I',
    ordinal: 'First',
    plainName: 'top lower-back bone',
    levelSummary:
      'The spinal cord usually ends near L1–L2 (the conus medullaris). L1 carries part of the upper origin of psoas major.',
    spinousNote: 'Acupuncture point BL22 lies level with it.',
    transverseNote: TRANSVERSE_PSOAS,
    articulations: [
      'Disc and facet joints with the last thoracic vertebra (T12) above',
      'Disc and facet joints with L2 below',
    ],
    muscleAttachments: [psoasAttachment(), QUADRATUS_LUMBORUM, BACK_MUSCLES],
    clinicalNote: UPPER_LUMBAR_NOTE,
    patientDescription: 'The top bone of your lower back, just below your ribs.',
    uncertain: [],
    sources: ['mskkey-lumbar', 'wiki-mirror-lumbar-plexus'],
  }),

  'vertebra-l2': lumbar('vertebra-l2', {
    numeral: 'II',
    ordinal: 'Second',
    plainName: 'second lower-back bone',
    levelSummary:
      'The L2 nerve root helps form the femoral, obturator and lateral femoral cutaneous nerves.',
    spinousNote:
      'Acupuncture points BL23 (Shenshu) and GV4 lie level with the lower edge of its spinous process.',
    transverseNote: TRANSVERSE_PSOAS,
    articulations: ['Disc and facet joints with L1 above and L3 below'],
    muscleAttachments: [psoasAttachment(), QUADRATUS_LUMBORUM, BACK_MUSCLES],
    clinicalNote: UPPER_LUMBAR_NOTE,
    patientDescription:
      'The second bone of your lower back. Nerves that reach the front of your thigh start near here.',
    uncertain: [],
    sources: ['mskkey-lumbar', 'wiki-mirror-lumbar-plexus'],
  }),

  'vertebra-l3': lumbar('vertebra-l3', {
    numeral: 'III',
    ordinal: 'Third',
    plainName: 'middle lower-back bone',
    levelSummary:
      'It sits in the middle of the lumbar curve and often has the longest transverse processes. The umbilicus lies at about the L3–L4 level.',
    spinousNote:
      'One spinous process above L4. The umbilicus, on the front of the body, lies at about the L3–L4 level.',
    transverseNote: TRANSVERSE_PSOAS,
    articulations: ['Disc and facet joints with L2 above and L4 below'],
    muscleAttachments: [psoasAttachment(), QUADRATUS_LUMBORUM, BACK_MUSCLES],
    clinicalNote: UPPER_LUMBAR_NOTE,
    patientDescription:
      'The middle bone of your lower back, at about the height of your belly button.',
    uncertain: [
      'That L3 has the longest transverse processes is a textbook statement that was not checked in a source.',
    ],
    sources: ['mskkey-lumbar', 'wiki-mirror-lumbar-plexus'],
  }),

  'vertebra-l4': lumbar('vertebra-l4', {
    numeral: 'IV',
    ordinal: 'Fourth',
    plainName: 'lower-back bone at belt level',
    levelSummary:
      'Its spinous process usually lies on the line joining the tops of the iliac crests (on the built-in model the crest line lies lower, at L5–S1). Disc problems at L4–L5 often irritate the L5 nerve root.',
    spinousNote:
      "Usually on the line across the iliac crests (Tuffier's line). Acupuncture points BL25, GV3 and Yaoyan (EX-B7) are placed from it.",
    transverseNote: TRANSVERSE_PSOAS,
    articulations: ['Disc and facet joints with L3 above and L5 below'],
    muscleAttachments: [psoasAttachment(), QUADRATUS_LUMBORUM, BACK_MUSCLES],
    clinicalNote: DISC_HERNIATION_NOTE,
    patientDescription:
      'The lower-back bone at about belt height. Disc problems that cause leg pain are common here.',
    uncertain: [ILIAC_CREST_LINE_UNCERTAIN],
    sources: ['guws-landmarks', 'mskkey-lumbar', 'xu-2024-ldh'],
  }),

  'vertebra-l5': lumbar('vertebra-l5', {
    numeral: 'V',
    ordinal: 'Fifth',
    plainName: 'lowest lower-back bone',
    levelSummary:
      'It has the largest lumbar body, taller at the front than at the back (wedge-shaped). Its short, thick transverse processes anchor the iliolumbar ligaments. Disc problems at L5–S1 often irritate the S1 nerve root.',
    spinousNote:
      'The last lumbar spinous process above the sacrum; acupuncture point BL26 lies level with it.',
    transverseNote:
      'Tip of the short, thick transverse process, where the iliolumbar ligament attaches; psoas major attaches along its front and lower edges.',
    articulations: ['Disc and facet joints with L4 above', 'Sacrum (lumbosacral joint)'],
    muscleAttachments: [psoasAttachment(), BACK_MUSCLES],
    clinicalNote: DISC_HERNIATION_NOTE,
    patientDescription:
      'The last and biggest bone of your lower back. It sits right on top of the sacrum.',
    uncertain: [],
    sources: ['mskkey-lumbar', 'innerbody-lumbar', 'xu-2024-ldh'],
  }),

  femur: {
    id: 'femur',
    kind: 'bone',
    nameEn: 'Femur',
    nameLatin: 'os femoris',
    latinSynonyms: ['femur'],
    plainName: 'thigh bone',
    synonyms: ['thigh bone', 'thighbone', 'femoral bone'],
    terminology: {
      ta2Id: 1360,
      ta98Id: 'A02.5.04.001',
      ta98Latin: 'femur; os femoris',
      fmaId: 9611,
      wikidataId: 'Q176503',
      note: null,
    },
    layer: 'bones',
    summary:
      'The longest and strongest bone in the body. Its head sits in the acetabulum. The neck meets the shaft at about 125 to 130 degrees and is usually turned forward (anteversion) by about 10 to 15 degrees. Gluteus medius, gluteus minimus and piriformis attach to the greater trochanter and iliopsoas to the lesser trochanter. The gluteal tuberosity and the linea aspera run down the back of the shaft, and the lower end has two condyles and two epicondyles.',
    parts: [],
    keyLandmarks: [
      {
        landmarkId: 'greater-trochanter-tip',
        note: 'The bony bump on the side of the hip; a key landmark for acupuncture points GB29 and GB30 and for the 19-cun thigh measure.',
      },
      {
        landmarkId: 'lesser-trochanter',
        note: 'Where iliopsoas (psoas major and iliacus) attaches.',
      },
      {
        landmarkId: 'femoral-lateral-epicondyle',
        note: 'The outer bump just above the knee joint line.',
      },
    ],
    articulations: ['Hip joint', 'Knee joint (with the tibia)', 'Patellofemoral joint'],
    muscleAttachments: [
      { muscleId: 'gluteus-medius', text: 'Gluteus medius (greater trochanter)' },
      { muscleId: 'gluteus-minimus', text: 'Gluteus minimus (greater trochanter)' },
      { muscleId: 'piriformis', text: 'Piriformis (greater trochanter)' },
      { muscleId: 'psoas-major', text: 'Psoas major (lesser trochanter)' },
      { muscleId: 'iliacus', text: 'Iliacus (lesser trochanter)' },
      { muscleId: 'gluteus-maximus', text: 'Gluteus maximus (gluteal tuberosity)' },
    ],
    clinicalNote:
      'A broken femoral neck is a major injury in older adults; it often shows as groin pain and being unable to put weight on the leg. Femoroacetabular impingement and greater trochanteric pain syndrome also centre on the upper femur.',
    patientDescription:
      'Your thigh bone: the longest, strongest bone in your body. It runs from your hip to your knee.',
    uncertain: [
      'Neck-shaft and anteversion angles differ between people. In one CT series of 100 hips, anteversion was 14.8 ± 10.8 degrees and the neck-shaft angle 127.3 ± 5.4 degrees.',
    ],
    sources: [
      'examnotes-femur',
      'acland-femur',
      'josr-2022-anteversion',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  patella: {
    id: 'patella',
    kind: 'bone',
    nameEn: 'Patella',
    nameLatin: 'patella',
    latinSynonyms: [],
    plainName: 'kneecap',
    synonyms: ['kneecap', 'knee cap', 'knee bone'],
    terminology: {
      ta2Id: 1390,
      ta98Id: 'A02.5.05.001',
      ta98Latin: 'patella',
      fmaId: 24485,
      wikidataId: 'Q229081',
      note: null,
    },
    layer: 'bones',
    summary:
      'The largest sesamoid bone, lying inside the quadriceps tendon. Its wide upper edge is the base and its pointed lower end is the apex; the patellar ligament runs from the apex to the tibial tuberosity.',
    parts: [],
    keyLandmarks: [
      {
        landmarkId: 'patella-apex',
        note: 'The lower tip. Chinese proportional tables treat the crease at the back of the knee as level with it (for the 19-cun and 16-cun measures).',
      },
      {
        landmarkId: 'patella-base-medial-end',
        note: 'Inner end of the upper edge; landmark for acupuncture point SP10.',
      },
      {
        landmarkId: 'patella-base-lateral-end',
        note: 'Outer end of the upper edge; landmark for acupuncture points ST31 to ST34.',
      },
    ],
    articulations: ['Patellar surface of the femur'],
    muscleAttachments: [{ muscleId: null, text: 'Quadriceps femoris (not in the model)' }],
    clinicalNote:
      'Pain at the front of the knee (patellofemoral pain) is often linked to weak hip abductors and the knee collapsing inward.',
    patientDescription:
      'Your kneecap: a small bone at the front of your knee that helps your thigh muscles straighten your leg.',
    uncertain: [
      'Treating the crease behind the knee as level with the lower tip of the kneecap is a convention of Chinese proportional tables (reported for GB/T 12346-2006); the primary text was not checked.',
      'The link between weak hip abductors and pain at the front of the knee is an association reported in the clinical literature, not a proven cause; no source for it was reviewed.',
    ],
    sources: [
      'memorix-patella-tibia',
      'hole-2010-leg',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  tibia: {
    id: 'tibia',
    kind: 'bone',
    nameEn: 'Tibia',
    nameLatin: 'tibia',
    latinSynonyms: [],
    plainName: 'shin bone',
    synonyms: ['shin bone', 'shinbone', 'shin'],
    terminology: {
      ta2Id: 1397,
      ta98Id: 'A02.5.06.001',
      ta98Latin: 'tibia',
      fmaId: 24476,
      wikidataId: 'Q178366',
      note: null,
    },
    layer: 'bones',
    summary:
      "The main weight-bearing bone of the lower leg. Its upper end has a medial and a lateral condyle. At the front, the tibial tuberosity takes the patellar ligament, and Gerdy's tubercle (the tubercle of the iliotibial tract) on the lateral condyle takes the iliotibial tract. The sharp front border forms the shin, and the lower end forms the medial malleolus.",
    parts: [],
    keyLandmarks: [
      {
        landmarkId: 'tibial-tuberosity',
        note: 'The bump below the kneecap. Acupuncture point ST36 lies about one finger-breadth lateral to the front border of the tibia, below the knee.',
      },
    ],
    articulations: ['Knee joint', 'Upper and lower tibiofibular joints', 'Ankle joint'],
    muscleAttachments: [
      { muscleId: 'iliotibial-band', text: "Iliotibial band (Gerdy's tubercle)" },
      {
        muscleId: 'tensor-fasciae-latae',
        text: "Tensor fasciae latae, through the iliotibial tract (Gerdy's tubercle)",
      },
      {
        muscleId: 'gluteus-maximus',
        text: "Gluteus maximus, through the iliotibial tract (Gerdy's tubercle)",
      },
    ],
    clinicalNote:
      "Pain on the outside of the knee, where the iliotibial tract crosses to Gerdy's tubercle, links hip muscle function to the knee. The tibial tuberosity is sore in Osgood-Schlatter disease in active teenagers.",
    patientDescription:
      'Your shin bone: the large bone in your lower leg that carries your weight.',
    uncertain: [],
    sources: [
      'sheridan-tibia',
      'memorix-patella-tibia',
      'pocketanatomy-tibial-tuberosity',
      'elsevier-tfl',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  fibula: {
    id: 'fibula',
    kind: 'bone',
    nameEn: 'Fibula',
    nameLatin: 'fibula',
    latinSynonyms: [],
    plainName: 'thin outer leg bone',
    synonyms: ['calf bone'],
    terminology: {
      ta2Id: 1427,
      ta98Id: 'A02.5.07.001',
      ta98Latin: 'fibula',
      fmaId: 24479,
      wikidataId: 'Q302896',
      note: null,
    },
    layer: 'bones',
    summary:
      'A slender bone on the outer side of the lower leg that carries little weight. Its head meets the lateral condyle of the tibia and anchors the biceps femoris tendon and the fibular collateral ligament. The common fibular nerve winds around its neck. The lower end forms the lateral malleolus.',
    parts: [],
    keyLandmarks: [
      {
        landmarkId: 'fibular-head',
        note: 'A knob you can feel below the outer knee; acupuncture point GB34 lies in the hollow in front of and below it.',
      },
    ],
    articulations: [
      'Lateral condyle of the tibia (upper tibiofibular joint)',
      'Tibia and talus at the ankle',
    ],
    muscleAttachments: [
      { muscleId: null, text: 'Biceps femoris and the fibularis muscles (not in the model)' },
    ],
    clinicalNote:
      'The common fibular nerve lies exposed where it wraps around the fibular neck. Pressure (crossed legs, casts), a fracture or deep needling here can cause foot drop.',
    patientDescription:
      'The thin bone on the outer side of your lower leg. It steadies your ankle and anchors muscles.',
    uncertain: [],
    sources: [
      'statpearls-cfn',
      'osu-cfn',
      'hole-2010-leg',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },
};
