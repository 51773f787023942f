import type { MotorPointRecord } from '../motor-point';

/** Psoas major: motor point, nerve entry and innervation zone records with their sources. */
export const PSOAS_MAJOR_POINTS: readonly MotorPointRecord[] = [
  {
    id: 'psoas-major-endplate-zone',
    muscle: 'psoas-major',
    pointType: 'innervation-zone',
    finerType: 'endplate-zone',
    rule: {
      kind: 'line-fraction',
      from: 'T12-transverse-process',
      to: 'psoas-inguinal-crossing',
      fraction: 0.5,
      fractionRange: [0.3, 0.7],
      regionHalfWidthMm: 15,
      readingNote:
        'Reported: 30-70 % of the distance from the T12 vertebra to where psoas passes under the inguinal ligament. Taken directly on the line from the T12 transverse-process tip (standing in for the vertebra, an approximation noted in the record) to the psoas-inguinal-crossing landmark; 0.5 is the midpoint (inference). The band is 15 mm either side of that line, about the half-width of the muscle (assumption).',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'T12-transverse-process',
      to: 'psoas-inguinal-crossing',
      fraction: 0.5,
      fractionRange: [0.3, 0.7],
      offsetMm: null,
      description:
        'End-plate zone from about 30% to 70% of the distance from the T12 vertebra to where psoas passes under the inguinal ligament; equivalently from 50% of the T12-to-sacral-promontory distance down to 20% of the promontory-to-pubis distance. The 0.5 point is the midpoint (inference). The source measured from the Th12 vertebra; using its transverse-process tip is an approximation.',
    },
    nerve: {
      id: null,
      name: 'direct muscular branches of the lumbar plexus (ventral rami)',
    },
    nerveRoots: ['L1', 'L2', 'L3'],
    depthNote:
      'Depth of the zone not reported. At L4, skin (40 mm lateral to spinous process) to psoas averaged 63 mm on MRI (n=100); deeper with body weight (Sugimoto 2020).',
    safety: [
      'Kidney: at L1, needles 2.5 cm lateral to the spinous process missed bone in 44% of cadaver insertions (22% at 1.5 and 2.0 cm)',
      'Lumbar plexus (femoral and obturator nerves) runs inside psoas',
      'Aorta and inferior vena cava anteromedial; ureter crosses in front of the lower psoas',
      'Anterior access above the inguinal ligament passes through the peritoneal cavity (bowel risk)',
      'Published injection techniques use ultrasound, CT or fluoroscopic guidance',
      'Not for blind dry needling: reaching psoas means passing beyond the transverse processes, so the bony backstop that protects paraspinal needling (the kidney data above) does not apply',
    ],
    evidence: {
      kind: 'cadaver',
      n: 24,
      nNote:
        '24 cadaver psoas muscles; stereomicroscopic dissection to terminal twigs; on average 3.7 (2-7) nerve branches entered each muscle',
      citation:
        'Van Campenhout A, Hubens G, Fagard K, Molenaers G. Localization of motor nerve branches of the human psoas muscle. Muscle Nerve. 2010.',
      doi: '10.1002/mus.21660',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes:
      'Roots: some branches also come from L4 (and rarely T12/L5) per a 20-dissection series (SOFCOT abstract).',
    axisUnverified: false,
  },
  {
    id: 'psoas-major-arborization-zone',
    muscle: 'psoas-major',
    pointType: 'innervation-zone',
    finerType: 'intramuscular-nerve-dense-zone',
    rule: {
      kind: 'line-fraction',
      from: 'T12-transverse-process',
      to: 'PSIS',
      fraction: 0.4,
      fractionRange: [0.2, 0.6],
      regionHalfWidthMm: 15,
      readingNote:
        'Reported: between one-fifth and three-fifths of the (vertical) distance from the T12 transverse process to the level of the PSIS. A straight line from the T12 transverse-process tip to the PSIS passes the same heights at the same fractions, so it gives the reported levels; the line itself runs behind and lateral to the muscle, and projection onto psoas finds the muscle near those levels (inference). 0.4 is the midpoint (inference).',
    },
    sourceLocation: {
      method: 'line-fraction',
      from: 'T12-transverse-process',
      to: 'PSIS',
      fraction: 0.4,
      fractionRange: [0.2, 0.6],
      offsetMm: null,
      description:
        'Largest intramuscular arborisation between one-fifth and three-fifths of the (vertical) distance from the T12 transverse process to the level of the PSIS; the lower three-fifths to five-fifths is tendinous. Treating the distance as vertical and using the 0.4 midpoint are inferences.',
    },
    nerve: {
      id: null,
      name: 'direct muscular branches of the lumbar plexus (ventral rami)',
    },
    nerveRoots: ['L1', 'L2', 'L3'],
    depthNote:
      'Depth of the zone not reported. At L4, skin (40 mm lateral to spinous process) to psoas averaged 63 mm on MRI (n=100); deeper with body weight (Sugimoto 2020).',
    safety: [
      'Kidney: at L1, needles 2.5 cm lateral to the spinous process missed bone in 44% of cadaver insertions (22% at 1.5 and 2.0 cm)',
      'Lumbar plexus (femoral and obturator nerves) runs inside psoas',
      'Aorta and inferior vena cava anteromedial; ureter crosses in front of the lower psoas',
      'Anterior access above the inguinal ligament passes through the peritoneal cavity (bowel risk)',
      'Published injection techniques use ultrasound, CT or fluoroscopic guidance',
      'Not for blind dry needling: reaching psoas means passing beyond the transverse processes, so the bony backstop that protects paraspinal needling (the kidney data above) does not apply',
    ],
    evidence: {
      kind: 'cadaver',
      n: 16,
      nNote: '16 psoas major and 16 iliacus specimens; modified Sihler staining',
      citation:
        '(Authors not captured.) Effective botulinum neurotoxin injection in treating iliopsoas spasticity. Clin Anat. 2021;34(3):431-436. PMID 32805076.',
      doi: '10.1002/ca.23670',
    },
    confidence: 'moderate',
    figureStatus: 'measured',
    notes:
      'Authors suggested a posterior approach above the PSIS level for psoas alone and a proximal anterior approach for psoas plus iliacus.',
    axisUnverified: false,
  },
  {
    id: 'psoas-major-l2-l3-branch-level',
    muscle: 'psoas-major',
    pointType: 'nerve-entry',
    finerType: 'nerve-entry-level',
    rule: {
      kind: 'at',
      anchor: {
        onLine: ['T12-transverse-process', 'psoas-inguinal-crossing'],
        levelOf: ['L2-transverse-process', 'L3-transverse-process'],
      },
      regionHalfWidthMm: 20,
      readingNote:
        'Reported: the region facing the L2-L3 space; on average 4.6 cm above the iliac crest in adults, which the authors give as a surface guide. Placed at the height midway between the L2 and L3 transverse-process tips (the vertebral level itself, so it stays at L2-L3 whatever the crest height of a model), where the psoas axis (the line from the T12 transverse-process tip to the psoas crossing under the inguinal ligament) reaches that height, then projected onto psoas (assumption). It is a level, not a point; the 20 mm radius is nominal.',
    },
    sourceLocation: {
      method: 'offset-mm',
      from: 'iliac-crest-highest',
      to: null,
      fraction: null,
      offsetMm: 46,
      direction: 'cranial (level of the L2-L3 interspace, posterior approach)',
      description:
        'The L2-L3 level, on average 4.6 cm above the iliac crest in adults, gives access to more than half of the nerve branches entering psoas; a fluoroscopy-identified posterior approach at this level was proposed.',
    },
    nerve: {
      id: null,
      name: 'direct muscular branches of the lumbar plexus (ventral rami)',
    },
    nerveRoots: ['L1', 'L2', 'L3', 'L4'],
    depthNote:
      'Depth of the zone not reported. At L4, skin (40 mm lateral to spinous process) to psoas averaged 63 mm on MRI (n=100); deeper with body weight (Sugimoto 2020).',
    safety: [
      'Kidney: at L1, needles 2.5 cm lateral to the spinous process missed bone in 44% of cadaver insertions (22% at 1.5 and 2.0 cm)',
      'Lumbar plexus (femoral and obturator nerves) runs inside psoas',
      'Aorta and inferior vena cava anteromedial; ureter crosses in front of the lower psoas',
      'Anterior access above the inguinal ligament passes through the peritoneal cavity (bowel risk)',
      'Published injection techniques use ultrasound, CT or fluoroscopic guidance',
      'Not for blind dry needling: reaching psoas means passing beyond the transverse processes, so the bony backstop that protects paraspinal needling (the kidney data above) does not apply',
      'Ureter lies lower; the authors chose L2-L3 partly to avoid it',
    ],
    evidence: {
      kind: 'cadaver',
      n: 20,
      nNote:
        '20 dissections; branch origins: L2 33%, L3 25%, L1 19%, L4 9%, L5 3%, T12 1%, remainder from the femoral nerve',
      citation:
        '(Authors not captured.) SOFCOT meeting abstract on psoas innervation and a posterior approach for botulinum toxin injection. J Bone Joint Surg Br. 2011;93-B(Supp IV):511.',
      doi: '10.1302/0301-620X.93BSUPP_IV.0930511d',
    },
    confidence: 'low',
    figureStatus: 'measured',
    notes:
      'Meeting abstract only. Psoas measured 27 cm above the inguinal ligament on average in this series.',
    axisUnverified: false,
  },
];
