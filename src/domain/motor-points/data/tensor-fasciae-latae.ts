import type { MotorPointRecord } from '../motor-point';

/** Tensor fasciae latae: motor point, nerve entry and innervation zone records with their sources. */
export const TENSOR_FASCIAE_LATAE_POINTS: readonly MotorPointRecord[] = [
  {
    id: 'tensor-fasciae-latae-nerve-entry',
    muscle: 'tensor-fasciae-latae',
    pointType: 'nerve-entry',
    finerType: 'nerve-entry-point',
    rule: {
      kind: 'line-fraction',
      from: 'ASIS',
      to: 'patella-center',
      fraction: 0.1671,
      fractionRange: [0.101, 0.25],
      readingNote:
        'Reported: 16.71 +/- 2.55 % of the ASIS-to-patella distance (68.7 +/- 12.6 mm below the ASIS), every specimen within 10.1-25 %. Which point of the patella was measured to was not captured; the patella centre is used (another point of the patella moves the marker by about 1 cm). The fraction is used rather than the millimetres so the point scales with the model. The branches enter on the deep surface near the medial border; the marker is projected onto the nearest TFL surface.',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'ASIS',
      to: 'patella-center',
      fraction: 0.1671,
      fractionRange: [0.101, 0.25],
      offsetMm: 68.7,
      description:
        'The superior gluteal nerve enters the muscle 68.7 +/- 12.6 mm below the ASIS, i.e. 16.71 +/- 2.55% of the ASIS-to-patella distance; in every specimen between 10.1% and 25%.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve (terminal part of its inferior branch)',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote:
      'Nerve branches enter on the deep surface near the medial border of the muscle (Grob 2015); TFL itself is superficial. Depth not reported.',
    safety: [
      'Ascending branch of the lateral circumflex femoral artery enters the muscle at about the same level (Grob 2015)',
      'Lateral femoral cutaneous nerve passes near/medial to the ASIS (textbook)',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote: '16 fixed + 4 fresh cadavers; dissection and modified Sihler staining',
      citation:
        'Choi S, Yang HM, Cho TH, Yeo IS, Won SY. Intramuscular innervation of the tensor fasciae latae: application to total hip arthroplasty. Clin Anat. 2023;36(8):1089-1094.',
      url: 'https://ir.ymlib.yonsei.ac.kr/handle/22282913/196773',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes:
      'The paper measured to the patella; which point of the patella was not captured (patella-center used). TFL belly length was 15.92 +/- 1.61 cm (38.79% of ASIS-patella); the entry therefore sits at about 43% of the belly length (arithmetic, inference), which agrees with Grob 2015.',
    axisUnverified: true,
  },
  {
    id: 'tensor-fasciae-latae-main-branch-zone',
    muscle: 'tensor-fasciae-latae',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'line-fraction',
      from: 'ASIS',
      to: 'patella-center',
      fraction: 0.2,
      fractionRange: [0.151, 0.25],
      readingNote:
        'Reported: main intramuscular branches between 15.1 % and 25 % of the ASIS-to-patella distance; 0.2 is the midpoint (inference). Same patella caveat as the nerve entry: the patella centre is used because the measured point of the patella was not captured.',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'ASIS',
      to: 'patella-center',
      fraction: 0.2,
      fractionRange: [0.151, 0.25],
      offsetMm: null,
      description:
        'Main intramuscular branches lie between 15.1% and 25% of the ASIS-to-patella distance; fine twigs continue to 25.1-35% (and to about 38.8% in 3 of 10); no branches above 15%. The 0.2 point is the midpoint of the range (inference).',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote:
      'Branches run deeper and more distal as they travel down the muscle (Choi 2023); depth not reported.',
    safety: [
      'Ascending branch of the lateral circumflex femoral artery at about the nerve-entry level',
      'Lateral femoral cutaneous nerve passes near/medial to the ASIS (textbook)',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote: '16 fixed + 4 fresh cadavers; dissection and modified Sihler staining',
      citation:
        'Choi S, Yang HM, Cho TH, Yeo IS, Won SY. Intramuscular innervation of the tensor fasciae latae: application to total hip arthroplasty. Clin Anat. 2023;36(8):1089-1094.',
      url: 'https://ir.ymlib.yonsei.ac.kr/handle/22282913/196773',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes:
      'Surface-EMG innervation-zone location in TFL was uniform across 10 healthy men (Rainoldi 2004).',
    axisUnverified: true,
  },
  {
    id: 'tensor-fasciae-latae-entry-near-lcfa',
    muscle: 'tensor-fasciae-latae',
    pointType: 'nerve-entry',
    finerType: 'nerve-entry-point',
    rule: {
      kind: 'offset',
      from: 'lcfa-ascending-branch-entry-tfl',
      direction: {
        anatomical: ['superior'],
      },
      offsetMm: 10,
      offsetRangeMm: [0, 10],
      readingNote:
        "Reported: one or two branches enter within 10 mm proximal to where the ascending branch of the lateral circumflex femoral artery enters the muscle. 'Proximal' is read as straight up; the marker uses the record's 10 mm and the band covers 0-10 mm. Depends on the model's landmark for the artery's entry, which is itself an estimate unless the model was built from a dissection.",
    },
    sourceLocation: {
      method: 'offset-mm',
      from: 'lcfa-ascending-branch-entry-tfl',
      to: null,
      fraction: null,
      offsetMm: 10,
      offsetRangeMm: [0, 10],
      direction: 'proximal (cranial)',
      description:
        'In 17 of 19 hemipelves one or two nerve branches entered the muscle within 10 mm above the point where the ascending branch of the lateral circumflex femoral artery enters it, on the deep surface near the medial border.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve (inferior branch)',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote: 'Deep (medial) surface of the muscle; depth not reported.',
    safety: [
      'Nerve and ascending lateral circumflex femoral artery enter together; avoid coagulation/retraction in this zone (surgical context)',
      'Lateral femoral cutaneous nerve passes near/medial to the ASIS (textbook)',
    ],
    evidence: {
      kind: 'cadaver',
      n: 19,
      nNote: '19 hemipelves from 12 specimens',
      citation:
        'Grob K, Manestar M, Ackland T, Filgueira L, Kuster MS. Potential risk to the superior gluteal nerve during the anterior approach to the hip joint: an anatomical study. J Bone Joint Surg Am. 2015.',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Potential+risk+to+the+superior+gluteal+nerve+during+the+anterior+approach+to+the+hip+joint',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes:
      'Usually 2 branches (14/19), 1 (4/19) or 3 (1/19) per a lay summary of the paper; the artery entry was put at about 41-54% of muscle length in that summary (secondary source).',
    axisUnverified: false,
    placementConfidence: 'low',
  },
];
