import type { AcupuncturePoint } from '../acupuncture-point';

/** Gallbladder meridian points (WHO 2008 rules paraphrased, with the app's machine rule and its reading). */
export const GALLBLADDER_POINTS: readonly AcupuncturePoint[] = [
  {
    code: 'GB29',
    altCodes: ['GB-29', 'G29'],
    pinyin: 'Jūliáo',
    pinyinPlain: 'Juliao',
    chineseSimplified: '居髎',
    chineseTraditional: '居髎',
    englishNames: ['Stationary Crevice', 'Squatting Bone-hole'],
    meridian: 'Gallbladder meridian (Foot Shaoyang)',
    meridianCode: 'GB',
    region: 'hip (lateral)',
    who2008: {
      covered: true,
      locationRule:
        'Hip region: halfway along the straight line joining the ASIS and the most prominent point of the greater trochanter.',
      notes: null,
      verification: 'consistent-secondary',
      verificationNote:
        'consistent-secondary: same geometry in Japanese-standard pages and English textbooks; WHO page not seen',
    },
    rule: {
      kind: 'line-fraction',
      from: 'ASIS',
      to: 'greater-trochanter-tip',
      fraction: 0.5,
      readingNote:
        "WHO rule taken directly: the midpoint of the straight line from the ASIS to the most prominent point of the greater trochanter (the model's greater-trochanter-tip), projected onto the skin.",
    },
    approximate: false,
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location:
        'On the hip, midpoint of the line from the ASIS to the most prominent point of the greater trochanter (lateral recumbent).',
      differsFromWho: 'no',
      difference: null,
    },
    japan: {
      location: 'Same midpoint rule.',
      differsFromWho: 'no',
    },
    anatomyLayers: [
      'skin',
      'tensor-fasciae-latae / gluteal aponeurosis',
      'gluteus-medius',
      'gluteus-minimus',
      'ilium above the hip joint',
    ],
    nearby: [
      'superior-gluteal-nerve (branches to TFL, deep)',
      'lateral-femoral-cutaneous-nerve (usually medial to the ASIS, superficial)',
      'ascending branch of lateral circumflex femoral artery',
    ],
    relatedMuscles: ['tensor-fasciae-latae', 'gluteus-medius', 'gluteus-minimus'],
    relatedNerves: ['superior-gluteal-nerve'],
    depth: {
      text: '1-2 cun perpendicular; 2-3 cun oblique downward',
      sourceIds: ['meandqi', 'deadman-manual'],
    },
    safety: [
      'Superficial cutaneous nerve territory of the lateral femoral cutaneous nerve; its course near the ASIS varies (mean 2.95 cm from the ASIS along the inguinal ligament in one cadaver series).',
      'Deep needle meets bone (ilium) or the anterolateral hip capsule; no major vessel in the usual path (textbook).',
    ],
    dryNeedlingOverlap:
      'Overlies TFL and gluteus medius/minimus; trigger-point texts link it with gluteus minimus and TFL (low-level evidence).',
    uncertain: ['WHO wording for GB29 not seen in a primary copy.'],
    sourceIds: [
      'meandqi',
      'jp-tsubolab-gb29',
      'jp-olive-chiro',
      'shenyaozi',
      'cn-textbook-dataset',
      'deadman-manual',
      'uzel-2011-lfcn',
    ],
  },
  {
    code: 'GB30',
    altCodes: ['GB-30', 'G30'],
    pinyin: 'Huántiào',
    pinyinPlain: 'Huantiao',
    chineseSimplified: '环跳',
    chineseTraditional: '環跳',
    englishNames: ['Jumping Round', 'Encircling Leap'],
    meridian: 'Gallbladder meridian (Foot Shaoyang)',
    meridianCode: 'GB',
    region: 'buttock (posterolateral hip)',
    who2008: {
      covered: true,
      locationRule:
        'Buttock region: on the line from the most prominent point of the greater trochanter to the sacral hiatus, at the point one third of the way from the trochanter (the junction of the lateral third and medial two thirds).',
      notes:
        'Usually located with the patient lying on the side, hip flexed (Chinese and Japanese notes).',
      verification: 'verified-secondary',
      verificationNote:
        'verified-secondary: WHO English wording reproduced in a third-party reviewed table; Japanese standard identical',
    },
    rule: {
      kind: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: 'sacral-hiatus',
      fraction: 0.3333,
      readingNote:
        'WHO rule taken directly: one third of the way from the greater trochanter tip to the sacral hiatus. The standard locates it lying on the side with the hip flexed; on a standing model the skin line shifts, so the region is drawn 1 cun wide (assumption).',
    },
    approximate: false,
    regionHalfWidthCun: 1.0,
    alternatives: [
      {
        label: "Japanese 'alternative theory' (betsu-setsu)",
        ruleText:
          'On the thigh, one third of the way from the greater-trochanter apex toward the ASIS.',
        rule: {
          kind: 'line-fraction',
          from: 'greater-trochanter-tip',
          to: 'ASIS',
          fraction: 0.3333,
          readingNote:
            'Japanese alternative location taken directly: one third of the way from the greater trochanter tip toward the ASIS, projected onto the skin.',
        },
        status:
          'listed as an alternative in Japanese references; GB30 was among points flagged for further research during the WHO consultations; whether WHO 2008 prints this as a formal alternative was not verified',
        sourceIds: ['jp-standard-higokoro', 'who-consultation-2005'],
      },
    ],
    chineseTradition: {
      location:
        "Lying on the side with the thigh flexed, at the junction of the outer third and middle third of the line from the greater-trochanter prominence to the sacral hiatus (older wording puts it 'on the lateral thigh').",
      differsFromWho: 'no',
      difference:
        'Same point; only the region name differs (lateral thigh vs buttock). Some clinical traditions move it about 1 cun lower to provoke a radiating sensation in sciatica (Deadman).',
    },
    japan: {
      location:
        'Same main rule; an alternative location anterior to the trochanter is also listed.',
      differsFromWho: 'possibly',
    },
    anatomyLayers: [
      'skin',
      'gluteus-maximus',
      'lower border of piriformis / superior gemellus, obturator internus, quadratus femoris',
      'sciatic nerve in the deep plane',
    ],
    nearby: [
      'sciatic-nerve (deep)',
      'inferior-gluteal-nerve and inferior gluteal artery/vein (medial)',
      'posterior femoral cutaneous nerve',
    ],
    relatedMuscles: ['gluteus-maximus', 'piriformis'],
    relatedNerves: ['sciatic-nerve', 'inferior-gluteal-nerve'],
    depth: {
      text: '1.5-3 cun perpendicular (Chinese database); 2-3.5 cun toward the genitals (Deadman); 1.5-2.5 inches (CAM)',
      sourceIds: ['cmd-database', 'deadman-manual', 'cam-1987'],
    },
    safety: [
      "The sciatic nerve lies in the deep plane under this point: texts list it directly beneath, and the desired 'electric sensation to the foot' in sciatica treatment means the needle is touching or in the nerve. In a dry-needling/biomedical frame this is a sign to withdraw, not a goal (the two traditions conflict).",
      'Inference from project data: CT skin-to-piriformis depth is about 5.2-6.6 cm and 1 cun is about 2-2.5 cm, so the textbook depth of 2-3 cun reaches the piriformis/sciatic plane in many adults; depth rises with BMI.',
      'Sciatic variants (about 10-17% pass through or above piriformis) change where the nerve lies.',
      "Show the project's sciatic danger corridor (midway between ischial tuberosity and greater trochanter) together with GB30.",
    ],
    dryNeedlingOverlap:
      'Overlies gluteus maximus; deep target area of piriformis and the short external rotators; cited as a main local point for sciatica and piriformis problems.',
    uncertain: [
      'WHO 2008 note text not seen directly.',
      'Whether WHO lists a formal alternative location for GB30.',
    ],
    sourceIds: [
      'ggookggook-plan',
      'jp-standard-higokoro',
      'jp-olive-chiro',
      'cam-1987',
      'deadman-manual',
      'meandqi',
      'cmd-database',
      'cn-textbook-dataset',
      'who-consultation-2005',
      'project-motor-points',
      'poutoglidou-2020',
    ],
  },
  {
    code: 'GB31',
    altCodes: ['GB-31', 'G31'],
    pinyin: 'Fēngshì',
    pinyinPlain: 'Fengshi',
    chineseSimplified: '风市',
    chineseTraditional: '風市',
    englishNames: ['Wind Market'],
    meridian: 'Gallbladder meridian (Foot Shaoyang)',
    meridianCode: 'GB',
    region: 'lateral thigh',
    who2008: {
      covered: true,
      locationRule:
        'Lateral thigh: in the hollow just behind the iliotibial band, where the tip of the middle finger lands when the person stands with arms hanging and the palm resting on the thigh.',
      notes: null,
      verification: 'consistent-secondary',
      verificationNote:
        'consistent-secondary: Japanese standard pages (which adopted WHO 2008) give this palpation rule; WHO page not seen',
    },
    rule: {
      kind: 'line-fraction',
      from: 'greater-trochanter-tip',
      to: 'popliteal-crease-lateral',
      fraction: 0.6316,
      readingNote:
        'The WHO rule is by palpation (where the middle fingertip lands, behind the iliotibial band), which a model cannot do. Stand-in from the Chinese textbook rule: 7 cun above the popliteal crease on the 19-cun trochanter-to-crease scale, i.e. 12/19 of the way from the greater trochanter tip to the lateral end of the popliteal crease, on the lateral midline. The small shift back to the posterior edge of the iliotibial band is not quantified by the sources and is left inside the 1-cun region.',
    },
    approximate: true,
    approximateNote:
      'Palpation point: the model shows the Chinese 7-cun stand-in; the fingertip position varies with arm length and can differ by a few centimetres.',
    regionHalfWidthCun: 1.0,
    alternatives: [],
    chineseTradition: {
      location:
        'On the lateral midline of the thigh, 7 cun above the popliteal crease; or where the middle fingertip touches with the arms hanging.',
      differsFromWho: 'yes',
      difference:
        'WHO (and Japan) define the point by the fingertip and the back edge of the iliotibial band; Chinese textbooks give a fixed 7-cun height on the lateral midline. Fingertip height varies with arm length, so the two can differ by a few cm.',
    },
    japan: {
      location:
        'Standing with arms hanging and palm on the thigh: where the middle fingertip lands, in the hollow behind the iliotibial band (between ITB and biceps femoris).',
      differsFromWho: 'no',
    },
    anatomyLayers: [
      'skin',
      'iliotibial tract',
      'vastus lateralis (or gap between ITB and biceps femoris)',
    ],
    nearby: [
      'lateral-femoral-cutaneous-nerve territory (skin)',
      'descending branch of lateral circumflex femoral artery',
      'muscular branches of femoral nerve',
    ],
    relatedMuscles: ['tensor-fasciae-latae', 'gluteus-maximus'],
    relatedNerves: ['femoral-nerve'],
    depth: {
      text: '1-2 cun perpendicular (Me&Qi); 0.7-1.2 inches (CAM)',
      sourceIds: ['meandqi', 'cam-1987'],
    },
    safety: [
      'No major nerve trunk in the usual path; skin over it is supplied by the lateral femoral cutaneous nerve.',
    ],
    dryNeedlingOverlap:
      'Over the iliotibial tract/vastus lateralis; often used for lateral thigh and hip pain.',
    uncertain: [
      'Exact WHO wording and any WHO note (some secondary sources mention a cun height) not verified.',
      'GB/T 12346-2006/2021 wording not verified; it may follow the WHO palpation rule.',
    ],
    sourceIds: [
      'jp-standard-higokoro',
      'jp-olive-chiro',
      'cam-1987',
      'meandqi',
      'focks-atlas',
      'shenyaozi',
      'cn-textbook-dataset',
    ],
  },
  {
    code: 'GB34',
    altCodes: ['GB-34', 'G34'],
    pinyin: 'Yánglíngquán',
    pinyinPlain: 'Yanglingquan',
    chineseSimplified: '阳陵泉',
    chineseTraditional: '陽陵泉',
    englishNames: ['Yang Mound Spring'],
    meridian: 'Gallbladder meridian (Foot Shaoyang)',
    meridianCode: 'GB',
    region: 'lateral knee / upper leg',
    who2008: {
      covered: true,
      locationRule:
        'Fibular side of the leg: in the hollow in front of and below the head of the fibula.',
      notes: null,
      verification: 'verified-secondary',
      verificationNote:
        'verified-secondary: WHO English wording reproduced in a third-party reviewed table',
    },
    rule: {
      kind: 'offset-cun',
      from: 'fibular-head',
      direction: {
        anatomical: ['anterior', 'inferior'],
      },
      cun: 1,
      cunScale: 'leg',
      uncertaintyCun: 0.5,
      readingNote:
        "WHO rule: in the hollow in front of and below the head of the fibula, with no distance. About 1 cun anterior and inferior (textbook approximation) from the model's fibular-head landmark. The leg cun needs a lateral malleolus the model does not have, so the thigh cun stands in (app heuristic).",
    },
    approximate: true,
    approximateNote:
      'No distance in the WHO rule; 1 cun is a textbook approximation and the leg cun is borrowed from the thigh.',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location:
        'On the lateral lower leg, in the depression in front of and below the fibular head.',
      differsFromWho: 'no',
      difference: null,
    },
    anatomyLayers: ['skin', 'fibularis longus / extensor digitorum longus'],
    nearby: [
      'common fibular nerve dividing into superficial and deep branches at the fibular neck',
      'lateral inferior genicular vessels',
    ],
    relatedMuscles: [],
    relatedNerves: ['sciatic-nerve'],
    depth: {
      text: '0.8-1.2 cun perpendicular (Chinese database); 1-1.5 cun (Deadman)',
      sourceIds: ['cmd-database', 'deadman-manual'],
    },
    safety: [
      'The common fibular nerve wraps around the fibular neck just below and behind this point and splits here; deep or posteriorly angled needles can reach it. An ultrasound pilot study listed GB34 among points needing careful insertion.',
    ],
    dryNeedlingOverlap:
      'Over the proximal fibularis longus; commonly combined with hip points for lateral-chain pain.',
    uncertain: ['Distance of about 1 cun is a textbook approximation, not part of the WHO rule.'],
    sourceIds: [
      'ggookggook-plan',
      'cmd-database',
      'deadman-manual',
      'cn-textbook-dataset',
      'statpearls-cfn',
      'ultrasound-depth-2013',
    ],
  },
];
