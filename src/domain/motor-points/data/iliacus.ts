import type { MotorPointRecord } from '../motor-point';

/** Iliacus: motor point, nerve entry and innervation zone records with their sources. */
export const ILIACUS_POINTS: readonly MotorPointRecord[] = [
  {
    id: 'iliacus-arborization-upper',
    muscle: 'iliacus',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'line-fraction',
      from: 'ASIS',
      to: 'PSIS',
      fraction: 0.4,
      fractionRange: [0.2, 0.6],
      perpendicular: {
        toward: 'lesser-trochanter',
        fraction: 0.1667,
        fractionRange: [0, 0.3333],
        axis: 'longitudinal: from the ASIS-PSIS line (0) toward the lesser trochanter (1), measured perpendicular to that line',
      },
      readingNote:
        'Reported in the plane of the ASIS, PSIS and lesser trochanter: one-fifth to three-fifths of the horizontal distance and the upper third (0 to one-third) of the longitudinal distance. As in the record, horizontal is read as ASIS (0) to PSIS (1) and longitudinal as from the ASIS-PSIS line (0) to the lesser trochanter (1), measured perpendicular to that line; which end is 0 on each axis is an assumption. The point uses the midpoints (0.4 and 1/6), which are inferences. Projected onto the nearest iliacus surface.',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'ASIS',
      to: 'PSIS',
      fraction: 0.4,
      fractionRange: [0.2, 0.6],
      offsetMm: null,
      secondaryAxis: {
        from: 'ASIS-PSIS line',
        to: 'lesser-trochanter',
        fractionRange: [0.0, 0.333],
      },
      description:
        'Referenced to the plane of the ASIS, PSIS and lesser trochanter: densest arborisation at one-fifth to three-fifths of the horizontal distance and the upper third (0 to one-third) of the longitudinal distance. Taking the horizontal axis as ASIS (0) to PSIS (1) and the longitudinal axis as the ASIS-PSIS line (0) to the lesser trochanter (1) is our interpretation (the source does not define the axes); the fraction is a midpoint (inference).',
    },
    nerve: {
      id: 'femoral-nerve',
      name: 'femoral nerve (muscular branches in the iliac fossa)',
    },
    nerveRoots: ['L2', 'L3'],
    depthNote:
      'Not reported; muscle lines the inner surface of the iliac fossa, behind the abdominal contents above the inguinal ligament.',
    safety: [
      'Femoral nerve: AIIS to posterior pole of the femoral nerve 32.1 +/- 7.3 mm supine, 35.7 +/- 6.2 mm side-lying (ultrasound, n=25)',
      'Femoral nerve lies in the groove between psoas and iliacus; knee-extension twitch signals proximity',
      'Needling above the inguinal ligament passes through the peritoneal cavity (bowel risk)',
    ],
    evidence: {
      kind: 'cadaver',
      n: 16,
      nNote: '16 psoas major and 16 iliacus specimens; modified Sihler staining',
      citation:
        '(Authors not captured.) Effective botulinum neurotoxin injection in treating iliopsoas spasticity. Clin Anat. 2021;34(3):431-436. PMID 32805076.',
      doi: '10.1002/ca.23670',
    },
    confidence: 'low',
    figureStatus: 'measured-axis-unclear',
    notes: 'Both iliacus zones come from the same paper; present as areas, not points.',
    axisUnverified: true,
  },
  {
    id: 'iliacus-arborization-lower',
    muscle: 'iliacus',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'line-fraction',
      from: 'ASIS',
      to: 'PSIS',
      fraction: 0.3,
      fractionRange: [0.2, 0.4],
      perpendicular: {
        toward: 'lesser-trochanter',
        fraction: 0.5,
        fractionRange: [0.3333, 0.6667],
        axis: 'longitudinal: from the ASIS-PSIS line (0) toward the lesser trochanter (1), measured perpendicular to that line',
      },
      readingNote:
        'Reported in the plane of the ASIS, PSIS and lesser trochanter: one-fifth to two-fifths of the horizontal distance and the middle third (one-third to two-thirds) of the longitudinal distance. As in the record, horizontal is read as ASIS (0) to PSIS (1) and longitudinal as from the ASIS-PSIS line (0) to the lesser trochanter (1), measured perpendicular to that line; which end is 0 on each axis is an assumption. The point uses the midpoints (0.3 and 1/2), which are inferences. Projected onto the nearest iliacus surface.',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'ASIS',
      to: 'PSIS',
      fraction: 0.3,
      fractionRange: [0.2, 0.4],
      offsetMm: null,
      secondaryAxis: {
        from: 'ASIS-PSIS line',
        to: 'lesser-trochanter',
        fractionRange: [0.333, 0.667],
      },
      description:
        'Referenced to the plane of the ASIS, PSIS and lesser trochanter: densest arborisation at one-fifth to two-fifths of the horizontal distance and the middle third (one-third to two-thirds) of the longitudinal distance. Taking the horizontal axis as ASIS (0) to PSIS (1) and the longitudinal axis as the ASIS-PSIS line (0) to the lesser trochanter (1) is our interpretation (the source does not define the axes); the fraction is a midpoint (inference).',
    },
    nerve: {
      id: 'femoral-nerve',
      name: 'femoral nerve (muscular branches in the iliac fossa)',
    },
    nerveRoots: ['L2', 'L3'],
    depthNote:
      'Not reported; muscle lines the inner surface of the iliac fossa, behind the abdominal contents above the inguinal ligament.',
    safety: [
      'Femoral nerve: AIIS to posterior pole of the femoral nerve 32.1 +/- 7.3 mm supine, 35.7 +/- 6.2 mm side-lying (ultrasound, n=25)',
      'Femoral nerve lies in the groove between psoas and iliacus; knee-extension twitch signals proximity',
      'Needling above the inguinal ligament passes through the peritoneal cavity (bowel risk)',
    ],
    evidence: {
      kind: 'cadaver',
      n: 16,
      nNote: '16 psoas major and 16 iliacus specimens; modified Sihler staining',
      citation:
        '(Authors not captured.) Effective botulinum neurotoxin injection in treating iliopsoas spasticity. Clin Anat. 2021;34(3):431-436. PMID 32805076.',
      doi: '10.1002/ca.23670',
    },
    confidence: 'low',
    figureStatus: 'measured-axis-unclear',
    notes: 'Both iliacus zones come from the same paper; present as areas, not points.',
    axisUnverified: true,
  },
  {
    id: 'iliacus-suprainguinal-motor-point',
    muscle: 'iliacus',
    pointType: 'motor-point',
    finerType: 'motor-point-textbook',
    rule: {
      kind: 'line-fraction',
      from: 'ASIS',
      to: 'umbilicus',
      fraction: 0.333,
      regionHalfWidthMm: 15,
      readingNote:
        "The text gives the 'distal one-third point' between the ASIS and the umbilicus without saying which end the third is counted from; read, as in the record, as one-third of the way from the ASIS. If it means two-thirds from the ASIS, the point moves medially by a third of that line. The needle is taken to the iliac bone and withdrawn into iliacus; the marker is the point projected onto the nearest iliacus surface, not a skin point.",
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'ASIS',
      to: 'umbilicus',
      fraction: 0.333,
      offsetMm: null,
      description:
        "Suprainguinal technique: the 'distal one-third point' between the ASIS and the umbilicus (the text does not make clear which end the third is measured from; 0.333 from the ASIS is our interpretation). The abdominal contents are pressed medially, the needle is taken to the iliac bone and withdrawn under stimulation.",
    },
    nerve: {
      id: 'femoral-nerve',
      name: 'femoral nerve (muscular branches in the iliac fossa)',
    },
    nerveRoots: ['L2', 'L3'],
    depthNote: 'Needle advanced to the iliac bone, then withdrawn into muscle; no depth given.',
    safety: [
      'Femoral nerve: AIIS to posterior pole of the femoral nerve 32.1 +/- 7.3 mm supine, 35.7 +/- 6.2 mm side-lying (ultrasound, n=25)',
      'Femoral nerve lies in the groove between psoas and iliacus; knee-extension twitch signals proximity',
      'Needling above the inguinal ligament passes through the peritoneal cavity (bowel risk)',
      'A superficial needle stimulates abdominal wall muscles instead (textbook)',
    ],
    evidence: {
      kind: 'textbook',
      n: null,
      nNote: 'Atlas chapter; no sample',
      citation:
        "(Book title not captured.) 'Upper leg' chapter: motor points and injection tips for iliopsoas and tensor fasciae latae.",
      url: 'https://entokey.com/upper-leg/',
    },
    confidence: 'low',
    figureStatus: 'textbook',
    notes:
      'The same chapter lists an infrainguinal ultrasound approach over the femoral head (femoral nerve close medially; less likely to hit the motor point) and a posterior imaging-guided approach. Below the inguinal ligament the psoas is mostly tendon, so groin injections mainly reach iliacus (Duong 2020).',
    axisUnverified: true,
  },
];
