import { CONTEXT_MUSCLES, type ContextMuscleId } from '../context-muscles';
import type {
  ActionsByPlane,
  Innervation,
  MuscleReference,
  ReferenceData,
} from './reference-types';
import type { SourceId } from './sources';

interface ContextCard {
  readonly nameLatin: string;
  readonly plainName: string;
  readonly synonyms: readonly string[];
  readonly origin: string;
  readonly insertion: string;
  readonly actions: Partial<ActionsByPlane>;
  readonly innervation: Innervation;
  readonly layerNote: string;
  readonly patientDescription: string;
  /** Where the model's path and size come from (linked papers). */
  readonly modelSources: readonly SourceId[];
}

const NO_TERMINOLOGY = {
  ta2Id: null,
  ta98Id: null,
  ta98Latin: null,
  fmaId: null,
  wikidataId: null,
  note: 'Terminology ids were not looked up for the context layer.',
} as const;

const femoral = (roots: Innervation['roots']): Innervation => ({
  nerveId: null,
  nerveName: 'Femoral nerve',
  roots,
  rootsNote: null,
});
const obturator = (roots: Innervation['roots'], rootsNote: string | null = null): Innervation => ({
  nerveId: null,
  nerveName: 'Obturator nerve',
  roots,
  rootsNote,
});
const tibialPart: Innervation = {
  nerveId: null,
  nerveName: 'Sciatic nerve (tibial part)',
  roots: ['L5', 'S1', 'S2'],
  rootsNote: null,
};

function card(id: ContextMuscleId, c: ContextCard): ReferenceData<MuscleReference> {
  const label = CONTEXT_MUSCLES.find((m) => m.id === id)!.label;
  return {
    id,
    kind: 'muscle',
    nameEn: label,
    nameLatin: c.nameLatin,
    latinSynonyms: [],
    plainName: c.plainName,
    synonyms: c.synonyms,
    terminology: NO_TERMINOLOGY,
    origin: c.origin,
    insertion: c.insertion,
    originLandmarks: [],
    insertionLandmarks: [],
    actions: { sagittal: [], frontal: [], transverse: [], other: [], ...c.actions },
    innervation: c.innervation,
    bloodSupply: [],
    layer: 'context',
    layerNote: c.layerNote,
    clinicalNote:
      'Shown as context: its position and bulk help you see what lies next to a needle path. The model gives it no motor points.',
    patientDescription: c.patientDescription,
    uncertain: [],
    sources: ['textbook-context-muscles', ...c.modelSources, 'project-context-model'],
  };
}

/**
 * Short cards for the context muscles, written for this project in plain words from the
 * standard textbook account (attachments, action, nerve and roots).
 */
