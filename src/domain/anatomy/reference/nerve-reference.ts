import type { NerveReference, NerveReferenceId, ReferenceData } from './reference-types';

/**
 * Nerve reference records. The four nerves of the vocabulary are drawn in the model; the lateral
 * femoral cutaneous nerve and the lumbar plexus have cards only (`inModel: false`).
 */
export const NERVE_REFERENCE_DATA: {
  readonly [K in NerveReferenceId]: ReferenceData<NerveReference> & { readonly id: K };
} = {
  'sciatic-nerve': {
    id: 'sciatic-nerve',
    kind: 'nerve',
    inModel: true,
    nameEn: 'Sciatic nerve',
    nameLatin: 'nervus ischiadicus',
    latinSynonyms: ['n. ischiadicus'],
    plainName: 'large leg nerve',
    synonyms: ['sciatic', 'ischiadic nerve', 'sciatica'],
    terminology: {
      ta2Id: null,
      ta98Id: 'A14.2.07.046',
      ta98Latin: 'n. ischiadicus',
      fmaId: 19034,
      wikidataId: 'Q307869',
      note: 'No TA2 id was found (Wikidata property P7173 or the TA2 Viewer would give it). The Latin follows TA98 and is expected to be the same in TA2.',
    },
    layer: 'nerves',
    roots: ['L4', 'L5', 'S1', 'S2', 'S3'],
    rootsNote: null,
    origin: 'The largest branch of the sacral plexus (part of the lumbosacral plexus).',
    course:
      'It leaves the pelvis through the greater sciatic foramen, normally below piriformis (about 90% of people in a 2020 meta-analysis). It then runs under gluteus maximus, over the short lateral rotators, about halfway between the ischial tuberosity and the greater trochanter. It continues down the back of the thigh under the long head of biceps femoris and usually splits into the tibial and common fibular nerves near the top of the popliteal fossa.',
    surfaceProjection:
      'In living adults (CT), it lies about one third of the way along a line from the PSIS to the ischial tuberosity, and about halfway between the ischial tuberosity (5.8 ± 0.8 cm) and the greater trochanter (6.2 ± 1.0 cm).',
    suppliedMuscleIds: [],
    motorSupply: [
      'The hamstrings and the hamstring part of adductor magnus.',
      'Through its tibial and common fibular branches, every muscle below the knee.',
    ],
    sensorySupply: [
      'Most of the leg and foot, except the inner side, which the saphenous nerve supplies.',
    ],
    branches: [],
    branchNerveIds: [],
    clinicalNote:
      "'Sciatica' usually means irritation of its L4 to S1 roots in the spine, often by a disc herniation. The nerve can also be irritated in the buttock (piriformis or deep gluteal syndrome) or injured by badly placed buttock injections and by hip surgery. Acupuncture points GB30, BL36 and BL54 lie over or near its path.",
    patientDescription:
      'Your largest nerve. It runs from your lower back through your buttock and down the back of your leg to your foot.',
    uncertain: [
      'The share of people whose sciatic nerve takes an unusual path around piriformis is about 10% in one meta-analysis (Poutoglidou 2020) and 16.9% in another (Smoll 2010).',
    ],
    sources: [
      'kenhub-sciatic',
      'anatomyfyi-sciatic',
      'poutoglidou-2020',
      'smoll-2010',
      'sciatic-surface-2015',
      'project-motor-points',
      'ta98-taviewer',
    ],
  },

  'superior-gluteal-nerve': {
    id: 'superior-gluteal-nerve',
    kind: 'nerve',
    inModel: true,
    nameEn: 'Superior gluteal nerve',
    nameLatin: 'nervus gluteus superior',
    latinSynonyms: ['n. gluteus superior'],
    plainName: 'upper buttock nerve',
    synonyms: ['SGN', 'superior gluteal'],
    terminology: {
      ta2Id: 6543,
      ta98Id: 'A14.2.07.031',
      ta98Latin: 'n. gluteus superior',
      fmaId: 16510,
      wikidataId: 'Q1761014',
      note: 'TA2 id from an encyclopedia infobox; check it in the TA2 Viewer.',
    },
    layer: 'nerves',
    roots: ['L4', 'L5', 'S1'],
    rootsNote: null,
    origin: 'Sacral plexus (posterior divisions).',
    course:
      'It leaves the pelvis through the greater sciatic foramen above piriformis, together with the superior gluteal artery and vein. It then runs forward between gluteus medius and gluteus minimus and ends in tensor fasciae latae.',
    surfaceProjection: null,
    suppliedMuscleIds: ['gluteus-medius', 'gluteus-minimus', 'tensor-fasciae-latae'],
    motorSupply: ['Gluteus medius.', 'Gluteus minimus.', 'Tensor fasciae latae.'],
    sensorySupply: ['No major skin area; a small skin branch has been reported.'],
    branches: [],
    branchNerveIds: [],
    clinicalNote:
      'Injury weakens the hip abductors and gives a Trendelenburg sign or gait. Causes include side approaches to the hip that split gluteus medius too far above the trochanter, and badly placed injections. The sources disagree on the safe zone: the classic guide is about 5 cm above the trochanter (Jacobs and Buxton 1989), but Ince 2007 found the nerve branch to gluteus minimus on average 19–20 mm (10–35 mm) above it.',
    patientDescription:
      'A nerve that powers the muscles on the side of your hip. Those muscles keep your pelvis level as you walk.',
    uncertain: [],
    sources: [
      'wiki-mirror-sgn',
      'orthobullets-sgn',
      'wiki-mirror-sga',
      'ta98-taviewer',
      'ince-2007',
    ],
  },

  'inferior-gluteal-nerve': {
    id: 'inferior-gluteal-nerve',
    kind: 'nerve',
    inModel: true,
    nameEn: 'Inferior gluteal nerve',
    nameLatin: 'nervus gluteus inferior',
    latinSynonyms: ['n. gluteus inferior'],
    plainName: 'lower buttock nerve',
    synonyms: ['IGN', 'inferior gluteal'],
    terminology: {
      ta2Id: null,
      ta98Id: 'A14.2.07.032',
      ta98Latin: 'n. gluteus inferior',
      fmaId: null,
      wikidataId: 'Q1978150',
      note: 'No TA2 or FMA id was found.',
    },
    layer: 'nerves',
    roots: ['L5', 'S1', 'S2'],
    rootsNote: null,
    origin: 'Sacral plexus (posterior divisions).',
    course:
      'It leaves the pelvis through the greater sciatic foramen below piriformis, just behind and medial to the sciatic nerve, and enters the deep surface of gluteus maximus. In a small minority it leaves above piriformis or passes through it.',
    surfaceProjection: null,
    suppliedMuscleIds: ['gluteus-maximus'],
    motorSupply: ['Gluteus maximus.'],
    sensorySupply: ['No skin area; it gives small twigs to the hip joint capsule.'],
    branches: [],
    branchNerveIds: [],
    clinicalNote:
      'Damage, for example from surgery at the back of the hip or from injections, weakens hip extension. Rising from a chair, climbing stairs and jumping become hard, and the trunk may lurch backward.',
    patientDescription: 'The nerve that powers your large buttock muscle.',
    uncertain: [
      'It leaves above piriformis in about 1 to 4% of cadavers, according to a summary on a radiology reference site.',
    ],
    sources: ['radiopaedia-ign', 'medbullets-ign', 'ta98-taviewer'],
  },

  'femoral-nerve': {
    id: 'femoral-nerve',
    kind: 'nerve',
    inModel: true,
    nameEn: 'Femoral nerve',
    nameLatin: 'nervus femoralis',
    latinSynonyms: ['n. femoralis'],
    plainName: 'front-of-thigh nerve',
    synonyms: ['femoral', 'anterior crural nerve'],
    terminology: {
      ta2Id: null,
      ta98Id: 'A14.2.07.020',
      ta98Latin: 'n. femoralis',
      fmaId: 16486,
      wikidataId: 'Q545676',
      note: 'No TA2 id was found.',
    },
    layer: 'nerves',
    roots: ['L2', 'L3', 'L4'],
    rootsNote: null,
    origin: 'The largest branch of the lumbar plexus (posterior divisions).',
    course:
      'It forms inside psoas major and leaves at its outer (lateral) border. It runs in the groove between psoas and iliacus under the iliac fascia, passes under the inguinal ligament on the outer side of the femoral artery (outside the femoral sheath), and divides in the femoral triangle.',
    surfaceProjection: 'In the groin it lies just lateral to the femoral pulse.',
    suppliedMuscleIds: ['iliacus'],
    motorSupply: ['Iliacus.', 'Pectineus.', 'Sartorius.', 'Quadriceps femoris.'],
    sensorySupply: [
      'Skin of the front and inner thigh (anterior cutaneous branches).',
      'Inner side of the leg and foot, through the saphenous nerve.',
      'The hip and knee joints (articular branches).',
    ],
    branches: [],
    branchNerveIds: [],
    clinicalNote:
      'Femoral neuropathy, for example from a bleed into iliacus or psoas or after pelvic surgery, weakens knee straightening, reduces the knee jerk and numbs the front of the thigh.',
    patientDescription:
      'The main nerve at the front of your thigh. It lets you straighten your knee and feel the front of your thigh.',
    uncertain: [],
    sources: [
      'wiki-mirror-femoral-nerve',
      'stedman-femoral-nerve',
      'imaios-iliacus',
      'ta98-taviewer',
    ],
  },

  'lateral-femoral-cutaneous-nerve': {
    id: 'lateral-femoral-cutaneous-nerve',
    kind: 'nerve',
    inModel: false,
    nameEn: 'Lateral femoral cutaneous nerve',
    nameLatin: 'nervus cutaneus femoris lateralis',
    latinSynonyms: ['n. cutaneus femoris lateralis'],
    plainName: 'outer-thigh skin nerve',
    synonyms: [
      'LFCN',
      'lateral cutaneous nerve of thigh',
      'lateral cutaneous nerve of the thigh',
      'meralgia paresthetica',
    ],
    terminology: {
      ta2Id: 6521,
      ta98Id: 'A14.2.07.011',
      ta98Latin: 'n. cutaneus femoris lateralis',
      fmaId: 16485,
      wikidataId: 'Q510755',
      note: 'TA2 id from an encyclopedia infobox; check it in the TA2 Viewer.',
    },
    layer: 'nerves',
    roots: ['L2', 'L3'],
    rootsNote: null,
    origin: 'Lumbar plexus (posterior divisions).',
    course:
      'It comes out at the outer border of psoas, crosses iliacus toward the ASIS and passes under (sometimes through) the inguinal ligament, usually just medial to the ASIS. It then crosses over sartorius into the thigh, where it splits into a front and a back branch.',
    surfaceProjection:
      'In cadavers it crossed the inguinal ligament 2.95 ± 2.01 cm from the ASIS, about 22% of the way from the ASIS to the pubic tubercle. About 4% pass behind the ASIS, over the iliac crest. It is most often 1 to 1.5 cm from the ASIS but can lie up to 4.6 cm medial to it.',
    suppliedMuscleIds: [],
    motorSupply: [],
    sensorySupply: ['Skin of the front-outer and outer thigh, down toward the knee.'],
    branches: [],
    branchNerveIds: [],
    clinicalNote:
      'Pressure on it near the ASIS causes meralgia paresthetica: burning, tingling or numbness over the outer thigh, made worse by tight belts, obesity or pregnancy. It is at risk in hip surgery from the front and when needling just medial to or below the ASIS (the area of GB29, tensor fasciae latae and ST31).',
    patientDescription:
      'A nerve that gives feeling to the skin of your outer thigh. If it is pinched near your hip bone, that skin can burn or go numb.',
    uncertain: [
      'Its path around the ASIS varies a lot; one cadaver study described five types (Aszmann 1997).',
    ],
    sources: [
      'wiki-mirror-lfcn',
      'uzel-2011-lfcn',
      'aszmann-1997-lfcn',
      'wheeless-lfcn',
      'ta98-taviewer',
    ],
  },

  'lumbar-plexus': {
    id: 'lumbar-plexus',
    kind: 'nerve-plexus',
    inModel: false,
    nameEn: 'Lumbar plexus',
    nameLatin: 'plexus lumbalis',
    latinSynonyms: [],
    plainName: 'lower-back nerve network',
    synonyms: ['lumbosacral plexus'],
    terminology: {
      ta2Id: 6517,
      ta98Id: 'A14.2.07.002',
      ta98Latin: 'plexus lumbalis',
      fmaId: 5908,
      wikidataId: 'Q559439',
      note: 'TA2 ids from encyclopedia infoboxes (the lumbosacral plexus is TA2 6516); check them in the TA2 Viewer.',
    },
    layer: 'nerves',
    roots: ['L1', 'L2', 'L3', 'L4'],
    rootsNote: 'It also receives a small branch from T12.',
    origin: 'The anterior rami of L1 to L4, with a branch from T12, joining inside psoas major.',
    course:
      'Its branches leave psoas at its outer and inner borders or through its front surface. The lumbosacral trunk (L4–L5) joins the sacral plexus.',
    surfaceProjection: null,
    suppliedMuscleIds: ['psoas-major'],
    motorSupply: [
      'Psoas major, directly.',
      'Through the femoral nerve: iliacus, quadriceps, sartorius and pectineus.',
      'Through the obturator nerve: the hip adductors.',
    ],
    sensorySupply: ['Skin of the groin and of the front, inner and outer thigh.'],
    branches: [
      'Iliohypogastric nerve (L1)',
      'Ilioinguinal nerve (L1)',
      'Genitofemoral nerve (L1–L2)',
      'Lateral femoral cutaneous nerve (L2–L3)',
      'Obturator nerve (L2–L4)',
      'Femoral nerve (L2–L4)',
      'Lumbosacral trunk (L4–L5)',
      'Direct muscle branches to psoas and quadratus lumborum',
    ],
    branchNerveIds: ['lateral-femoral-cutaneous-nerve', 'femoral-nerve'],
    clinicalNote:
      'Because the plexus lies inside psoas, it can be injured in lumbar spine surgery from the side or by a bleed into psoas. Psoas compartment blocks for hip surgery aim at it. Problems with the upper lumbar roots (L2 to L4) can imitate hip or groin pain.',
    patientDescription:
      'A web of nerves inside the deep muscle of your lower back. It sends nerves to the front, inner and outer thigh.',
    uncertain: [],
    sources: ['wiki-mirror-lumbar-plexus', 'wiki-mirror-lumbosacral-plexus', 'ta98-taviewer'],
  },
};
