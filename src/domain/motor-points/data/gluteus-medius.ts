import type { MotorPointRecord } from '../motor-point';

/** Gluteus medius: motor point, nerve entry and innervation zone records with their sources. */
export const GLUTEUS_MEDIUS_POINTS: readonly MotorPointRecord[] = [
  {
    id: 'gluteus-medius-posterior',
    muscle: 'gluteus-medius',
    pointType: 'motor-point',
    finerType: 'motor-point-muscle-surface',
    rule: {
      kind: 'offset',
      from: 'greater-sciatic-notch-apex',
      direction: {
        toward: 'greater-trochanter-tip',
      },
      offsetMm: 30,
      regionHalfWidthMm: 16,
      readingNote:
        "Reported: about 3 cm lateral to the greater sciatic notch, next to the upper border of piriformis, a region of about 35 x 30 mm. 'Lateral' is read as along the line from the apex of the notch toward the tip of the greater trochanter, which follows the upper border of piriformis (assumption: the source says only 'lateral'). The 16 mm radius approximates the 35 x 30 mm region as a circle. Found on the exposed muscle in surgery; in the intact body this part lies under gluteus maximus.",
    },
    sourceLocation: {
      method: 'offset-mm',
      from: 'greater-sciatic-notch-apex',
      to: null,
      fraction: null,
      offsetMm: 30,
      direction: 'lateral, along the upper border of piriformis (piriformis-superior-margin)',
      description:
        'Region of best response on the posterolateral surface of the muscle, next to the upper border of piriformis, about 3 cm lateral to the greater sciatic notch; roughly oval, about 35 x 30 mm.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote:
      'Found by probing the exposed muscle surface during surgery; in situ this part lies under gluteus maximus (depth not reported).',
    safety: [
      'Superior gluteal nerve and vessels leave the pelvis above piriformis at the greater sciatic notch, next to this site',
      'Sciatic nerve leaves the pelvis just below piriformis',
    ],
    evidence: {
      kind: 'in-vivo',
      n: 7,
      nNote:
        '7 muscles in 5 patients; intra-operative epimysial stimulation. Mean threshold 14 mA (2-26); mean current for maximal contraction 34 mA (11-60)',
      citation:
        'Botte MJ, Nakai RJ, Waters RL, McNeal DR, Rubayi S. Motor point delineation of the gluteus medius muscle for functional electrical stimulation: an in vivo anatomic study. Arch Phys Med Rehabil. 1991;72(2):112-114.',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Motor+point+delineation+of+the+gluteus+medius+muscle+for+functional+electrical+stimulation',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes:
      'Only in-vivo stimulation-based motor point found for any of these muscles. The greater sciatic notch is not palpable; Pinho 2023 gives median distances from the SGN at the notch: 7.6 cm to PSIS, 7.5 cm to greater trochanter, 10.9 cm to ASIS, 10.8 cm to ischial tuberosity (usable to place the notch on a model - inference).',
    axisUnverified: false,
  },
  {
    id: 'gluteus-medius-nerve-termination-arc',
    muscle: 'gluteus-medius',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: 'iliac-crest-highest',
      fraction: 0.5,
      fractionRange: [0.333, 0.667],
      regionHalfWidthMm: 35,
      readingNote:
        'Reported: terminal branches form an arc across the middle third of the deep surface, with none within about 5 cm above the trochanter. Read, as in the record, as the middle third (33.3-66.7 %) of the line from the greater trochanter tip to the highest point of the iliac crest (inference). The arc runs across the muscle from front to back, so it is drawn as a band 35 mm either side of that line (assumption). 0.5 is the midpoint, not a measured value.',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: 'iliac-crest-highest',
      fraction: 0.5,
      fractionRange: [0.333, 0.667],
      offsetMm: null,
      description:
        "Terminal branches of the superior gluteal nerve form an arc across the middle third of the deep surface of the muscle; no branches were found within about 5 cm above the trochanter (measured from the midpoint of its upper border). Mapping 'middle third' onto the trochanter-to-crest line is an inference.",
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote:
      'On the deep surface of gluteus medius, between medius and minimus; depth not reported.',
    safety: [
      'Superior gluteal nerve and deep branch of the superior gluteal artery run between gluteus medius and minimus',
      'Another cadaver series found SGN branches as close as 19-20 mm (range 10-35) to the trochanter tip (Ince 2007), so the 5 cm zone is not reliably nerve-free',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote: '10 cadavers dissected bilaterally',
      citation:
        'Jacobs LG, Buxton RA. The course of the superior gluteal nerve in the lateral approach to the hip. J Bone Joint Surg Am. 1989;71(8).',
      url: 'https://insights.ovid.com/crossref?an=00004623-198971080-00018',
    },
    confidence: 'low',
    figureStatus: 'inference',
    notes: 'Draw as a band, not a point. The 0.5 fraction is the midpoint of an inferred range.',
    axisUnverified: true,
  },
  {
    id: 'gluteus-medius-anterior',
    muscle: 'gluteus-medius',
    pointType: 'muscle-part',
    finerType: 'part-level-innervation',
    rule: {
      kind: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: {
        between: ['ASIS', 'iliac-tubercle'],
        fraction: 0.5,
      },
      fraction: 0.5,
      fractionRange: [0.3, 0.7],
      regionHalfWidthMm: 15,
      readingNote:
        'No coordinates were reported, only that the anterior part has its own superior gluteal nerve branch. Placed at the middle of the anterior fibres: 30-70 % of the line from the greater trochanter tip to the iliac crest midway between the ASIS and the iliac tubercle (inference). The marker shows the part that branch supplies, not a measured entry point.',
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      offsetMm: null,
      description:
        'Anterior part of the fan (fibres from the front of the iliac crest running to the front of the greater trochanter). This part receives its own branch of the superior gluteal nerve; no coordinates for the entry or motor point were reported.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote:
      'Not reported. The anterior two-thirds of gluteus medius lie under deep fascia only (not under gluteus maximus) - textbook.',
    safety: [
      'Superior gluteal nerve and vessels lie on the deep surface between medius and minimus',
      'Distal SGN branch between gluteus medius and TFL in half of specimens, about 27 mm caudal and 38 mm ventral to the trochanter tip (Ince 2007)',
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
    notes:
      'Pinheiro et al. 2026 (20 muscles) found entry points in all four areas of the muscle, significantly more in Areas II and IV, but which quadrants these are was not in the material read. Any point placed for this marker in the app is an inference (e.g. the centre of the part).',
    axisUnverified: false,
  },
  {
    id: 'gluteus-medius-middle',
    muscle: 'gluteus-medius',
    pointType: 'muscle-part',
    finerType: 'part-level-innervation',
    rule: {
      kind: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: {
        between: ['iliac-tubercle', 'iliac-crest-highest'],
        fraction: 0.5,
      },
      fraction: 0.5,
      fractionRange: [0.3, 0.7],
      regionHalfWidthMm: 15,
      readingNote:
        "No coordinates were reported, only that the middle part has its own superior gluteal nerve branch. Placed at the middle of the middle fibres: 30-70 % of the line from the greater trochanter tip to the iliac crest midway between the iliac tubercle and the crest's highest point (inference). The marker shows the part that branch supplies, not a measured entry point.",
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      offsetMm: null,
      description:
        'Middle part of the fan (fibres running down to the lateral face of the greater trochanter). This part receives its own branch of the superior gluteal nerve; no coordinates for the entry or motor point were reported.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote:
      'Not reported. The anterior two-thirds of gluteus medius lie under deep fascia only (not under gluteus maximus) - textbook.',
    safety: [
      'Superior gluteal nerve and vessels lie on the deep surface between medius and minimus',
      'Distal SGN branch between gluteus medius and TFL in half of specimens, about 27 mm caudal and 38 mm ventral to the trochanter tip (Ince 2007)',
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
    notes:
      'Pinheiro et al. 2026 (20 muscles) found entry points in all four areas of the muscle, significantly more in Areas II and IV, but which quadrants these are was not in the material read. Any point placed for this marker in the app is an inference (e.g. the centre of the part).',
    axisUnverified: false,
  },
  {
    id: 'gluteus-medius-surface-stimulation-site',
    muscle: 'gluteus-medius',
    pointType: 'motor-point',
    finerType: 'stimulation-site-vendor',
    rule: {
      kind: 'quad',
      corners: {
        u0v0: 'buttock-quadrant-center',
        u1v0: 'greater-trochanter-tip',
        u0v1: 'PSIS',
        u1v1: 'iliac-crest-highest',
      },
      uAxis:
        'medial, at the centre of the buttock quadrants (0), to lateral, at the greater trochanter (1)',
      vAxis: 'inferior, level with the quadrant centre (0), to superior, at the iliac crest (1)',
      u: 0.85,
      uRange: [0.7, 1.0],
      v: 0.75,
      vRange: [0.6, 0.9],
      readingNote:
        "The manual places the electrode just above and lateral to the upper-outer quadrant of the buttock, where gluteus medius lies above the upper border of gluteus maximus. The upper-outer quadrant is approximated by the quadrilateral of the buttock-quadrant centre, the greater trochanter tip, the highest point of the iliac crest and the PSIS (assumption: the manual draws the quadrants but does not name their corners). 'Just above and lateral' is read as the quadrant's upper-lateral corner, u 0.7-1.0 and v 0.6-0.9, kept below the crest so it stays on the muscle (inference).",
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      offsetMm: null,
      description:
        'Electrode just above and lateral to the upper-outer quadrant of the buttock, where gluteus medius lies above the upper border of gluteus maximus.',
    },
    nerve: {
      id: 'superior-gluteal-nerve',
      name: 'superior gluteal nerve',
    },
    nerveRoots: ['L4', 'L5', 'S1'],
    depthNote: 'Surface electrode site; no depth.',
    safety: ['Surface stimulation only'],
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
      'Not measured. Surface-EMG mapping found poor inter-subject uniformity of the gluteus medius innervation zone (Rainoldi 2004, n=10).',
    axisUnverified: false,
  },
];
