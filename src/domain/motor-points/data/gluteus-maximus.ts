import type { MotorPointRecord } from '../motor-point';

/** Gluteus maximus: motor point, nerve entry and innervation zone records with their sources. */
export const GLUTEUS_MAXIMUS_POINTS: readonly MotorPointRecord[] = [
  {
    id: 'gluteus-maximus-cranial-nerve-dense-zone',
    muscle: 'gluteus-maximus',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'quad',
      corners: {
        u0v0: 'PSIS',
        u1v0: 'greater-trochanter-tip',
        u0v1: 'coccyx-tip',
        u1v1: {
          between: ['greater-trochanter-tip', 'femoral-lateral-epicondyle'],
          fraction: 0.2,
        },
      },
      uAxis:
        'along the fibres: origin at the PSIS, sacrum and coccyx (0) to insertion at the iliotibial tract and gluteal tuberosity (1)',
      vAxis:
        "cranial border, PSIS to greater trochanter (0), to caudal border, coccyx to gluteal tuberosity (1); its thirds are the study's cranial, middle and caudal segments",
      u: 0.55,
      uRange: [0.4, 0.7],
      v: 0.1667,
      vRange: [0, 0.3333],
      readingNote:
        "The study split the muscle into cranial, middle and caudal segments and reports the densest branching of the cranial segment at 40-70 % 'along the reference axis'; which line that is, and which end is 0 %, was not in the material read. Read here as: the segments are thirds of the muscle from its upper to its lower border, and the percentage runs along the fibres from the origin (0 %) to the insertion (100 %). The muscle's outline is approximated by the quadrilateral PSIS, greater trochanter tip, a point 20 % of the way from the trochanter to the lateral femoral epicondyle (standing in for the gluteal tuberosity) and coccyx tip (assumption). If the study measured from the insertion instead, the zone lies at 30-60 % from the origin. The region covers the whole height of the segment.",
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      fractionRange: [0.4, 0.7],
      offsetMm: null,
      description:
        "In the upper (cranial) segment of the muscle (the study split it into cranial, middle and caudal segments), the densest terminal nerve branching lies between 40% and 70% along the study's reference axis across the muscle. Which border is 0% is not stated in the abstract, so the zone's position along the muscle is uncertain.",
    },
    nerve: {
      id: 'inferior-gluteal-nerve',
      name: 'inferior gluteal nerve',
    },
    nerveRoots: ['L5', 'S1', 'S2'],
    depthNote:
      'Depth of the point itself not reported. Gluteus maximus (muscle only, cadaver) is 14.5-18.1 mm thick; intramuscular IGN runs at 59-82% of that thickness (Hwang 2009). Add subcutaneous fat.',
    safety: [
      'Sciatic nerve lies deep to gluteus maximus: about one-third of the way along PSIS to ischial tuberosity and about midway between ischial tuberosity and greater trochanter (CT, living adults)',
      'Deeper layer: gluteus medius and, near the greater sciatic notch, the superior gluteal vessels and nerve',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote:
        '20 muscles from 11 adult cadavers (10 fixed, 1 fresh); Sihler staining; ultrasound-guided dye check in 1 cadaver',
      citation:
        'Yi KH, Kim DC, Lee S, Lee HJ, Lee JH. Intramuscular neural distribution of the gluteus maximus muscle: diagnostic electromyography and injective treatments. Diagnostics (Basel). 2024;14(2):140.',
      doi: '10.3390/diagnostics14020140',
    },
    confidence: 'moderate',
    figureStatus: 'measured-axis-unclear',
    notes:
      'Consistent with Wu et al. (Sihler, 10 adult + 10 child cadavers): densest nerve arc in the lower-inner part of the upper-outer buttock quadrant and lower-outer part of the upper-inner quadrant.',
    axisUnverified: true,
    placementConfidence: 'low',
  },
  {
    id: 'gluteus-maximus-middle-nerve-dense-zone',
    muscle: 'gluteus-maximus',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'quad',
      corners: {
        u0v0: 'PSIS',
        u1v0: 'greater-trochanter-tip',
        u0v1: 'coccyx-tip',
        u1v1: {
          between: ['greater-trochanter-tip', 'femoral-lateral-epicondyle'],
          fraction: 0.2,
        },
      },
      uAxis:
        'along the fibres: origin at the PSIS, sacrum and coccyx (0) to insertion at the iliotibial tract and gluteal tuberosity (1)',
      vAxis:
        "cranial border, PSIS to greater trochanter (0), to caudal border, coccyx to gluteal tuberosity (1); its thirds are the study's cranial, middle and caudal segments",
      u: 0.45,
      uRange: [0.3, 0.6],
      v: 0.5,
      vRange: [0.3333, 0.6667],
      readingNote:
        "The study split the muscle into cranial, middle and caudal segments and reports the densest branching of the middle segment at 30-60 % 'along the reference axis'; which line that is, and which end is 0 %, was not in the material read. Read here as: the segments are thirds of the muscle from its upper to its lower border, and the percentage runs along the fibres from the origin (0 %) to the insertion (100 %). The muscle's outline is approximated by the quadrilateral PSIS, greater trochanter tip, a point 20 % of the way from the trochanter to the lateral femoral epicondyle (standing in for the gluteal tuberosity) and coccyx tip (assumption). If the study measured from the insertion instead, the zone lies at 40-70 % from the origin. The region covers the whole height of the segment.",
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      fractionRange: [0.3, 0.6],
      offsetMm: null,
      description:
        "In the middle segment of the muscle (the study split it into cranial, middle and caudal segments), the densest terminal nerve branching lies between 30% and 60% along the study's reference axis across the muscle. Which border is 0% is not stated in the abstract, so the zone's position along the muscle is uncertain.",
    },
    nerve: {
      id: 'inferior-gluteal-nerve',
      name: 'inferior gluteal nerve',
    },
    nerveRoots: ['L5', 'S1', 'S2'],
    depthNote:
      'Depth of the point itself not reported. Gluteus maximus (muscle only, cadaver) is 14.5-18.1 mm thick; intramuscular IGN runs at 59-82% of that thickness (Hwang 2009). Add subcutaneous fat.',
    safety: [
      'Sciatic nerve lies deep to gluteus maximus: about one-third of the way along PSIS to ischial tuberosity and about midway between ischial tuberosity and greater trochanter (CT, living adults)',
      'Deeper layer: gluteus medius and, near the greater sciatic notch, the superior gluteal vessels and nerve',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote:
        '20 muscles from 11 adult cadavers (10 fixed, 1 fresh); Sihler staining; ultrasound-guided dye check in 1 cadaver',
      citation:
        'Yi KH, Kim DC, Lee S, Lee HJ, Lee JH. Intramuscular neural distribution of the gluteus maximus muscle: diagnostic electromyography and injective treatments. Diagnostics (Basel). 2024;14(2):140.',
      doi: '10.3390/diagnostics14020140',
    },
    confidence: 'moderate',
    figureStatus: 'measured-axis-unclear',
    notes:
      'Consistent with Wu et al. (Sihler, 10 adult + 10 child cadavers): densest nerve arc in the lower-inner part of the upper-outer buttock quadrant and lower-outer part of the upper-inner quadrant.',
    axisUnverified: true,
    placementConfidence: 'low',
  },
  {
    id: 'gluteus-maximus-caudal-nerve-dense-zone',
    muscle: 'gluteus-maximus',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'quad',
      corners: {
        u0v0: 'PSIS',
        u1v0: 'greater-trochanter-tip',
        u0v1: 'coccyx-tip',
        u1v1: {
          between: ['greater-trochanter-tip', 'femoral-lateral-epicondyle'],
          fraction: 0.2,
        },
      },
      uAxis:
        'along the fibres: origin at the PSIS, sacrum and coccyx (0) to insertion at the iliotibial tract and gluteal tuberosity (1)',
      vAxis:
        "cranial border, PSIS to greater trochanter (0), to caudal border, coccyx to gluteal tuberosity (1); its thirds are the study's cranial, middle and caudal segments",
      u: 0.55,
      uRange: [0.4, 0.7],
      v: 0.8333,
      vRange: [0.6667, 1],
      readingNote:
        "The study split the muscle into cranial, middle and caudal segments and reports the densest branching of the caudal segment at 40-70 % 'along the reference axis'; which line that is, and which end is 0 %, was not in the material read. Read here as: the segments are thirds of the muscle from its upper to its lower border, and the percentage runs along the fibres from the origin (0 %) to the insertion (100 %). The muscle's outline is approximated by the quadrilateral PSIS, greater trochanter tip, a point 20 % of the way from the trochanter to the lateral femoral epicondyle (standing in for the gluteal tuberosity) and coccyx tip (assumption). If the study measured from the insertion instead, the zone lies at 30-60 % from the origin. The region covers the whole height of the segment.",
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      fractionRange: [0.4, 0.7],
      offsetMm: null,
      description:
        "In the lower (caudal) segment of the muscle (the study split it into cranial, middle and caudal segments), the densest terminal nerve branching lies between 40% and 70% along the study's reference axis across the muscle. Which border is 0% is not stated in the abstract, so the zone's position along the muscle is uncertain.",
    },
    nerve: {
      id: 'inferior-gluteal-nerve',
      name: 'inferior gluteal nerve',
    },
    nerveRoots: ['L5', 'S1', 'S2'],
    depthNote:
      'Depth of the point itself not reported. Gluteus maximus (muscle only, cadaver) is 14.5-18.1 mm thick; intramuscular IGN runs at 59-82% of that thickness (Hwang 2009). Add subcutaneous fat.',
    safety: [
      'Sciatic nerve lies deep to gluteus maximus: about one-third of the way along PSIS to ischial tuberosity and about midway between ischial tuberosity and greater trochanter (CT, living adults)',
      'Deeper layer: gluteus medius and, near the greater sciatic notch, the superior gluteal vessels and nerve',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote:
        '20 muscles from 11 adult cadavers (10 fixed, 1 fresh); Sihler staining; ultrasound-guided dye check in 1 cadaver',
      citation:
        'Yi KH, Kim DC, Lee S, Lee HJ, Lee JH. Intramuscular neural distribution of the gluteus maximus muscle: diagnostic electromyography and injective treatments. Diagnostics (Basel). 2024;14(2):140.',
      doi: '10.3390/diagnostics14020140',
    },
    confidence: 'moderate',
    figureStatus: 'measured-axis-unclear',
    notes:
      'Consistent with Wu et al. (Sihler, 10 adult + 10 child cadavers): densest nerve arc in the lower-inner part of the upper-outer buttock quadrant and lower-outer part of the upper-inner quadrant.',
    axisUnverified: true,
    placementConfidence: 'low',
  },
  {
    id: 'gluteus-maximus-inferior-gluteal-nerve-entry',
    muscle: 'gluteus-maximus',
    pointType: 'nerve-entry',
    finerType: 'nerve-entry-point',
    rule: {
      kind: 'offset',
      from: 'greater-trochanter-tip',
      direction: {
        toward: {
          between: ['greater-sciatic-notch-apex', 'ischial-tuberosity'],
          fraction: 0.4,
        },
      },
      offsetMm: 50,
      regionHalfWidthMm: 15,
      readingNote:
        "The 5 cm distance from the tip of the greater trochanter is reported; its direction is not. Read as the straight line from the trochanter tip toward the infrapiriform part of the greater sciatic foramen, taken as 40 % of the way from the apex of the greater sciatic notch to the ischial tuberosity (assumption). The nerve reaches the deep surface; the marker is projected onto the nearest gluteus maximus surface. The 15 mm radius reflects 'about 5 cm' and the inferred direction.",
    },
    sourceLocation: {
      method: 'offset-mm',
      from: 'greater-trochanter-tip',
      to: null,
      fraction: null,
      offsetMm: 50,
      direction:
        'medial to posteromedial, toward the infrapiriform part of the greater sciatic foramen (direction inferred, not stated in the abstract)',
      description:
        'The inferior gluteal nerve meets the deep surface of gluteus maximus about 5 cm from the tip of the greater trochanter, then branches inside the deep part of the muscle.',
    },
    nerve: {
      id: 'inferior-gluteal-nerve',
      name: 'inferior gluteal nerve',
    },
    nerveRoots: ['L5', 'S1', 'S2'],
    depthNote:
      'On the deep (anterior) surface of the muscle; see gluteus maximus thickness (14.5-18.1 mm, Hwang 2009) plus fat.',
    safety: [
      'Sciatic nerve lies deep to gluteus maximus: about one-third of the way along PSIS to ischial tuberosity and about midway between ischial tuberosity and greater trochanter (CT, living adults)',
      'Inferior gluteal vessels and the sciatic nerve emerge beside this nerve below piriformis',
    ],
    evidence: {
      kind: 'cadaver',
      n: 12,
      nNote: '12 fresh-frozen and formalin-treated cadavers',
      citation:
        'Ling ZX, Kumar VP. The course of the inferior gluteal nerve in the posterior approach to the hip. J Bone Joint Surg Br. 2006;88(12):1580-1583. PMID 17159167.',
      doi: '10.1302/0301-620X.88B12.18182',
    },
    confidence: 'moderate',
    figureStatus: 'measured-direction-inferred',
    notes:
      'Entry point of the main nerve, not the end-plate zone. The IGN also gives a cutaneous branch in 9/12 sides (Iwanaga 2018).',
    axisUnverified: false,
  },
  {
    id: 'gluteus-maximus-central-stimulation-site',
    muscle: 'gluteus-maximus',
    pointType: 'motor-point',
    finerType: 'stimulation-site-vendor',
    rule: {
      kind: 'at',
      anchor: 'buttock-quadrant-center',
      regionHalfWidthMm: 25,
      readingNote:
        "The manual's crossing of the two axes that split the buttock into four equal quadrants is the model's buttock-quadrant-center landmark; the marker is that landmark projected onto gluteus maximus. The 25 mm radius stands for the size of a surface electrode (assumption); the manual gives no tolerance.",
    },
    sourceLocation: {
      method: 'description',
      from: 'buttock-quadrant-center',
      to: null,
      fraction: null,
      offsetMm: 0,
      description:
        'Electrode over the crossing of the two axes that split the buttock into four equal quadrants; the manual calls this the gluteus maximus motor point.',
    },
    nerve: {
      id: 'inferior-gluteal-nerve',
      name: 'inferior gluteal nerve',
    },
    nerveRoots: ['L5', 'S1', 'S2'],
    depthNote: 'Surface electrode site; no depth.',
    safety: [
      'Surface stimulation only; avoid scarred or wounded skin (manual)',
      'Not a needle target: the sciatic nerve lies just deep to gluteus maximus in the lower buttock',
    ],
    evidence: {
      kind: 'textbook',
      n: null,
      nNote: 'Vendor device manual; no sample',
      citation:
        'Chattanooga/DJO. Wireless Professional user manual, section 14.7.3 electrode positions for gluteal programmes (vendor manual).',
      url: 'https://manualshive.com/en/manual/chattanooga/wireless-professional/2592260?page=230',
    },
    confidence: 'low',
    figureStatus: 'textbook',
    notes:
      'Not measured. Roughly agrees with Sihler data placing the densest innervation near the middle of the muscle (Yi 2024; Wu et al.) - inference.',
    axisUnverified: false,
  },
];
