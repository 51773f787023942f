import type { AcupuncturePoint } from '../acupuncture-point';

/** Stomach and spleen meridian points (WHO 2008 rules paraphrased, with the app's machine rule and its reading). */
export const STOMACH_SPLEEN_POINTS: readonly AcupuncturePoint[] = [
  {
    code: 'ST31',
    altCodes: ['ST-31', 'S31'],
    pinyin: 'Bìguān',
    pinyinPlain: 'Biguan',
    chineseSimplified: '髀关',
    chineseTraditional: '髀關',
    englishNames: ['Thigh Gate', 'Thigh Joint'],
    meridian: 'Stomach meridian (Foot Yangming)',
    meridianCode: 'ST',
    region: 'anterior thigh (upper)',
    who2008: {
      covered: true,
      locationRule:
        'Front of the thigh: in the hollow bounded by three muscles - the upper part of rectus femoris, sartorius (medial) and tensor fasciae latae (lateral).',
      notes:
        'WHO notes (paraphrased): with hip and knee slightly bent and the thigh resisted into abduction a small triangle appears, and the point is at its deepest spot just below the apex; equivalently, where the line from the ASIS to the lateral end of the patellar base crosses the horizontal line through the lower border of the pubic symphysis.',
      verification: 'verified-copy',
      verificationNote:
        'verified-copy: WHO English text and notes reproduced by KIOM/KMCRIC and a scan of the WHO page',
    },
    rule: {
      kind: 'at',
      anchor: {
        onLine: ['ASIS', 'patella-base-lateral-end'],
        levelOf: 'pubic-symphysis-inferior-border',
      },
      readingNote:
        "WHO note used as the rule: where the line from the ASIS to the lateral end of the patellar base crosses the horizontal level of the lower border of the pubic symphysis, computed on the model's landmarks and projected onto the skin. The palpation rule (the deepest point of the small triangle between sartorius, tensor fasciae latae and rectus femoris) is not modelled.",
    },
    approximate: true,
    approximateNote:
      'The lower border of the pubic symphysis is an estimated landmark on a generated model.',
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location:
        'On the line from the ASIS to the upper-lateral corner of the patella, level with the perineum (hip flexed), in the hollow lateral to sartorius.',
      differsFromWho: 'minor',
      difference:
        'Horizontal reference is the perineum in older Chinese wording versus the lower border of the pubic symphysis in WHO; practically close.',
    },
    anatomyLayers: [
      'skin',
      'fascia lata',
      'gap between sartorius and TFL',
      'rectus femoris (proximal)',
      'vastus lateralis / iliopsoas region deeper',
    ],
    nearby: [
      'lateral-femoral-cutaneous-nerve branches (superficial, crossing sartorius)',
      'lateral circumflex femoral artery branches (deep)',
      'femoral nerve, artery and vein lie medial to sartorius in the femoral triangle',
    ],
    relatedMuscles: ['tensor-fasciae-latae'],
    relatedNerves: ['femoral-nerve'],
    depth: {
      text: '0.8-1.5 cun perpendicular; 1.5-2 cun oblique',
      sourceIds: ['kiom-kmcric'],
    },
    safety: [
      'Keep lateral to sartorius: the femoral neurovascular bundle lies medial to it in the femoral triangle.',
      'Superficial branches of the lateral femoral cutaneous nerve cross this area.',
    ],
    dryNeedlingOverlap: 'Near the proximal TFL/rectus femoris; relevant to anterior hip pain.',
    uncertain: ['Proxy for the lower border of the pubic symphysis is an estimate.'],
    sourceIds: [
      'kiom-kmcric',
      'who-2008-page-scan-st31',
      'who-2008',
      'docsbay-tutorial',
      'cn-textbook-dataset',
      'uzel-2011-lfcn',
    ],
  },
  {
    code: 'ST36',
    altCodes: ['ST-36', 'S36'],
    pinyin: 'Zúsānlǐ',
    pinyinPlain: 'Zusanli',
    chineseSimplified: '足三里',
    chineseTraditional: '足三里',
    englishNames: ['Leg Three Li'],
    meridian: 'Stomach meridian (Foot Yangming)',
    meridianCode: 'ST',
    region: 'anterior leg (below knee)',
    who2008: {
      covered: true,
      locationRule:
        'Front of the leg: on the line joining ST35 (the hollow lateral to the patellar ligament) and ST41 (front of the ankle), 3 B-cun below ST35.',
      notes: null,
      verification: 'verified-secondary',
      verificationNote:
        'verified-secondary: WHO English wording reproduced in a third-party reviewed table',
    },
    rule: {
      kind: 'offset-cun',
      from: 'ST35-lateral-knee-eye',
      direction: {
        anatomical: ['inferior'],
      },
      cun: 3,
      cunScale: 'leg',
      uncertaintyCun: 0.5,
      readingNote:
        "WHO rule: 3 B-cun below ST35 on the line from ST35 to ST41. The model has no ST41 (front of the ankle), so the line is read as straight down from the model's ST35 landmark. The leg cun needs a lateral malleolus the model does not have, so the thigh cun stands in (app heuristic).",
    },
    approximate: true,
    approximateNote:
      'The leg cun is borrowed from the thigh, and the ST35-ST41 line is taken as vertical.',
    regionHalfWidthCun: 0.5,
    alternatives: [
      {
        label: 'Heuristic stand-in near the tibial tuberosity',
        ruleText:
          'Heuristic stand-in: about one middle-finger breadth lateral to the anterior tibial border, near the level of the lower tibial tuberosity (approximate; label as such)',
        rule: {
          kind: 'offset-cun',
          from: 'tibial-tuberosity',
          direction: {
            anatomical: ['lateral'],
          },
          cun: 1,
          cunScale: 'leg',
          readingNote:
            "Heuristic stand-in from the data: about one middle-finger breadth (1 cun) lateral to the anterior border of the tibia near the lower tibial tuberosity, from the model's tibial-tuberosity landmark; approximate.",
        },
        status: 'app heuristic, not a standard; label as approximate',
        sourceIds: ['cn-textbook-dataset'],
      },
    ],
    chineseTradition: {
      location:
        '3 cun below ST35, one finger-breadth (middle finger) from the anterior crest of the tibia.',
      differsFromWho: 'minor',
      difference:
        'WHO places it on the ST35-ST41 line; Chinese wording adds the one-finger-breadth-from-the-tibial-crest rule. The expression of ST36 was one of the items debated during the WHO consultations.',
    },
    anatomyLayers: ['skin', 'tibialis anterior', 'interosseous membrane (deep)'],
    nearby: [
      'anterior tibial artery and deep fibular nerve (deep, on the interosseous membrane)',
      'lateral sural cutaneous nerve territory',
    ],
    relatedMuscles: [],
    relatedNerves: [],
    depth: {
      text: '1-2 cun perpendicular',
      sourceIds: ['cn-textbook-dataset'],
    },
    safety: [
      'Deep needles can reach the anterior tibial vessels and deep fibular nerve; an ultrasound pilot study listed ST36 among points needing careful insertion.',
    ],
    dryNeedlingOverlap: 'Tibialis anterior; a distal point, not hip anatomy.',
    uncertain: ['Heuristic tibial-tuberosity stand-in is not from a standard.'],
    sourceIds: [
      'ggookggook-plan',
      'who-consultation-2005',
      'cn-textbook-dataset',
      'ultrasound-depth-2013',
    ],
  },
  {
    code: 'SP10',
    altCodes: ['SP-10', 'Sp10'],
    pinyin: 'Xuèhǎi',
    pinyinPlain: 'Xuehai',
    chineseSimplified: '血海',
    chineseTraditional: '血海',
    englishNames: ['Sea of Blood'],
    meridian: 'Spleen meridian (Foot Taiyin)',
    meridianCode: 'SP',
    region: 'anteromedial thigh (above knee)',
    who2008: {
      covered: true,
      locationRule:
        'Anteromedial thigh: on the bulge of vastus medialis, 2 B-cun above the medial end of the base of the patella.',
      notes: null,
      verification: 'consistent-secondary',
      verificationNote:
        'consistent-secondary: Japanese standard pages give the same rule; WHO page not seen',
    },
    rule: {
      kind: 'offset-cun',
      from: 'patella-base-medial-end',
      direction: {
        anatomical: ['superior'],
      },
      cun: 2,
      cunScale: 'thigh-medial',
      readingNote:
        "WHO rule: 2 B-cun above the medial end of the base of the patella, read as straight up from the model's landmark. Cun from the 18-cun inner-thigh scale, with the pubic tubercle standing in for the upper border of the symphysis.",
    },
    approximate: false,
    regionHalfWidthCun: 0.5,
    alternatives: [],
    chineseTradition: {
      location:
        "With the knee flexed, 2 cun above the upper-medial border of the patella on the bulge of the medial quadriceps; also found with the practitioner's palm over the kneecap and thumb at 45 degrees.",
      differsFromWho: 'no',
      difference: 'Same point; Chinese texts add the palm method.',
    },
    anatomyLayers: ['skin', 'vastus medialis'],
    nearby: [
      'anterior femoral cutaneous nerve',
      'muscular branch of femoral nerve',
      'descending genicular artery',
    ],
    relatedMuscles: [],
    relatedNerves: ['femoral-nerve'],
    depth: {
      text: '0.5-1.2 inches (CAM); 1-1.5 cun (Deadman)',
      sourceIds: ['cam-1987', 'deadman-manual'],
    },
    safety: ['No major structure in the usual path (textbook).'],
    dryNeedlingOverlap: 'Vastus medialis; relevant to knee rather than hip.',
    uncertain: ['It is a knee/thigh point, not a hip point; keep it optional in hip views.'],
    sourceIds: [
      'jp-anma-sp10',
      'jp-olive-chiro',
      'cam-1987',
      'deadman-manual',
      'docsbay-tutorial',
      'cn-textbook-dataset',
    ],
  },
];
