import type { AcupuncturePoint } from '../acupuncture-point';

/** Extra points (WHO 2008 rules paraphrased, with the app's machine rule and its reading). */
export const EXTRA_POINTS: readonly AcupuncturePoint[] = [
  {
    code: 'EX-B7',
    altCodes: ['EX-B-7'],
    pinyin: 'Yāoyǎn',
    pinyinPlain: 'Yaoyan',
    chineseSimplified: '腰眼',
    chineseTraditional: '腰眼',
    englishNames: ['Lumbar Eyes'],
    meridian: 'Extra point of the back (not on a meridian)',
    meridianCode: 'EX-B',
    region: 'lumbar (lateral)',
    who2008: {
      covered: false,
      locationRule: null,
      notes:
        'WHO 2008 standardises only the 361 meridian points; EX-B7 has a WHO 1991 nomenclature code but no WHO 2008 location.',
      verification: 'not-applicable',
      verificationNote: 'not-applicable',
    },
    locationRuleUsed:
      'Lumbar region: in the hollow about 3.5 cun lateral to the lower border of the L4 spinous process (Chinese textbook/extra-point tradition).',
    rule: {
      kind: 'offset-cun',
      from: 'L4-spinous-process',
      direction: {
        anatomical: ['lateral'],
      },
      cun: 3.5,
      cunScale: 'back',
      uncertaintyCun: 0.5,
      readingNote:
        "Not in WHO 2008; the Chinese extra-point rule is level with the lower border of the L4 spinous process, 3.5 cun lateral to the posterior median line: from the model's L4-spinous-process landmark, then 3.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.",
    },
    approximate: true,
    approximateNote:
      'Back cun is an app estimate (no scapula in the model); extra-point sources give 3 to 4 cun.',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location:
        'Lying prone, in the depression 3.5 cun lateral to the lower border of the L4 spinous process.',
      differsFromWho: 'not-applicable',
      difference: 'No WHO location exists.',
    },
    anatomyLayers: [
      'skin',
      'thoracolumbar fascia',
      'lateral edge of erector spinae (iliocostalis)',
      'quadratus lumborum deeper',
    ],
    nearby: ['iliac crest just below', 'lower pole of the kidney in some people (inference)'],
    relatedMuscles: [],
    relatedNerves: [],
    depth: {
      text: '0.5-1 cun (Acupuncture Nepal); up to 1.5 cun (TCM Wiki)',
      sourceIds: ['yaoyan-pages'],
    },
    safety: [
      "Lateral lumbar point: avoid deep perpendicular needling in thin patients; the kidney's lower pole can reach the L3-L4 level (inference, not measured here).",
    ],
    dryNeedlingOverlap:
      'Quadratus lumborum / iliocostalis region, a common low-back pain needling site.',
    uncertain: [
      'Exact lateral distance and whether it should be 3-4 cun vary between extra-point sources.',
    ],
    sourceIds: ['yaoyan-pages', 'who-1991-nomenclature', 'focks-atlas'],
  },
];
