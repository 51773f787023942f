import type { MuscleOrTendonId } from '../muscles';
import type { MuscleReference, ReferenceData } from './reference-types';

/**
 * Muscle (and iliotibial band) reference records, one side each. Text is written for this
 * project from the sources listed in each record. Landmark lists name the nearest landmarks of
 * the vocabulary: level or region markers for labels and camera framing, not attachment points.
 */
export const MUSCLE_REFERENCE_DATA: {
  readonly [K in MuscleOrTendonId]: ReferenceData<MuscleReference> & { readonly id: K };
} = {
  'gluteus-maximus': {
    id: 'gluteus-maximus',
    kind: 'muscle',
    nameEn: 'Gluteus maximus',
    nameLatin: 'musculus gluteus maximus',
    latinSynonyms: ['m. gluteus maximus'],
    plainName: 'big buttock muscle',
    synonyms: ['glute max', 'gluteus max', 'GMax', 'G max', 'glutes', 'buttock muscle'],
    terminology: {
      ta2Id: 2598,
      ta98Id: 'A04.7.02.006',
      ta98Latin: 'm. gluteus maximus',
      fmaId: 22314,
      wikidataId: 'Q637545',
      note: 'TA2 id from a third-party extraction of TA2 2.07 (two independent copies agree).',
    },
    origin:
      'The outer ilium behind the posterior gluteal line, with the rear part of the iliac crest next to it. Also the lower back of the sacrum, the side of the coccyx, the thoracolumbar fascia and the sacrotuberous ligament.',
    insertion:
      "Most fibres, the upper and superficial ones, join the iliotibial tract, which runs down to Gerdy's tubercle on the front of the lateral tibial condyle. The deep lower fibres attach to the gluteal tuberosity at the back of the upper femur.",
    originLandmarks: ['PSIS', 'iliac-crest-highest', 'sacral-hiatus', 'coccyx-tip'],
    insertionLandmarks: ['greater-trochanter-tip'],
    actions: {
      sagittal: [
        'Extends the hip. It works hardest when rising from a bent hip, as in climbing stairs or standing up from a chair.',
        'With the foot planted, it tilts the pelvis back and helps bring the trunk upright.',
      ],
      frontal: [
        'Its upper fibres help move the thigh out to the side (abduction).',
        'Its lower fibres help pull the thigh in (adduction).',
      ],
      transverse: ['Turns the thigh outward (lateral rotation).'],
      other: ['Pulls on the iliotibial tract and so helps hold the straightened knee steady.'],
    },
    innervation: {
      nerveId: 'inferior-gluteal-nerve',
      nerveName: 'Inferior gluteal nerve',
      roots: ['L5', 'S1', 'S2'],
      rootsNote: null,
    },
    bloodSupply: [
      'Inferior gluteal artery (main supply) and the superficial branch of the superior gluteal artery.',
      'First perforating branch of the deep femoral artery, through the cruciate anastomosis.',
    ],
    layer: 'superficial',
    layerNote:
      'It covers the back part of gluteus medius, piriformis and the short lateral rotators. The sciatic nerve runs under its lower half.',
    clinicalNote:
      'Weakness, for example after an injury to the inferior gluteal nerve, makes stairs and rising from a chair hard. It can cause a backward lean of the trunk at heel strike (gluteus maximus lurch). The sciatic nerve runs under its lower middle part, so deep needles or injections there need care.',
    patientDescription:
      'The big muscle that gives your buttock its shape. It drives your leg backward so you can stand up, climb stairs and run.',
    uncertain: [
      'Sources disagree on how much of the muscle ends in the iliotibial tract rather than on the femur: about three quarters in some, about two thirds in others.',
    ],
    sources: [
      'gpnotebook-gmax',
      'wiki-mirror-gmax',
      'anatomyexpert-gmax',
      'bodynmuscles-gmax',
      'medbullets-ign',
      'sciatic-surface-2015',
      'gray-41',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  'gluteus-medius': {
    id: 'gluteus-medius',
    kind: 'muscle',
    nameEn: 'Gluteus medius',
    nameLatin: 'musculus gluteus medius',
    latinSynonyms: ['m. gluteus medius'],
    plainName: 'side-of-hip muscle',
    synonyms: [
      'glute med',
      'gluteus med',
      'GMed',
      'G med',
      'middle buttock muscle',
      'hip abductor',
    ],
    terminology: {
      ta2Id: 2599,
      ta98Id: 'A04.7.02.007',
      ta98Latin: 'm. gluteus medius',
      fmaId: 22315,
      wikidataId: 'Q1126170',
      note: 'TA2 id read in a third-party extraction of TA2 2.07.',
    },
    origin:
      'The outer surface of the ilium between the anterior and posterior gluteal lines, just below the iliac crest, and the gluteal aponeurosis that covers it.',
    insertion:
      'A flat tendon onto the side of the greater trochanter (its lateral and upper-back facets). A bursa sits under the tendon.',
    originLandmarks: ['iliac-crest-highest', 'ASIS', 'PSIS'],
    insertionLandmarks: ['greater-trochanter-tip'],
    actions: {
      sagittal: [
        'Front fibres help bend the hip (flexion).',
        'Back fibres help straighten the hip (extension).',
      ],
      frontal: [
        'The main muscle that moves the thigh out to the side (hip abduction).',
        'When you stand on one leg, it keeps the pelvis level so the other side does not drop.',
      ],
      transverse: [
        'Front fibres turn the thigh inward (medial rotation).',
        'Back fibres help turn it outward (lateral rotation).',
      ],
      other: [],
    },
    innervation: {
      nerveId: 'superior-gluteal-nerve',
      nerveName: 'Superior gluteal nerve',
      roots: ['L4', 'L5', 'S1'],
      rootsNote: 'Some sources list L5 and S1 only.',
    },
    bloodSupply: [
      'Deep branch of the superior gluteal artery.',
      'Small additions from the inferior gluteal artery and the trochanteric anastomosis.',
    ],
    layer: 'intermediate',
    layerNote:
      'Its back third lies under gluteus maximus. Its front two thirds lie under the gluteal aponeurosis and tensor fasciae latae, so on the side of the hip part of it is close to the surface.',
    clinicalNote:
      'Marked weakness or an injury to the superior gluteal nerve gives a positive Trendelenburg sign: in single-leg stance the pelvis drops toward the lifted leg, or the trunk leans over to make up for it. Yet in healthy men, a nerve block that took away about half of abductor strength did not change pelvic drop. Damage or tears of its tendon at the greater trochanter are a leading cause of greater trochanteric pain syndrome: pain on the side of the hip, most common in women aged 40 to 60.',
    patientDescription:
      'This muscle on the side of your hip keeps your hips level when you stand on one leg. When it is weak, your hip may dip or ache.',
    uncertain: [],
    sources: [
      'elsevier-gmed',
      'doccheck-gmed',
      'orthobullets-sgn',
      'aapmr-posterolateral-hip',
      'hugo-2012-gtps',
      'kendall-2013',
      'project-mechanics',
      'gray-41',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  'gluteus-minimus': {
    id: 'gluteus-minimus',
    kind: 'muscle',
    nameEn: 'Gluteus minimus',
    nameLatin: 'musculus gluteus minimus',
    latinSynonyms: ['m. gluteus minimus'],
    plainName: 'small deep buttock muscle',
    synonyms: ['glute min', 'gluteus min', 'GMin', 'G min'],
    terminology: {
      ta2Id: 2600,
      ta98Id: 'A04.7.02.008',
      ta98Latin: 'm. gluteus minimus',
      fmaId: 22317,
      wikidataId: 'Q523799',
      note: 'TA2 id read in a third-party extraction of TA2 2.07.',
    },
    origin:
      'The outer surface of the ilium between the anterior and inferior gluteal lines, and the edge of the greater sciatic notch.',
    insertion:
      'The front surface of the greater trochanter. A slip joins the hip joint capsule, and a small bursa lies under the tendon.',
    originLandmarks: ['ASIS', 'AIIS'],
    insertionLandmarks: ['greater-trochanter-tip'],
    actions: {
      sagittal: ['Front fibres help bend the hip (flexion).'],
      frontal: [
        'Moves the thigh out to the side together with gluteus medius.',
        'Helps keep the pelvis level when you stand on one leg.',
      ],
      transverse: ['Front fibres turn the thigh inward (medial rotation).'],
      other: ['Helps keep the head of the femur centred in the hip socket.'],
    },
    innervation: {
      nerveId: 'superior-gluteal-nerve',
      nerveName: 'Superior gluteal nerve',
      roots: ['L4', 'L5', 'S1'],
      rootsNote: null,
    },
    bloodSupply: ['Deep branch of the superior gluteal artery.', 'Trochanteric anastomosis.'],
    layer: 'deep',
    layerNote:
      'It lies under gluteus medius. The superior gluteal nerve and the deep branch of the superior gluteal vessels run between the two muscles.',
    clinicalNote:
      'Its tendon is often affected along with gluteus medius in greater trochanteric pain syndrome: the greater trochanter is tender and lying on that side hurts. Trigger-point teaching says it can send pain down the side and back of the thigh, which can be mistaken for sciatica; the evidence for this is weak.',
    patientDescription:
      'A small muscle under your side hip muscle. It keeps the ball of your hip steady and helps lift your leg out to the side.',
    uncertain: [
      'The pain pattern down the side and back of the leg comes from trigger-point manuals (Travell and Simons), not from controlled studies.',
    ],
    sources: [
      'statpearls-gmin',
      'gpnotebook-gmin',
      'wiki-mirror-sga',
      'aapmr-posterolateral-hip',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  'psoas-major': {
    id: 'psoas-major',
    kind: 'muscle',
    nameEn: 'Psoas major',
    nameLatin: 'psoas major',
    latinSynonyms: ['musculus major psoae', 'musculus psoas major', 'm. psoas major'],
    plainName: 'deep hip flexor of the lower back',
    synonyms: ['psoas', 'iliopsoas', 'hip flexor', 'psoas muscle'],
    terminology: {
      ta2Id: 2595,
      ta98Id: 'A04.7.02.004',
      ta98Latin: 'm. psoas major',
      fmaId: 18060,
      wikidataId: 'Q1550323',
      note: "TA2 2.07 gives the preferred Latin as 'psoas major', under iliopsoas (TA2 2593); read in a third-party extraction.",
    },
    origin:
      'The sides of the vertebral bodies from T12 to L5 (some sources say L4) and the discs between them, and the front and lower edges of the transverse processes of L1 to L5.',
    insertion:
      'The lesser trochanter of the femur, through a tendon it shares with iliacus (together called iliopsoas).',
    originLandmarks: ['L2-spinous-process', 'L4-spinous-process', 'L5-spinous-process'],
    insertionLandmarks: ['lesser-trochanter'],
    actions: {
      sagittal: [
        'Bends the hip (flexion); with iliacus it is the main hip flexor.',
        'With the legs fixed, bends the trunk toward the thighs, as in a sit-up.',
      ],
      frontal: ['Working on one side only, bends the lumbar spine to that side.'],
      transverse: ['May turn the thigh slightly outward (lateral rotation); this is disputed.'],
      other: ['Stiffens and steadies the lumbar spine and the hip.'],
    },
    innervation: {
      nerveId: 'lumbar-plexus',
      nerveName: 'Direct branches of the lumbar plexus (anterior rami)',
      roots: ['L1', 'L2', 'L3'],
      rootsNote: 'Mostly L2; some texts add L4.',
    },
    bloodSupply: [
      'Lumbar arteries.',
      'Lumbar branch of the iliolumbar artery.',
      'Smaller branches of the deep circumflex iliac, external iliac and femoral arteries.',
    ],
    layer: 'deep',
    layerNote:
      'It lies in the back wall of the abdomen beside the lumbar spine. The lumbar plexus forms inside it, and the femoral nerve comes out at its outer (lateral) edge.',
    clinicalNote:
      'Iliopsoas problems such as tendinopathy, bursitis or an internal snapping hip cause deep pain in the groin or the front of the hip. The lumbar plexus runs through the muscle, so an abscess or bleed in psoas can also irritate the femoral nerve. A short or tight psoas is often blamed for a forward pelvic tilt, but the evidence for that link is weak.',
    patientDescription:
      'A long, deep muscle that runs from your lower back to the top of your thigh bone. It lifts your knee toward your chest.',
    uncertain: [
      'Whether psoas rotates the hip is disputed.',
      'Evidence that a tight psoas causes pelvic tilt or back pain is weak.',
    ],
    sources: [
      'wikimsk-psoas',
      'stedman-psoas',
      'anderson-2016-iliopsoas',
      'fpnotebook-iliopsoas',
      'wiki-mirror-lumbar-plexus',
      'project-mechanics',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  iliacus: {
    id: 'iliacus',
    kind: 'muscle',
    nameEn: 'Iliacus',
    nameLatin: 'musculus iliacus',
    latinSynonyms: ['m. iliacus'],
    plainName: 'hip flexor inside the pelvis',
    synonyms: ['iliopsoas', 'hip flexor', 'iliacus muscle'],
    terminology: {
      ta2Id: 2594,
      ta98Id: 'A04.7.02.003',
      ta98Latin: 'm. iliacus',
      fmaId: 22310,
      wikidataId: 'Q1508879',
      note: 'TA2 id read in a third-party extraction and confirmed by an independent terminology check.',
    },
    origin:
      'The upper two thirds of the iliac fossa and the inner lip of the iliac crest; the front sacroiliac and iliolumbar ligaments and the top of the sacrum. At the front it reaches toward the ASIS and AIIS.',
    insertion:
      'The outer side of the psoas major tendon and the lesser trochanter, with some fibres on the femoral shaft just below it.',
    originLandmarks: ['iliac-crest-highest', 'ASIS', 'AIIS'],
    insertionLandmarks: ['lesser-trochanter'],
    actions: {
      sagittal: [
        'Bends the hip (flexion) together with psoas major.',
        'With the leg fixed, tilts the pelvis forward.',
      ],
      frontal: [],
      transverse: ['Plays a small part in hip rotation; sources differ on the direction.'],
      other: [],
    },
    innervation: {
      nerveId: 'femoral-nerve',
      nerveName: 'Femoral nerve (muscle branches given off inside the pelvis)',
      roots: ['L2', 'L3'],
      rootsNote: null,
    },
    bloodSupply: [
      'Iliac branch of the iliolumbar artery.',
      'Deep circumflex iliac artery.',
      'Branches of the obturator artery.',
      'Branches of the circumflex femoral arteries near the insertion.',
    ],
    layer: 'deep',
    layerNote:
      'It lines the inner face of the iliac wing, under the iliac fascia and the abdominal organs.',
    clinicalNote:
      'Bleeding into iliacus, for example in people on blood thinners, can press on the femoral nerve and cause weakness and numbness of the thigh. Like psoas, it can cause deep groin pain and a painful snapping hip.',
    patientDescription:
      'A fan-shaped muscle on the inside of your hip bone. It works with the psoas to lift your thigh forward.',
    uncertain: [
      'Sources disagree on whether its small rotation effect turns the thigh inward or outward.',
    ],
    sources: [
      'imaios-iliacus',
      'gpnotebook-iliacus',
      'anatomyzone-iliacus',
      'wiki-mirror-femoral-nerve',
      'anderson-2016-iliopsoas',
      'gray-1918',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  'tensor-fasciae-latae': {
    id: 'tensor-fasciae-latae',
    kind: 'muscle',
    nameEn: 'Tensor fasciae latae',
    nameLatin: 'tensor fasciae latae',
    latinSynonyms: ['musculus tensor fasciae latae', 'm. tensor fasciae latae'],
    plainName: 'front-of-hip muscle that tightens the thigh band',
    synonyms: [
      'TFL',
      'tensor fascia lata',
      'tensor fascia latae',
      'tensor fasciae latae muscle',
      'tensor of fascia lata',
    ],
    terminology: {
      ta2Id: 2602,
      ta98Id: 'A04.7.02.010',
      ta98Latin: 'm. tensor fasciae latae',
      fmaId: 22423,
      wikidataId: 'Q1429453',
      note: 'TA2 id and preferred Latin read in a third-party extraction of TA2 2.07 (under the gluteal muscles, TA2 2597).',
    },
    origin:
      'The outer surface of the ASIS and the front part of the outer lip of the iliac crest, and the deep face of the fascia lata.',
    insertion:
      "Into the iliotibial tract, between its layers, about a third of the way down the thigh. The tract then attaches to Gerdy's tubercle (the tubercle of the iliotibial tract) on the lateral tibial condyle.",
    originLandmarks: ['ASIS', 'iliac-crest-highest'],
    insertionLandmarks: ['tibial-tuberosity'],
    actions: {
      sagittal: [
        'Helps bend the hip (flexion).',
        'Through the iliotibial tract, helps hold the straightened knee steady.',
      ],
      frontal: [
        'Helps move the thigh out to the side (abduction).',
        'Steadies the pelvis on the femur while standing.',
      ],
      transverse: ['Helps turn the thigh inward (medial rotation).'],
      other: [],
    },
    innervation: {
      nerveId: 'superior-gluteal-nerve',
      nerveName: 'Superior gluteal nerve',
      roots: ['L4', 'L5', 'S1'],
      rootsNote: 'Some sources list L4 and L5 only.',
    },
    bloodSupply: [
      'Ascending branch of the lateral circumflex femoral artery.',
      'Superior gluteal artery.',
    ],
    layer: 'superficial',
    layerNote:
      'It sits just below and behind the ASIS, wrapped in the fascia lata. The lateral femoral cutaneous nerve usually passes close by, just medial to the ASIS.',
    clinicalNote:
      'It often works harder when gluteus medius is weak. With the iliotibial tract, it is linked to pain on the side of the hip and knee and to the external snapping hip. Burning or numbness over the outer thigh near here points to a trapped lateral femoral cutaneous nerve (meralgia paresthetica), not to a muscle problem.',
    patientDescription:
      'A small muscle at the front of your hip. It pulls on the long band down the outside of your thigh and helps lift your leg.',
    uncertain: [],
    sources: [
      'elsevier-tfl',
      'gray-41',
      'memorix-patella-tibia',
      'wheeless-lfcn',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  piriformis: {
    id: 'piriformis',
    kind: 'muscle',
    nameEn: 'Piriformis',
    nameLatin: 'musculus piriformis',
    latinSynonyms: ['m. piriformis'],
    plainName: 'pear-shaped deep buttock muscle',
    synonyms: ['piriform', 'piriformis muscle', 'pear-shaped muscle'],
    terminology: {
      ta2Id: 2604,
      ta98Id: 'A04.7.02.011',
      ta98Latin: 'm. piriformis',
      fmaId: 19082,
      wikidataId: 'Q1144893',
      note: 'TA2 id read in a third-party extraction of TA2 2.07 (under the deep gluteal muscles, TA2 2603).',
    },
    origin:
      'The front (pelvic) surface of the sacrum, between and beside the second to fourth anterior sacral foramina; the upper edge of the greater sciatic notch; and the sacrotuberous ligament.',
    insertion:
      'The inner part of the upper border of the greater trochanter. Its tendon often merges with the shared tendon of obturator internus and the gemelli.',
    originLandmarks: ['S2-posterior-sacral-foramen', 'sacrum-lateral-border', 'PSIS'],
    insertionLandmarks: ['greater-trochanter-tip'],
    actions: {
      sagittal: [],
      frontal: ['Moves the bent hip out to the side (abduction).'],
      transverse: [
        'Turns the straightened hip outward (lateral rotation).',
        'When the hip is bent far forward, this rotation weakens or reverses; the reported angle varies.',
      ],
      other: ['Helps keep the head of the femur in the socket.'],
    },
    innervation: {
      nerveId: null,
      nerveName: 'Nerve to piriformis (a branch of the sacral plexus)',
      roots: ['S1', 'S2'],
      rootsNote: 'Some sources add L5.',
    },
    bloodSupply: [
      'Superior and inferior gluteal arteries.',
      'Lateral sacral artery.',
      'Branches of the internal pudendal artery.',
    ],
    layer: 'intermediate',
    layerNote:
      'It leaves the pelvis through the greater sciatic foramen and divides it into a part above and a part below the muscle. The superior gluteal vessels and nerve come out above it; the sciatic and inferior gluteal nerves come out below it. Anatomy texts class it as a deep muscle; the viewer peels it with the middle layer because it lies directly under gluteus maximus, beside gluteus medius.',
    clinicalNote:
      'The sciatic nerve runs below it, and in about 10 to 17% of people through or above it. Irritation of the nerve here can cause buttock pain that spreads down the leg (piriformis or deep gluteal syndrome). In embalmed donors (Hannah 2023, 14 sides), a medial needle pierced the sciatic nerve on 11 of 14 sides, a midpoint needle touched it on 3 of 14 and a lateral needle on none, but the lateral needle reached piriformis on only 3 of 14; the authors favoured the midpoint. In unembalmed hips (Kearns 2018), medial-third needling reached piriformis on 16 of 19 with no sciatic puncture. The studies disagree on medial placement; image guidance removes the guesswork.',
    patientDescription:
      'A small, deep muscle in the middle of your buttock that turns your leg outward. Your large sciatic nerve runs right next to it.',
    uncertain: [
      'Reports disagree on the hip flexion angle at which piriformis stops turning the thigh outward.',
      'How common sciatic nerve variants are differs between meta-analyses (about 10% versus 16.9%) and between populations.',
    ],
    sources: [
      'orthobullets-piriformis',
      'gray-1918',
      'poutoglidou-2020',
      'smoll-2010',
      'hannah-2023',
      'kearns-2018',
      'project-motor-points',
      'fipat-ta2',
      'ta2-extraction-human-atlas',
      'ta98-taviewer',
    ],
  },

  'iliotibial-band': {
    id: 'iliotibial-band',
    kind: 'tendon',
    nameEn: 'Iliotibial band',
    nameLatin: 'tractus iliotibialis',
    latinSynonyms: [],
    plainName: 'long band down the outside of the thigh',
    synonyms: ['ITB', 'IT band', 'iliotibial tract', 'IT tract', 'ilio-tibial band'],
    terminology: {
      ta2Id: null,
      ta98Id: null,
      ta98Latin: null,
      fmaId: null,
      wikidataId: null,
      note: 'The reference data has no record for the band. The Latin is the usual Terminologia Anatomica term; no terminology id was checked.',
    },
    origin:
      'A thickened strip of the fascia lata on the outer thigh. At hip level it receives tensor fasciae latae and most of gluteus maximus (its upper and superficial fibres).',
    insertion:
      "Gerdy's tubercle (the tubercle of the iliotibial tract) on the front of the lateral tibial condyle.",
    originLandmarks: ['greater-trochanter-tip'],
    insertionLandmarks: ['tibial-tuberosity'],
    actions: {
      sagittal: [
        'Carries the pull of tensor fasciae latae and gluteus maximus down to the knee, helping hold the straightened knee steady.',
      ],
      frontal: [],
      transverse: [],
      other: ['It is fascia, not muscle: it passes on force but cannot contract.'],
    },
    innervation: null,
    bloodSupply: [],
    layer: 'superficial',
    layerNote: 'It lies just under the skin and fat of the outer thigh.',
    clinicalNote:
      "Where the band crosses the outer knee to reach Gerdy's tubercle, it links hip muscle function to pain on the outside of the knee. With tensor fasciae latae, it is linked to the external snapping hip.",
    patientDescription:
      'A long, tough band of tissue down the outside of your thigh. Hip muscles pull on it to help keep your knee steady.',
    uncertain: [
      'This card is assembled from the sources for tensor fasciae latae, gluteus maximus and the tibia; no source about the band alone was reviewed.',
    ],
    sources: ['elsevier-tfl', 'gpnotebook-gmax', 'memorix-patella-tibia', 'sheridan-tibia'],
  },
};