export const CONTEXT_MUSCLE_REFERENCE_DATA: {
  readonly [K in ContextMuscleId]: ReferenceData<MuscleReference> & { readonly id: K };
} = {
  'quadratus-lumborum': card('quadratus-lumborum', {
    modelSources: ['christophy-2012'],
    nameLatin: 'musculus quadratus lumborum',
    plainName: 'deep side-of-the-low-back muscle',
    synonyms: ['QL', 'quadratus'],
    origin: 'The back part of the iliac crest and the iliolumbar ligament.',
    insertion: 'The lower border of the 12th rib and the tips of the L1–L4 transverse processes.',
    actions: {
      frontal: ['Bends the trunk to its own side, or hitches the pelvis up on that side.'],
      other: ['Steadies the 12th rib when breathing in.'],
    },
    innervation: {
      nerveId: null,
      nerveName: 'Branches of T12 and the lumbar plexus',
      roots: ['L1', 'L2', 'L3', 'L4'],
      rootsNote: 'also T12 (subcostal nerve)',
    },
    layerNote:
      'Deep in the back wall of the abdomen, behind the kidney and beside psoas; the erector spinae lies behind it.',
    patientDescription:
      'A flat muscle deep in your low back, between your lowest rib and your pelvis.',
  }),
  'erector-spinae': card('erector-spinae', {
    modelSources: ['delp-1990', 'christophy-2012'],
    nameLatin: 'musculus erector spinae',
    plainName: 'long back muscle',
    synonyms: ['erector spinae', 'paraspinals', 'iliocostalis', 'longissimus', 'sacrospinalis'],
    origin:
      'A thick common tendon on the back of the sacrum, the back of the iliac crest and the lumbar spinous processes.',
    insertion: 'Upward onto the ribs, the transverse processes and, higher up, the skull.',
    actions: {
      sagittal: ['Straightens the spine and controls bending forward.'],
      frontal: ['Working on one side, bends the spine to that side.'],
    },
    innervation: {
      nerveId: null,
      nerveName: 'Dorsal rami of the spinal nerves',
      roots: ['L1', 'L2', 'L3', 'L4', 'L5'],
      rootsNote: 'segmental, level by level',
    },
    layerNote:
      'Under the thoracolumbar fascia on each side of the spine, behind quadratus lumborum and beside multifidus.',
    patientDescription:
      'The long muscles that run up each side of your spine and hold you upright.',
  }),
  multifidus: card('multifidus', {
    modelSources: ['christophy-2012'],
    nameLatin: 'musculus multifidus',
    plainName: 'deep spine stabilising muscle',
    synonyms: ['multifidus', 'lumbar multifidus', 'transversospinales'],
    origin:
      'The back of the sacrum, the back of the iliac crest and the lumbar mamillary processes.',
    insertion: 'The spinous processes two to four levels higher.',
    actions: {
      sagittal: ['Extends the spine and controls each lumbar segment.'],
      transverse: ['Helps turn the trunk to the opposite side.'],
    },
    innervation: {
      nerveId: null,
      nerveName: 'Medial branches of the dorsal rami',
      roots: ['L1', 'L2', 'L3', 'L4', 'L5'],
      rootsNote: 'each level supplied by its own segment',
    },
    layerNote: 'Next to the spinous processes, under erector spinae; thickest at L5–S1.',
    patientDescription: 'Small, deep muscles that hold each bone of your low back steady.',
  }),
  gemelli: card('gemelli', {
    modelSources: ['delp-1990', 'handsfield-2014'],
    nameLatin: 'musculi gemellus superior et inferior',
    plainName: 'twin small hip rotators',
    synonyms: ['gemellus superior', 'gemellus inferior', 'gemellus', 'short rotators'],
    origin: 'Superior: the ischial spine. Inferior: the top of the ischial tuberosity.',
    insertion: 'With the obturator internus tendon into the medial side of the greater trochanter.',
    actions: {
      transverse: ['Turn the thigh outward (lateral rotation).'],
      other: ['Hold the femoral head in its socket.'],
    },
    innervation: {
      nerveId: null,
      nerveName: 'Nerve to obturator internus (superior) and nerve to quadratus femoris (inferior)',
      roots: ['L4', 'L5', 'S1', 'S2'],
      rootsNote: null,
    },
    layerNote:
      'Above and below the obturator internus tendon, under gluteus maximus; the sciatic nerve crosses behind them.',
    patientDescription: 'Two small muscles deep in your buttock that turn your leg outward.',
  }),
  'obturator-internus': card('obturator-internus', {
    modelSources: ['delp-1990', 'handsfield-2014'],
    nameLatin: 'musculus obturatorius internus',
    plainName: 'inner obturator hip rotator',
    synonyms: ['obturator internus', 'OI'],
    origin:
      'The inner surface of the obturator membrane and the bone around it, inside the pelvis.',
    insertion:
      'Its tendon turns round the lesser sciatic notch and inserts on the medial side of the greater trochanter.',
    actions: {
      transverse: ['Turns the thigh outward (lateral rotation).'],
      frontal: ['With the hip bent, helps move the thigh out (abduction).'],
    },
    innervation: {
      nerveId: null,
      nerveName: 'Nerve to obturator internus',
      roots: ['L5', 'S1', 'S2'],
      rootsNote: null,
    },
    layerNote:
      'Inside the pelvis on its side wall, then out through the lesser sciatic foramen between the gemelli.',
    patientDescription:
      'A fan-shaped muscle inside your pelvis whose tendon turns your leg outward.',
  }),
  'obturator-externus': card('obturator-externus', {
    modelSources: ['handsfield-2014'],
    nameLatin: 'musculus obturatorius externus',
    plainName: 'outer obturator hip rotator',
    synonyms: ['obturator externus', 'OE'],
    origin: 'The outer surface of the obturator membrane and the bone around it.',
    insertion: 'Under the back of the femoral neck into the trochanteric fossa.',
    actions: { transverse: ['Turns the thigh outward (lateral rotation).'] },
    innervation: obturator(['L3', 'L4']),
    layerNote:
      'Deepest of the region, under pectineus and the adductors, winding beneath the femoral neck.',
    patientDescription:
      'A deep muscle on the front of your pelvis that winds under the hip to turn it outward.',
  }),
  'quadratus-femoris': card('quadratus-femoris', {
    modelSources: ['delp-1990', 'handsfield-2014'],
    nameLatin: 'musculus quadratus femoris',
    plainName: 'square hip rotator',
    synonyms: ['quadratus femoris', 'QF'],
    origin: 'The outer edge of the ischial tuberosity.',
    insertion: 'The quadrate tubercle on the back of the femur, below the greater trochanter.',
    actions: { transverse: ['Turns the thigh outward (lateral rotation).'] },
    innervation: {
      nerveId: null,
      nerveName: 'Nerve to quadratus femoris',
      roots: ['L4', 'L5', 'S1'],
      rootsNote: null,
    },
    layerNote:
      'Below the inferior gemellus, under gluteus maximus; the sciatic nerve runs behind it.',
    patientDescription: 'A small square muscle deep in your buttock that turns your leg outward.',
  }),
  'adductor-magnus': card('adductor-magnus', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus adductor magnus',
    plainName: 'big inner-thigh muscle',
    synonyms: ['adductor magnus', 'adductors', 'groin muscle', 'inner thigh'],
    origin: 'The inferior pubic ramus, the ischial ramus and the ischial tuberosity.',
    insertion:
      'The whole linea aspera and, by a separate tendon (hamstring part), the adductor tubercle above the medial knee.',
    actions: {
      frontal: ['Pulls the thigh in (adduction).'],
      sagittal: ['Its hamstring part extends the hip; its adductor part helps flex it.'],
    },
    innervation: obturator(['L2', 'L3', 'L4'], 'hamstring part: sciatic nerve (tibial part, L4)'),
    layerNote:
      'The deepest and largest adductor, behind adductor brevis and longus, in front of the hamstrings.',
    patientDescription: 'The biggest muscle of your inner thigh. It pulls your legs together.',
  }),
  'adductor-longus': card('adductor-longus', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus adductor longus',
    plainName: 'long groin muscle',
    synonyms: ['adductor longus', 'groin muscle', 'adductors'],
    origin: 'The body of the pubis, below the pubic crest.',
    insertion: 'The middle third of the linea aspera.',
    actions: {
      frontal: ['Pulls the thigh in (adduction).'],
      sagittal: ['Helps flex the hip.'],
    },
    innervation: obturator(['L2', 'L3', 'L4']),
    layerNote:
      'The most superficial adductor; its border forms the inner side of the femoral triangle.',
    patientDescription:
      'The groin muscle you can feel as a cord near the pubic bone. It pulls your legs together.',
  }),
  'adductor-brevis': card('adductor-brevis', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus adductor brevis',
    plainName: 'short groin muscle',
    synonyms: ['adductor brevis', 'adductors'],
    origin: 'The body and inferior ramus of the pubis.',
    insertion: 'The upper part of the linea aspera and the line leading up to it.',
    actions: { frontal: ['Pulls the thigh in (adduction).'], sagittal: ['Helps flex the hip.'] },
    innervation: obturator(['L2', 'L3', 'L4']),
    layerNote: 'Between adductor longus and pectineus in front and adductor magnus behind.',
    patientDescription: 'A short muscle deep in your groin that pulls your legs together.',
  }),
  pectineus: card('pectineus', {
    modelSources: ['delp-1990', 'handsfield-2014'],
    nameLatin: 'musculus pectineus',
    plainName: 'flat groin muscle',
    synonyms: ['pectineus', 'pectinius'],
    origin: 'The pectineal line of the pubis.',
    insertion: 'The pectineal line of the femur, below the lesser trochanter.',
    actions: { sagittal: ['Flexes the hip.'], frontal: ['Pulls the thigh in (adduction).'] },
    innervation: {
      nerveId: null,
      nerveName: 'Femoral nerve (sometimes also the obturator nerve)',
      roots: ['L2', 'L3'],
      rootsNote: null,
    },
    layerNote: 'In the floor of the femoral triangle, medial to psoas, under the femoral vessels.',
    patientDescription:
      'A flat muscle at the top of your inner thigh that lifts the leg and pulls it in.',
  }),
  gracilis: card('gracilis', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus gracilis',
    plainName: 'slender inner-thigh muscle',
    synonyms: ['gracilis', 'pes anserinus'],
    origin: 'The body and inferior ramus of the pubis.',
    insertion: 'The upper medial tibia (pes anserinus), between sartorius and semitendinosus.',
    actions: {
      frontal: ['Pulls the thigh in (adduction).'],
      sagittal: ['Bends the knee.'],
      transverse: ['Turns the bent knee inward.'],
    },
    innervation: obturator(['L2', 'L3']),
    layerNote: 'The most medial muscle of the thigh, just under the skin.',
    patientDescription: 'A thin strap along the inside of your thigh to below the knee.',
  }),
  sartorius: card('sartorius', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus sartorius',
    plainName: "tailor's muscle",
    synonyms: ['sartorius', "tailor's muscle", 'pes anserinus'],
    origin: 'The anterior superior iliac spine (ASIS).',
    insertion: 'The upper medial tibia (pes anserinus).',
    actions: {
      sagittal: ['Flexes the hip and the knee.'],
      frontal: ['Helps move the thigh out (abduction).'],
      transverse: ['Turns the thigh outward.'],
    },
    innervation: femoral(['L2', 'L3']),
    layerNote:
      'Just under the skin, crossing the front of the thigh from outside to inside; it roofs the adductor canal and the femoral vessels.',
    patientDescription: 'The longest muscle in your body, running across the front of your thigh.',
  }),
  'rectus-femoris': card('rectus-femoris', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus rectus femoris',
    plainName: 'front thigh muscle (quadriceps)',
    synonyms: ['rectus femoris', 'quadriceps', 'quads', 'RF'],
    origin: 'The anterior inferior iliac spine (AIIS) and the groove above the acetabulum.',
    insertion: 'The patella through the quadriceps tendon, and on to the tibial tuberosity.',
    actions: { sagittal: ['Straightens the knee and flexes the hip.'] },
    innervation: femoral(['L2', 'L3', 'L4']),
    layerNote: 'In the middle of the front of the thigh, over vastus intermedius.',
    patientDescription:
      'The middle muscle of the front of your thigh. It straightens your knee and lifts your leg.',
  }),
  'vastus-lateralis': card('vastus-lateralis', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus vastus lateralis',
    plainName: 'outer thigh muscle (quadriceps)',
    synonyms: ['vastus lateralis', 'quadriceps', 'quads', 'VL', 'outer quad'],
    origin:
      'The upper intertrochanteric line, the base of the greater trochanter, the gluteal tuberosity and the lateral lip of the linea aspera.',
    insertion:
      'The outer side of the patella and the quadriceps tendon, and on to the tibial tuberosity.',
    actions: { sagittal: ['Straightens the knee.'] },
    innervation: femoral(['L2', 'L3', 'L4']),
    layerNote:
      'The largest quadriceps muscle, on the outside of the thigh under the iliotibial band.',
    patientDescription: 'The big muscle on the outside of your thigh. It straightens your knee.',
  }),
  'vastus-intermedius': card('vastus-intermedius', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus vastus intermedius',
    plainName: 'deep front thigh muscle (quadriceps)',
    synonyms: ['vastus intermedius', 'quadriceps', 'quads', 'VI'],
    origin: 'The front and outer side of the upper two thirds of the femoral shaft.',
    insertion: 'The deep part of the quadriceps tendon into the patella.',
    actions: { sagittal: ['Straightens the knee.'] },
    innervation: femoral(['L2', 'L3', 'L4']),
    layerNote: 'Directly on the femur, under rectus femoris and between the other two vasti.',
    patientDescription:
      'A deep thigh muscle lying on the bone under the front thigh muscle. It straightens your knee.',
  }),
  'vastus-medialis': card('vastus-medialis', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus vastus medialis',
    plainName: 'inner thigh muscle above the knee (quadriceps)',
    synonyms: ['vastus medialis', 'VMO', 'quadriceps', 'quads', 'teardrop muscle'],
    origin:
      'The lower intertrochanteric line, the spiral line and the medial lip of the linea aspera.',
    insertion: 'The inner side of the patella and the quadriceps tendon.',
    actions: {
      sagittal: ['Straightens the knee.'],
      other: ['Its lowest fibres help keep the patella tracking in its groove.'],
    },
    innervation: femoral(['L2', 'L3', 'L4']),
    layerNote: 'On the inner front of the thigh, bulkiest just above the knee (the teardrop).',
    patientDescription:
      'The teardrop-shaped muscle above the inside of your knee. It straightens your knee.',
  }),
  'biceps-femoris-long-head': card('biceps-femoris-long-head', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'caput longum musculi bicipitis femoris',
    plainName: 'outer hamstring',
    synonyms: ['biceps femoris', 'hamstring', 'hamstrings', 'BFLH', 'outer hamstring'],
    origin: 'The ischial tuberosity, with semitendinosus.',
    insertion: 'The head of the fibula (with the short head).',
    actions: {
      sagittal: ['Extends the hip and bends the knee.'],
      transverse: ['Turns the bent knee outward.'],
    },
    innervation: tibialPart,
    layerNote: 'On the outer back of the thigh; it crosses over the sciatic nerve.',
    patientDescription:
      'The outer hamstring at the back of your thigh. It bends your knee and pulls your leg back.',
  }),
  semitendinosus: card('semitendinosus', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus semitendinosus',
    plainName: 'inner hamstring with a long tendon',
    synonyms: ['semitendinosus', 'hamstring', 'hamstrings', 'ST', 'pes anserinus'],
    origin: 'The ischial tuberosity, with the long head of biceps femoris.',
    insertion: 'The upper medial tibia (pes anserinus), behind gracilis.',
    actions: {
      sagittal: ['Extends the hip and bends the knee.'],
      transverse: ['Turns the bent knee inward.'],
    },
    innervation: tibialPart,
    layerNote: 'On the inner back of the thigh, lying on semimembranosus.',
    patientDescription: 'An inner hamstring with a long cord-like tendon at the back of your knee.',
  }),
  semimembranosus: card('semimembranosus', {
    modelSources: ['rajagopal-2016', 'handsfield-2014'],
    nameLatin: 'musculus semimembranosus',
    plainName: 'deep inner hamstring',
    synonyms: ['semimembranosus', 'hamstring', 'hamstrings', 'SM'],
    origin: 'The upper outer part of the ischial tuberosity.',
    insertion: 'The back of the medial tibial condyle.',
    actions: {
      sagittal: ['Extends the hip and bends the knee.'],
      transverse: ['Turns the bent knee inward.'],
    },
    innervation: tibialPart,
    layerNote: 'Under semitendinosus on the inner back of the thigh, next to adductor magnus.',
    patientDescription: 'The deepest inner hamstring. It bends your knee and pulls your leg back.',
  }),
} as {
  readonly [K in ContextMuscleId]: ReferenceData<MuscleReference> & { readonly id: K };
};
