import type { MotorPointRecord } from '../motor-point';

/** Gluteus minimus: motor point, nerve entry and innervation zone records with their sources. */
export const GLUTEUS_MINIMUS_POINTS: readonly MotorPointRecord[] = [
  {
    id: 'gluteus-minimus-nerve-branch',
    muscle: 'gluteus-minimus',
    pointType: 'nerve-entry',
    finerType: 'nerve-branch-near-entry',
    rule: {
      kind: 'offset',
      from: 'greater-trochanter-tip',
      direction: {
        anatomical: ['superior'],
      },
      offsetMm: 33,
      offsetRangeMm: [20, 50],
      readingNote:
        'Reported: 33 mm (range 20-50) from the tip of the greater trochanter, in the deep layer. The direction is not stated; read as straight up (cranial), as in the record, since the branch runs between gluteus medius and minimus above the trochanter (inference). Drawn as the 20-50 mm stretch, projected onto gluteus minimus.',
    },
    sourceLocation: {
      method: 'offset-mm',
      from: 'greater-trochanter-tip',
      to: null,
      fraction: null,
      offsetMm: 33,
      offsetRangeMm: [20, 50],
      direction: 'cranial (proximal), in the deep layer under gluteus medius (direction inferred)',
      description:
        'The superior gluteal nerve branch to gluteus minimus lies in the deeper layer about 33 mm (20-50) from the tip of the greater trochanter.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote:
      'Deep to gluteus medius, on or near the surface of gluteus minimus; depth not reported.',
    safety: [
      'Branch to gluteus minimus is the SGN branch nearest the greater trochanter (meta-analysis, 41 studies, 869 hemipelves)',
      'Deep branch of the superior gluteal artery accompanies the nerve between medius and minimus',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote: '20 legs from 11 formalin-fixed cadavers',
      citation:
        'Ince A, Kemper M, Waschke J, Hendrich C. Minimally invasive anterolateral approach to the hip: risk to the superior gluteal nerve. Acta Orthop. 2007;78(1):86-89.',
      url: 'https://coxa.fi/coxapro/en/clinical-library/minimally-invasive-anterolateral-approach-to-the-hip-risk-to-the-superior-gluteal-nerve',
      doi: '10.1080/17453670610013466',
    },
    confidence: 'low',
    figureStatus: 'measured-direction-inferred',
    notes:
      'No motor-point, nerve-entry map or Sihler study specific to gluteus minimus was found. This is the best available nerve-position figure.',
    axisUnverified: false,
  },
  {
    id: 'gluteus-minimus-anterior',
    muscle: 'gluteus-minimus',
    pointType: 'muscle-part',
    finerType: 'part-level-innervation',
    rule: {
      kind: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: {
        between: ['ASIS', 'AIIS'],
        fraction: 0.5,
      },
      fraction: 0.5,
      fractionRange: [0.3, 0.7],
      regionHalfWidthMm: 15,
      readingNote:
        'No coordinates were reported, only that the anterior part has its own superior gluteal nerve branch. Placed at the middle of the anterior fibres: 30-70 % of the line from the greater trochanter tip toward the midpoint of the ASIS and AIIS, near the front of the origin between the anterior and inferior gluteal lines (inference).',
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      offsetMm: null,
      description:
        'The anterior part of gluteus minimus receives its own branch of the superior gluteal nerve; no coordinates reported. The muscle is the deepest gluteal layer, on the outer ilium between the anterior and inferior gluteal lines, inserting on the front of the greater trochanter.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote: 'Not reported; deepest gluteal layer lying on the ilium (textbook).',
    safety: [
      'Superior gluteal nerve and deep superior gluteal vessels lie on its superficial surface',
      'Near its insertion it lies on the hip-joint capsule',
    ],
    evidence: {
      kind: 'cadaver',
      n: 18,
      nNote: '18 adult cadavers; gross dissection of hip abductors',
      citation:
        'Al-Hayani A. The functional anatomy of hip abductors. Folia Morphol (Warsz). 2009. PMID 19449297. See also Gottschalk F, Kourosh S, Leveau B. The functional anatomy of tensor fasciae latae and gluteus medius and minimus. J Anat. 1989;166:179-189.',
      url: 'https://pubmed.ncbi.nlm.nih.gov/19449297/',
    },
    confidence: 'low',
    figureStatus: 'measured-qualitative',
    notes: 'Any point placed for this marker is an inference.',
    axisUnverified: false,
  },
  {
    id: 'gluteus-minimus-posterior',
    muscle: 'gluteus-minimus',
    pointType: 'muscle-part',
    finerType: 'part-level-innervation',
    rule: {
      kind: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: {
        between: ['greater-sciatic-notch-apex', 'iliac-crest-highest'],
        fraction: 0.25,
      },
      fraction: 0.5,
      fractionRange: [0.3, 0.7],
      regionHalfWidthMm: 15,
      readingNote:
        'No coordinates were reported, only that the posterior part has its own superior gluteal nerve branch. Placed at the middle of the posterior fibres: 30-70 % of the line from the greater trochanter tip toward a point a quarter of the way from the apex of the greater sciatic notch to the highest point of the iliac crest, the back of the origin kept above piriformis (inference).',
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      offsetMm: null,
      description:
        'The posterior part of gluteus minimus receives its own branch of the superior gluteal nerve; no coordinates reported. The muscle is the deepest gluteal layer, on the outer ilium between the anterior and inferior gluteal lines, inserting on the front of the greater trochanter.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote: 'Not reported; deepest gluteal layer lying on the ilium (textbook).',
    safety: [
      'Superior gluteal nerve and deep superior gluteal vessels lie on its superficial surface',
      'Near its insertion it lies on the hip-joint capsule',
      'The posterior part lies near the greater sciatic notch, where the superior gluteal artery trunk leaves the pelvis and the sciatic nerve runs just below',
    ],
    evidence: {
      kind: 'cadaver',
      n: 18,
      nNote: '18 adult cadavers; gross dissection of hip abductors',
      citation:
        'Al-Hayani A. The functional anatomy of hip abductors. Folia Morphol (Warsz). 2009. PMID 19449297. See also Gottschalk F, Kourosh S, Leveau B. The functional anatomy of tensor fasciae latae and gluteus medius and minimus. J Anat. 1989;166:179-189.',
      url: 'https://pubmed.ncbi.nlm.nih.gov/19449297/',
    },
    confidence: 'low',
    figureStatus: 'measured-qualitative',
    notes: 'Any point placed for this marker is an inference.',
    axisUnverified: false,
  },
];
