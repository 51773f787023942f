import type { AcupuncturePoint } from '../acupuncture-point';

/** Bladder meridian points (WHO 2008 rules paraphrased, with the app's machine rule and its reading). */
export const BLADDER_POINTS: readonly AcupuncturePoint[] = [
  {
    code: 'BL53',
    altCodes: ['BL-53', 'UB53', 'B53'],
    pinyin: 'Bāohuāng',
    pinyinPlain: 'Baohuang',
    chineseSimplified: '胞肓',
    chineseTraditional: '胞肓',
    englishNames: ['Bladder Vitals', 'Uterus Huang'],
    meridian: 'Bladder meridian (Foot Taiyang)',
    meridianCode: 'BL',
    region: 'buttock (upper medial)',
    who2008: {
      covered: true,
      locationRule:
        'Buttock region: level with the second posterior sacral foramen, 3 B-cun lateral to the median sacral crest.',
      notes: null,
      verification: 'recalled-unverified',
      verificationNote:
        'recalled-unverified: wording matches the sister point BL54 (seen in the KIOM copy of WHO text) and all textbooks; BL53 page itself not seen',
    },
    rule: {
      kind: 'offset-cun',
      from: {
        onLine: ['L5-spinous-process', 'sacral-hiatus'],
        levelOf: 'S2-posterior-sacral-foramen',
      },
      direction: {
        anatomical: ['lateral'],
      },
      cun: 3,
      cunScale: 'back',
      uncertaintyCun: 0.5,
      readingNote:
        "Level with the second posterior sacral foramen, 3 cun lateral to the posterior median line: the point of the posterior median line (through the L5 spinous process and the sacral hiatus) level with the model's S2 foramen landmark, then 3 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.",
    },
    approximate: true,
    approximateNote: 'Back cun is an app estimate (no scapula in the model).',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location:
        'On the buttock, level with the 2nd posterior sacral foramen, 3 cun lateral to the median sacral crest.',
      differsFromWho: 'no',
      difference: null,
    },
    anatomyLayers: [
      'skin',
      'gluteus-maximus',
      'gluteus-medius (upper lateral) / piriformis origin region deeper medially',
    ],
    nearby: [
      'superior gluteal vessels and nerve at the greater sciatic notch (deep, lateral-inferior)',
      'cluneal nerves (skin)',
    ],
    relatedMuscles: ['gluteus-maximus', 'gluteus-medius', 'piriformis'],
    relatedNerves: ['superior-gluteal-nerve'],
    depth: {
      text: '1-1.5 cun perpendicular or oblique',
      sourceIds: ['meandqi'],
    },
    safety: [
      'Deep and lateral-inferior needling approaches the greater sciatic notch, where the superior gluteal artery, vein and nerve leave the pelvis above piriformis (anatomical inference).',
    ],
    dryNeedlingOverlap:
      "Over the upper medial gluteus maximus near the sacral border; the project's gluteus medius posterior motor-point region lies a few cm lateral-inferior (inference).",
    uncertain: ['WHO page for BL53 not seen.'],
    sourceIds: ['meandqi', 'cn-textbook-dataset', 'kiom-kmcric'],
  },
  {
    code: 'BL54',
    altCodes: ['BL-54', 'UB54', 'B54'],
    pinyin: 'Zhìbiān',
    pinyinPlain: 'Zhibian',
    chineseSimplified: '秩边',
    chineseTraditional: '秩邊',
    englishNames: ["Order's Edge", 'Orderly Border'],
    meridian: 'Bladder meridian (Foot Taiyang)',
    meridianCode: 'BL',
    region: 'buttock (centre)',
    who2008: {
      covered: true,
      locationRule:
        'Buttock region: level with the fourth posterior sacral foramen, 3 B-cun lateral to the median sacral crest.',
      notes:
        'WHO note (paraphrased): this is 3 B-cun lateral to the sacral hiatus, on the same level as BL30.',
      verification: 'verified-copy',
      verificationNote: 'verified-copy: WHO English text reproduced by KIOM/KMCRIC',
    },
    rule: {
      kind: 'offset-cun',
      from: 'sacral-hiatus',
      direction: {
        anatomical: ['lateral'],
      },
      cun: 3,
      cunScale: 'back',
      uncertaintyCun: 0.5,
      readingNote:
        'Level with the fourth posterior sacral foramen (WHO note: level with the sacral hiatus), 3 cun lateral to the posterior median line: from the sacral-hiatus landmark on the midline, then 3 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.',
    },
    approximate: true,
    approximateNote: 'Back cun is an app estimate (no scapula in the model).',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location:
        'On the buttock, level with the 4th posterior sacral foramen, 3 cun lateral to the median sacral crest.',
      differsFromWho: 'no',
      difference: null,
    },
    anatomyLayers: [
      'skin',
      'gluteus-maximus',
      'gluteus-medius edge / piriformis lower border region',
    ],
    nearby: [
      'structures leaving below piriformis: sciatic nerve, inferior gluteal nerve and vessels, pudendal nerve and internal pudendal vessels (deep)',
    ],
    relatedMuscles: ['gluteus-maximus', 'piriformis'],
    relatedNerves: ['sciatic-nerve', 'inferior-gluteal-nerve'],
    depth: {
      text: '0.5-1.5 cun perpendicular; 2-3 cun oblique (angled medially for genital complaints)',
      sourceIds: ['kiom-kmcric'],
    },
    safety: [
      'Deep needles here point toward the infrapiriform part of the greater sciatic foramen, where the sciatic, inferior gluteal and pudendal neurovascular bundles run (anatomical inference; not measured).',
    ],
    dryNeedlingOverlap:
      'Centre of the buttock over gluteus maximus; deep to it the medial piriformis region that cadaver studies show is closest to the sciatic nerve.',
    uncertain: [],
    sourceIds: ['kiom-kmcric', 'focks-atlas', 'cn-textbook-dataset', 'project-motor-points'],
  },
  {
    code: 'BL36',
    altCodes: ['BL-36', 'UB36', 'B36'],
    pinyin: 'Chéngfú',
    pinyinPlain: 'Chengfu',
    chineseSimplified: '承扶',
    chineseTraditional: '承扶',
    englishNames: ['Hold and Support', 'Supporting the Hip'],
    meridian: 'Bladder meridian (Foot Taiyang)',
    meridianCode: 'BL',
    region: 'buttock / posterior thigh junction',
    who2008: {
      covered: true,
      locationRule: 'Buttock region: at the midpoint of the gluteal fold.',
      notes: null,
      verification: 'recalled-unverified',
      verificationNote:
        'recalled-unverified: geometry identical in all sources; WHO page not seen (KIOM copy of BL37 uses BL36 as its reference)',
    },
    rule: {
      kind: 'at',
      anchor: 'gluteal-fold-midpoint',
      readingNote:
        "WHO rule taken directly: the model's gluteal-fold-midpoint landmark, projected onto the skin. The fold is a soft-tissue landmark and moves with posture and body build.",
    },
    approximate: false,
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location: 'On the back of the thigh, at the midpoint of the transverse gluteal crease.',
      differsFromWho: 'no',
      difference:
        'Same point; WHO assigns it to the buttock region, older Chinese wording to the posterior thigh.',
    },
    anatomyLayers: [
      'skin',
      'lower border of gluteus-maximus',
      'origin of hamstrings (biceps femoris long head / semitendinosus)',
    ],
    nearby: [
      'sciatic-nerve (directly deep)',
      'posterior femoral cutaneous nerve',
      'inferior gluteal artery and vein branches',
    ],
    relatedMuscles: ['gluteus-maximus'],
    relatedNerves: ['sciatic-nerve'],
    depth: {
      text: '1-2 cun perpendicular',
      sourceIds: ['meandqi'],
    },
    safety: [
      'Marked as a point needing extra caution: the sciatic nerve lies directly beneath, with the inferior gluteal vessels; a sharp shooting pain down the leg means nerve contact.',
    ],
    dryNeedlingOverlap:
      'At the gluteal fold over the lower gluteus maximus and proximal hamstrings.',
    uncertain: ['WHO page for BL36 not seen.'],
    sourceIds: ['meandqi', 'kiom-kmcric', 'cn-textbook-dataset', 'docsbay-tutorial'],
  },
  {
    code: 'BL23',
    altCodes: ['BL-23', 'UB23', 'B23'],
    pinyin: 'Shènshū',
    pinyinPlain: 'Shenshu',
    chineseSimplified: '肾俞',
    chineseTraditional: '腎俞',
    englishNames: ['Kidney Shu'],
    meridian: 'Bladder meridian (Foot Taiyang)',
    meridianCode: 'BL',
    region: 'lumbar (upper)',
    who2008: {
      covered: true,
      locationRule:
        'Lumbar region: level with the lower border of the L2 spinous process, 1.5 B-cun lateral to the posterior median line.',
      notes: null,
      verification: 'verified-secondary',
      verificationNote:
        'verified-secondary: WHO English wording reproduced in a third-party reviewed table',
    },
    rule: {
      kind: 'offset-cun',
      from: 'L2-spinous-process',
      direction: {
        anatomical: ['lateral'],
      },
      cun: 1.5,
      cunScale: 'back',
      uncertaintyCun: 0.5,
      readingNote:
        "Level with the lower border of the L2 spinous process, 1.5 cun lateral to the posterior median line: from the model's L2-spinous-process landmark, which stands for its lower border, then 1.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.",
    },
    approximate: true,
    approximateNote: 'Back cun is an app estimate (no scapula in the model).',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location: 'Below the L2 spinous process, 1.5 cun lateral to the posterior midline.',
      differsFromWho: 'no',
      difference: null,
    },
    anatomyLayers: [
      'skin',
      'thoracolumbar fascia',
      'erector spinae',
      'quadratus lumborum / psoas deeper laterally',
    ],
    nearby: ['kidney (deep, anterior-lateral)', 'posterior rami of L1-L2'],
    relatedMuscles: ['psoas-major'],
    relatedNerves: [],
    depth: {
      text: '0.5-1.5 cun, oblique preferred',
      sourceIds: ['meandqi', 'focks-atlas'],
    },
    safety: [
      'Deep perpendicular needling risks the kidney; kidney injury is listed among reported adverse events.',
      'Spinal cord ends near L1-L2; avoid deep medially angled needles (inference).',
    ],
    dryNeedlingOverlap: 'Upper lumbar erector spinae.',
    uncertain: [],
    sourceIds: [
      'ggookggook-plan',
      'focks-atlas',
      'meandqi',
      'acumeridian-bl23',
      'cn-textbook-dataset',
      'wu-2015-adverse',
    ],
  },
  {
    code: 'BL25',
    altCodes: ['BL-25', 'UB25', 'B25'],
    pinyin: 'Dàchángshū',
    pinyinPlain: 'Dachangshu',
    chineseSimplified: '大肠俞',
    chineseTraditional: '大腸俞',
    englishNames: ['Large Intestine Shu'],
    meridian: 'Bladder meridian (Foot Taiyang)',
    meridianCode: 'BL',
    region: 'lumbar',
    who2008: {
      covered: true,
      locationRule:
        'Lumbar region: level with the lower border of the L4 spinous process, 1.5 B-cun lateral to the posterior median line.',
      notes: null,
      verification: 'recalled-unverified',
      verificationNote:
        'recalled-unverified: same geometry in Focks and Chinese sources; WHO page not seen',
    },
    rule: {
      kind: 'offset-cun',
      from: 'L4-spinous-process',
      direction: {
        anatomical: ['lateral'],
      },
      cun: 1.5,
      cunScale: 'back',
      uncertaintyCun: 0.5,
      readingNote:
        "Level with the lower border of the L4 spinous process, 1.5 cun lateral to the posterior median line: from the model's L4-spinous-process landmark, which stands for its lower border (the few millimetres between them lie inside the region), then 1.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.",
    },
    approximate: true,
    approximateNote: 'Back cun is an app estimate (no scapula in the model).',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location: 'Below the L4 spinous process, 1.5 cun lateral to the posterior midline.',
      differsFromWho: 'no',
      difference: null,
    },
    anatomyLayers: [
      'skin',
      'thoracolumbar fascia',
      'erector spinae (longissimus)',
      'multifidus/transverse process region deeper',
    ],
    nearby: [
      'posterior ramus of lumbar nerves',
      'posterior branches of the 4th lumbar artery and vein',
    ],
    relatedMuscles: ['psoas-major'],
    relatedNerves: [],
    depth: {
      text: '0.8-1.2 inches perpendicular (CAM)',
      sourceIds: ['focks-atlas'],
    },
    safety: [
      'Depth to the transverse processes at L4 is about 5.7 cm on MRI and rises with BMI; very deep or medially angled needles approach the spinal canal and neural foramina (inference).',
    ],
    dryNeedlingOverlap:
      "Over lumbar erector spinae/multifidus; iliac-crest line used to find L4 (Tuffier's line varies).",
    uncertain: [
      'WHO page not seen.',
      'Iliac-crest line may fall at L3-L4 or L4-L5 depending on posture and body type.',
    ],
    sourceIds: ['focks-atlas', 'cn-textbook-dataset', 'lumbar-depth-2020', 'lin-2013-depth'],
  },
  {
    code: 'BL26',
    altCodes: ['BL-26', 'UB26', 'B26'],
    pinyin: 'Guānyuánshū',
    pinyinPlain: 'Guanyuanshu',
    chineseSimplified: '关元俞',
    chineseTraditional: '關元俞',
    englishNames: ['Gate of Origin Shu'],
    meridian: 'Bladder meridian (Foot Taiyang)',
    meridianCode: 'BL',
    region: 'lumbar (lumbosacral)',
    who2008: {
      covered: true,
      locationRule:
        'Lumbar region: level with the lower border of the L5 spinous process, 1.5 B-cun lateral to the posterior median line.',
      notes: null,
      verification: 'recalled-unverified',
      verificationNote:
        'recalled-unverified: same geometry in Focks and Chinese sources; WHO page not seen',
    },
    rule: {
      kind: 'offset-cun',
      from: 'L5-spinous-process',
      direction: {
        anatomical: ['lateral'],
      },
      cun: 1.5,
      cunScale: 'back',
      uncertaintyCun: 0.5,
      readingNote:
        "Level with the lower border of the L5 spinous process, 1.5 cun lateral to the posterior median line: from the model's L5-spinous-process landmark, which stands for its lower border, then 1.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.",
    },
    approximate: true,
    approximateNote: 'Back cun is an app estimate (no scapula in the model).',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location: 'Below the L5 spinous process, 1.5 cun lateral to the posterior midline.',
      differsFromWho: 'no',
      difference: null,
    },
    anatomyLayers: [
      'skin',
      'thoracolumbar fascia',
      'erector spinae / multifidus',
      'L5-S1 facet region deeper',
    ],
    nearby: ['posterior rami of L5', 'iliolumbar region'],
    relatedMuscles: [],
    relatedNerves: [],
    depth: {
      text: '0.5-1.5 cun perpendicular (Focks)',
      sourceIds: ['focks-atlas'],
    },
    safety: [
      'Similar to BL25; MRI depth to the L5 transverse process about 5.9 cm (rises with BMI).',
    ],
    dryNeedlingOverlap: 'Lumbosacral multifidus region.',
    uncertain: ['WHO page not seen.'],
    sourceIds: ['focks-atlas', 'cn-textbook-dataset', 'lumbar-depth-2020'],
  },
];
