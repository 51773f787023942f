import type { MotorPointRecord } from '../motor-point';

/** Piriformis: motor point, nerve entry and innervation zone records with their sources. */
export const PIRIFORMIS_POINTS: readonly MotorPointRecord[] = [
  {
    id: 'piriformis-nerve-entry',
    muscle: 'piriformis',
    pointType: 'nerve-entry',
    finerType: 'nerve-entry-point',
    rule: {
      kind: 'line-fraction',
      from: 'sacrum-lateral-border',
      to: 'greater-trochanter-tip',
      fraction: 0.1,
      fractionRange: [0, 0.2],
      readingNote:
        "Reported: between the lateral border of the sacrum and one-fifth of the way to the greater trochanter. Taken directly as 0-20 % of the line from the model's sacrum-lateral-border landmark to the trochanter tip; 0.1 is the midpoint (inference).",
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'sacrum-lateral-border',
      to: 'greater-trochanter-tip',
      fraction: 0.1,
      fractionRange: [0.0, 0.2],
      offsetMm: null,
      description:
        'Nerve entry lies between the lateral border of the sacrum and one-fifth of the way toward the greater trochanter. The 0.1 point is the midpoint (inference); this medial fifth lies at or inside the greater sciatic foramen (inference).',
    },
    nerve: {
      id: null,
      name: 'nerve to piriformis (sacral plexus)',
    },
    nerveRoots: ['S1', 'S2'],
    depthNote:
      'Skin to piriformis (CT, living, prone, n=60): lateral 6.6 +/- 0.9 cm, centre 6.3 +/- 0.8 cm, medial 5.2 +/- 0.9 cm; muscle thickness at centre 1.7 +/- 0.4 cm; deeper with higher BMI (Park 2011).',
    safety: [
      'Sciatic nerve usually exits just below piriformis and may pass through it (variants)',
      'Hannah 2023, 7 embalmed donors (14 sides): medial needle pierced piriformis and the sciatic nerve on 11/14 sides; midpoint reached piriformis 11/14 and touched the sciatic nerve 3/14; lateral reached piriformis only 3/14, sciatic nerve 0/14. The authors favoured the midpoint',
      'Kearns 2018, unembalmed (19 hips): needling the medial third reached piriformis 16/19 with no sciatic puncture; choose needle length from fat thickness. The two studies disagree on medial placement',
      'Superior gluteal vessels/nerve at the upper border and inferior gluteal vessels/nerve at the lower border',
      'At or inside the greater sciatic foramen, on the pelvic surface of the muscle: not a needling target',
    ],
    evidence: {
      kind: 'cadaver',
      n: 15,
      nNote: '15 piriformis specimens; modified Sihler staining',
      citation:
        'Yi KH, Lee KL, Lee JH, Hu HW, Lee K, Seo KK, Kim HJ. Guidelines for botulinum neurotoxin injections in piriformis syndrome. Clin Anat. 2021;34(7):1028-1034.',
      url: 'https://ir.ymlib.yonsei.ac.kr/handle/22282913/185380',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes: 'Some texts give L5-S2 for the nerve to piriformis.',
    axisUnverified: false,
  },
  {
    id: 'piriformis-arborization-zone',
    muscle: 'piriformis',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'line-fraction',
      from: 'sacrum-lateral-border',
      to: 'greater-trochanter-tip',
      fraction: 0.3,
      fractionRange: [0.2, 0.4],
      readingNote:
        'Reported: largest arborisation between one-fifth and two-fifths of the sacrum-to-trochanter distance. Taken directly as 20-40 % of the line from the sacrum-lateral-border landmark to the trochanter tip; 0.3 is the midpoint (inference).',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'sacrum-lateral-border',
      to: 'greater-trochanter-tip',
      fraction: 0.3,
      fractionRange: [0.2, 0.4],
      offsetMm: null,
      description:
        'Largest intramuscular arborisation between one-fifth and two-fifths of the sacrum-to-trochanter distance; lateral to two-fifths the muscle is tendinous. The 0.3 point is the midpoint (inference).',
    },
    nerve: {
      id: null,
      name: 'nerve to piriformis (sacral plexus)',
    },
    nerveRoots: ['S1', 'S2'],
    depthNote:
      'Skin to piriformis (CT, living, prone, n=60): lateral 6.6 +/- 0.9 cm, centre 6.3 +/- 0.8 cm, medial 5.2 +/- 0.9 cm; muscle thickness at centre 1.7 +/- 0.4 cm; deeper with higher BMI (Park 2011).',
    safety: [
      'Sciatic nerve usually exits just below piriformis and may pass through it (variants)',
      'Hannah 2023, 7 embalmed donors (14 sides): medial needle pierced piriformis and the sciatic nerve on 11/14 sides; midpoint reached piriformis 11/14 and touched the sciatic nerve 3/14; lateral reached piriformis only 3/14, sciatic nerve 0/14. The authors favoured the midpoint',
      'Kearns 2018, unembalmed (19 hips): needling the medial third reached piriformis 16/19 with no sciatic puncture; choose needle length from fat thickness. The two studies disagree on medial placement',
      'Superior gluteal vessels/nerve at the upper border and inferior gluteal vessels/nerve at the lower border',
      'This medial zone is where sciatic-nerve contact was most frequent in needling studies (inference from combining sources)',
    ],
    evidence: {
      kind: 'cadaver',
      n: 15,
      nNote: '15 piriformis specimens; modified Sihler staining',
      citation:
        'Yi KH, Lee KL, Lee JH, Hu HW, Lee K, Seo KK, Kim HJ. Guidelines for botulinum neurotoxin injections in piriformis syndrome. Clin Anat. 2021;34(7):1028-1034.',
      url: 'https://ir.ymlib.yonsei.ac.kr/handle/22282913/185380',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes: '',
    axisUnverified: false,
  },
  {
    id: 'piriformis-nerve-dense-center',
    muscle: 'piriformis',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'line-fraction',
      from: 'coccyx-tip',
      to: {
        onLine: ['L4-spinous-process', 'L5-spinous-process'],
        levelOf: 'iliac-crest-highest',
      },
      fraction: 0.2853,
      fractionRange: [0.2245, 0.3461],
      perpendicular: {
        toward: 'iliac-crest-highest',
        fraction: 0.4522,
        fractionRange: [0.399, 0.5054],
        axis: 'horizontal (H): from the posterior median line (0) toward the highest point of the iliac crest on this side (1); 2 x the reported fraction of the full crest-to-crest line',
      },
      readingNote:
        "The paper's horizontal (H) and longitudinal (L) reference lines are not defined in the material read, and the record advises checking them before precise use. Read here, as an unconfirmed assumption: H is the line joining the highest points of the two iliac crests, measured from the posterior midline, so 22.61 % of its whole length is 45.22 % of the distance from the midline to this side's crest (assumes a symmetric pelvis); L is the posterior median line from the coccyx tip (0 %) up to the level of the crests (100 %), chosen because it puts piriformis (28.53 %) above obturator internus (10.94 % in the same paper), as anatomy requires. The midline point at crest level is where the line through the L4 and L5 spinous processes reaches the height of the crest's highest point. Ranges are +/- 1 SD. The reported depth (24.64 % of the back-to-front thickness) is not used: the point is projected onto the nearest piriformis surface.",
    },
    sourceLocation: {
      method: 'description',
      from: null,
      to: null,
      fraction: null,
      offsetMm: null,
      description:
        "Centre of the intramuscular nerve-dense region projects to the back of the body at 22.61 +/- 2.66% of the study's horizontal (H) reference line and 28.53 +/- 6.08% of its longitudinal (L) reference line; its depth is 24.64 +/- 2.16% of the back-to-front body thickness along the projection line. The H and L line definitions were not in the material read. The muscle has two neuromuscular compartments.",
    },
    nerve: {
      id: null,
      name: 'nerve to piriformis (sacral plexus)',
    },
    nerveRoots: ['S1', 'S2'],
    depthNote:
      'Reported only as 24.64 +/- 2.16% of the posterior-to-anterior body-surface line (spiral CT). Skin to piriformis (CT, living, prone, n=60): lateral 6.6 +/- 0.9 cm, centre 6.3 +/- 0.8 cm, medial 5.2 +/- 0.9 cm; muscle thickness at centre 1.7 +/- 0.4 cm; deeper with higher BMI (Park 2011).',
    safety: [
      'Sciatic nerve usually exits just below piriformis and may pass through it (variants)',
      'Hannah 2023, 7 embalmed donors (14 sides): medial needle pierced piriformis and the sciatic nerve on 11/14 sides; midpoint reached piriformis 11/14 and touched the sciatic nerve 3/14; lateral reached piriformis only 3/14, sciatic nerve 0/14. The authors favoured the midpoint',
      'Kearns 2018, unembalmed (19 hips): needling the medial third reached piriformis 16/19 with no sciatic puncture; choose needle length from fat thickness. The two studies disagree on medial placement',
      'Superior gluteal vessels/nerve at the upper border and inferior gluteal vessels/nerve at the lower border',
    ],
    evidence: {
      kind: 'cadaver',
      n: 24,
      nNote: '24 adult cadavers; Sihler staining plus spiral CT localisation',
      citation:
        "Hu X, Wang M, He X, Chen P, Jia F, Wang D, Yang S. Division of neuromuscular compartments and localization of the center of the intramuscular nerve-dense region in pelvic wall muscles based on Sihler's staining. Anat Sci Int. 2024;99(1):127-137.",
      doi: '10.1007/s12565-023-00744-4',
    },
    confidence: 'low',
    figureStatus: 'measured-axis-unclear',
    notes:
      'Hidden: the source advises against placing this centre until its horizontal and longitudinal reference lines are confirmed in the full text.',
    axisUnverified: true,
    status: 'pending-reference-lines',
  },
];
