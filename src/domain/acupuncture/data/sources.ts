/**
 * Sources of the acupuncture layer. Location rules are paraphrased from them, never quoted;
 * `url` is `null` where no stable public address was recorded.
 */
export const ACUPUNCTURE_SOURCES = {
  'who-2008': {
    citation:
      'World Health Organization Regional Office for the Western Pacific. WHO Standard Acupuncture Point Locations in the Western Pacific Region. Manila: WHO; 2008 (updated reprint 2009). ISBN 978 92 9061 248 7.',
    url: 'https://orientalmed.ac.uk/library/2019/07/16/who-standard-acupuncture-point-locations-in-the-western-pacific-region/',
    kind: 'international standard (copyrighted)',
    howUsed:
      'Location rules are paraphrased, not quoted. The book itself was only seen in fragments (table of contents, part scans, and pages that reproduce individual entries). Each point says how its WHO rule was checked.',
  },
  'lim-2009': {
    citation:
      'Lim S. WHO Standard Acupuncture Point Locations. Evid Based Complement Alternat Med. 2010;7(2):167-168. doi:10.1093/ecam/nep006',
    url: 'https://doi.org/10.1093/ecam/nep006',
    kind: 'commentary',
    howUsed:
      '92 of 361 points were controversial; 86 agreed; 6 left unresolved. The standard covers the 361 meridian points only.',
  },
  'who-consultation-2005': {
    citation:
      'Report on the WHO informal consultation on development of international standard acupuncture point locations (Daejeon, 2005): GB30 among points needing more research.',
    url: 'https://acemap.info/paper/292249424',
    kind: 'meeting report abstract',
  },
  'who-2008-page-scan-st31': {
    citation: 'Document-sharing copy of WHO 2008 pages 61-63 (Stomach meridian ST31-ST34).',
    url: 'https://m.jinchutou.com/shtml/view-571396123.html',
    kind: 'copy of standard pages',
  },
  'who-1991-nomenclature': {
    citation:
      'WHO Scientific Group. A Proposed Standard International Acupuncture Nomenclature. Geneva: WHO; 1991. ISBN 92 4 154417 1 (48 extra points with codes such as EX-B7).',
    url: 'https://docslib.org/doc/5242817/a-proposed-standard-international-acupuncture-nomenclature-report-of-a-who-scientific-group',
    kind: 'international nomenclature',
  },
  'kiom-kmcric': {
    citation:
      'Korea Institute of Oriental Medicine, KMCRIC acupoint database (reproduces WHO 2008 English location text and notes, with Korean translation and needling depth).',
    url: 'https://m.kmcric.com/knowledge/acupoint/BL/BL54',
    kind: 'national institute database',
    pages: {
      BL54: 'https://m.kmcric.com/knowledge/acupoint/BL/BL54',
      ST31: 'https://m.kmcric.com/knowledge/acupoint/ST/ST31',
      BL37: 'https://m.kmcric.com/knowledge/acupoint/BL/BL37',
      SP8: 'https://www.kmcric.com/database/acupoint/SP/SP8',
    },
  },
  'ggookggook-plan': {
    citation:
      'Third-party app plan in a public GitHub repository (a reviewed table of 37 acupoints with WHO 2008 English location text for GB30, GB34, ST36, BL23 and others).',
    url: null,
    kind: 'third-party compilation',
    howUsed: 'Secondary confirmation of the WHO wording for GB30, GB34, ST36, BL23.',
  },
  'jp-standard-higokoro': {
    citation:
      "Higokoro (Japanese acupuncture reference following the Japanese adoption of the WHO 2008 standard): GB30 main and alternative ('betsu-setsu') location; GB31.",
    url: 'https://www.higokoro.com/acupuncture-points/3628/',
    kind: 'national-practice reference (Japanese)',
    pages: {
      GB31: 'https://higokoro.com/tag/gb31/',
    },
  },
  'jp-olive-chiro': {
    citation:
      'Olive Chiropractic blog, Japanese point descriptions for GB29, GB30, GB31, SP10 (Japanese standard wording).',
    url: 'https://www.olive-chiro.com/blog/page/59',
    kind: 'practitioner website (Japanese)',
    pages: {
      SP10: 'https://www.olive-chiro.com/archives/2018/04/14/',
    },
  },
  'jp-anma-sp10': {
    citation:
      "anma-massage.jp, 'Xuehai (SP10)' (Japanese standard: 2 cun above the medial end of the patellar base, on the vastus medialis bulge).",
    url: 'https://anma-massage.jp/?p=1476',
    kind: 'practitioner website (Japanese)',
  },
  'jp-tsubolab-gb29': {
    citation:
      "tsubolab, 'GB29 Juliao' (Japanese standard: midpoint of ASIS and greater-trochanter apex).",
    url: 'https://tsubolab.com/gb29',
    kind: 'practitioner website (Japanese)',
  },
  'cn-textbook-dataset': {
    citation:
      "Third-party TypeScript dataset of the 362 meridian points with Chinese (traditional characters) location text and English glosses, self-described as following GB/T 12346-2021 via a worksheet; wording matches older Chinese textbook conventions for several points (e.g. GB31 '7 cun above the popliteal crease').",
    url: null,
    kind: 'third-party compilation',
    howUsed:
      "Chinese names and Chinese-tradition location wording; treated as 'Chinese textbook tradition', not as the verified national standard.",
  },
  'cam-1987': {
    citation:
      'Cheng Xinnong (ed.). Chinese Acupuncture and Moxibustion. Beijing: Foreign Languages Press; 1987 (as quoted by Sacred Lotus and Rootdown).',
    url: 'https://www.sacredlotus.com/go/acupuncture/point/gb-30-huan-tiao-jumping-round',
    kind: 'textbook (quoted)',
    pages: {
      GB31: 'https://www.sacredlotus.com/go/acupuncture/point/gb-31-feng-shi-wind-market',
      SP10: 'https://www.rootdown.us/Points/SP_10?',
    },
  },
  'deadman-manual': {
    citation:
      'Deadman P, Al-Khafaji M, Baker K. A Manual of Acupuncture. Journal of Chinese Medicine Publications (as quoted by Sacred Lotus, Steve Woodley notebook and Rootdown).',
    url: 'https://www.steve-woodley.co.uk/?content=pointsearch&point=GB-30',
    kind: 'textbook (quoted)',
  },
  'focks-atlas': {
    citation:
      'Focks C (ed.). Atlas of Acupuncture. Churchill Livingstone/Elsevier (as reproduced by knowlative.com, issuhub and onebreathholisticcenter).',
    url: 'https://www.knowlative.com/bl-25-chinese-name-dachangshu/',
    kind: 'textbook (quoted)',
    pages: {
      BL26: 'https://www.knowlative.com/bl-26-chinese-name-guanyuanshu/',
      BL23: 'https://www.knowlative.com/bl-23-chinese-name-shenshu/',
      BL54: 'https://www.knowlative.com/bl-54-chinese-name-zhibian/',
      GB31: 'https://onebreathholisticcenter.com/?page_id=906',
    },
  },
  meandqi: {
    citation: 'Me & Qi TCM education centre point pages (location notes, depth, cautions).',
    url: 'https://www.meandqi.com/tcm-education-center/acupuncture/gall-bladder-channel/huantiao-gb-30',
    kind: 'educational website',
    pages: {
      GB29: 'https://www.meandqi.com/tcm-education-center/acupuncture/gall-bladder-channel/juliao-gb-29',
      GB31: 'https://www.meandqi.com/tcm-education-center/acupuncture/gall-bladder-channel/fengshi-gb-31',
      BL53: 'https://www.meandqi.com/tcm-education-center/acupuncture/bladder-channel/baohuang-bl-53',
      BL36: 'https://www.meandqi.com/knowledge-base/acupuncture/bladder-meridian/chengfu-bl-36',
      BL23: 'https://www.meandqi.com/tcm-education-center/acupuncture/bladder-channel/shenshu-bl-23',
    },
  },
  'cmd-database': {
    citation:
      'Chinese Medical Database (Wiseman-style terminology): GB30, GB34 local anatomy and depth.',
    url: 'https://chinese-medical-database.com/acupoint/show/281',
    kind: 'reference database',
    pages: {
      GB34: 'https://chinese-medical-database.com/nwh-app/public/acupoint/show/285',
    },
  },
  shenyaozi: {
    citation: 'Shen Yaozi database, GB29 and GB31 entries (classical location variants, anatomy).',
    url: 'https://shenyaozi.com/db/?ano=280&js=0&lc=en',
    kind: 'reference database',
    pages: {
      GB31: 'https://shenyaozi.com/db/?ano=282&lc=en',
    },
  },
  'yaoyan-pages': {
    citation:
      'Yaoyan (EX-B7) descriptions: TCM Wiki and Acupuncture Nepal (3.5 cun lateral to the lower border of the L4 spinous process, in a depression).',
    url: 'http://www.tcmwiki.com/amp/yaoyan',
    kind: 'educational website',
    pages: {
      alt: 'https://acupuncturenepal.com/yaoyan-location-functions-indications-method.html',
    },
  },
  'cn-bone-cun-tables': {
    citation:
      'Chinese proportional-cun tables (exam-prep and textbook copies): greater trochanter to knee centre 19 cun, knee centre to lateral malleolus 16 cun, gluteal fold to popliteal crease 14 cun, pubic symphysis upper border to medial femoral condyle 18 cun, tibial medial condyle to medial malleolus 13 cun, between medial borders of scapulae 6 cun.',
    url: 'https://examw.com/yishi/zhongyi/fudao/343383',
    kind: 'textbook tables (copies)',
    pages: {
      textbook:
        'http://m.ekpbm.cn/w/%E9%92%88%E7%81%B8%E5%AD%A6/%E8%85%A7%E7%A9%B4%E7%9A%84%E5%AE%9A%E4%BD%8D',
      summary: 'http://shlhzj.com/forum.php?action=printable&mod=viewthread&tid=6059',
      lingshu:
        'https://tttz.com/read/%E4%BC%A4%E7%A7%91/%E6%B8%85/%E4%BC%A4%E7%A7%91%E8%A1%A5%E8%A6%81?m=%E3%80%8A%E7%81%B5%E6%9E%A2%E7%BB%8F%E3%80%8B%E9%AA%A8%E5%BA%A6%E5%B0%BA%E5%AF%B8&p=%E4%BE%A7%E9%83%A8',
    },
  },
  'docsbay-tutorial': {
    citation:
      "Acupuncture school points tutorial 'Upper leg and hips' (proportional measures incl. gluteal crease to popliteal crease 14 cun, patella 2 cun; ST31 and SP10 location notes).",
    url: 'https://docsbay.net/week-3-points-tutorial-lower-leg-and-foot',
    kind: 'teaching notes',
  },
  'gb-t-23237': {
    citation:
      'GB/T 23237-2009, Methods of anthropometry for locating acupuncture points (Chinese national standard; contents page only seen).',
    url: 'http://www.dmzsm.com/detail-96-3d39ec61388827d7.html',
    kind: 'national standard (metadata only)',
  },
  'gb-t-12346': {
    citation:
      'GB/T 12346-2006 Nomenclature and location of acupuncture points, and its successor GB/T 12346-2021 (Chinese national standards).',
    url: null,
    kind: 'national standard',
    howUsed:
      "Not read for this data. Where the data say 'Chinese tradition', it refers to textbook wording; the exact GB/T wording must be checked before claiming agreement or difference.",
  },
  'finger-cun-tcmhealth': {
    citation:
      'tcmhealth.top moxibustion point guide (two finger-breadths = 1.5 cun; steps for BL30/GB30/GB29/GB34 surface location).',
    url: 'https://tcmhealth.top/moxa/moxaxuewei_details_page/173/en',
    kind: 'educational website',
  },
  'lin-2013-depth': {
    citation:
      'Lin JG, Chou PC, Chu HY. An exploration of the needling depth in acupuncture: the safe needling depth and the needling depth of clinical efficacy. Evid Based Complement Alternat Med. 2013;2013:740508. doi:10.1155/2013/740508',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3722841/',
    kind: 'review',
  },
  'ultrasound-depth-2013': {
    citation:
      'A validation study on the insertion depth ranges of the five phase points by using musculoskeletal ultrasound: a pilot study (Elsevier, 2013): ST36 and GB34 among points needing careful insertion.',
    url: 'http://krdis.com/eng/iboard/board.html?oo_id=50&oo_day=20220617194220&mode=view&&code=eng_005&ib_category=value2&openType=&PHPSESSID=c0787a57973db12a594006b59a485dd9',
    kind: 'pilot imaging study (abstract)',
  },
  'xu-2013-adverse': {
    citation:
      'Xu S, Wang L, Cooper E, et al. Adverse events of acupuncture: a systematic review of case reports. Evid Based Complement Alternat Med. 2013;2013:581203. doi:10.1155/2013/581203',
    url: 'https://deploy.doczz.net/doc/6426105',
    kind: 'systematic review',
  },
  'wu-2015-adverse': {
    citation:
      'Wu J, Hu Y, Zhu Y, et al. Systematic review of adverse effects: a further step towards modernization of acupuncture in China. Evid Based Complement Alternat Med. 2015;2015:432467 (organ, tissue and nerve injury among main complications).',
    url: 'https://www.hindawi.com/journals/ecam/2015/432467/',
    kind: 'systematic review',
  },
  'acumeridian-bl23': {
    citation: 'AcuMeridianPoints, BL23 (adverse events: kidney injury).',
    url: 'https://acumeridianpoints.com/bladder/bl-23-shenshu/',
    kind: 'educational website',
  },
  'poutoglidou-2020': {
    citation:
      'Poutoglidou F et al. Sciatic nerve variants and the piriformis muscle: systematic review and meta-analysis. Cureus. 2020;12(11):e11531. doi:10.7759/cureus.11531',
    url: 'https://med.auth.gr/content/sciatic-nerve-variants-and-piriformis-muscle-systematic-review-and-meta-analysis',
    kind: 'systematic review',
  },
  'project-motor-points': {
    citation:
      "This project's motor point data (src/domain/motor-points), which collects: CT skin-to-piriformis depth 5.2-6.6 cm (Park CH et al. Korean J Pain 2011;24(2):87-92); the surface projection of the sciatic nerve (Clin Anat 2015;28:144-149); piriformis needling cadaver studies (Hannah 2023; Kearns 2018).",
    url: 'https://doi.org/10.3344/kjp.2011.24.2.87',
    kind: 'project research (secondary)',
  },
  'uzel-2011-lfcn': {
    citation:
      'Uzel M et al. Relationships of the lateral femoral cutaneous nerve to bony landmarks. Clin Orthop Relat Res. 2011;469(9):2605-2611.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3148355',
    kind: 'cadaver study',
  },
  'statpearls-cfn': {
    citation: 'Hardin J, Devendra S. Common peroneal (fibular) nerve. StatPearls.',
    url: 'https://statpearls.com/point-of-care/19757',
    kind: 'peer-reviewed online textbook',
  },
  'lumbar-depth-2020': {
    citation:
      'Yoon SH et al. Using MRI to measure the depth of acupotomy points in the lumbar spine (Integr Med Res 2020), summarised: skin to transverse process L4 about 5.7 cm, L5 about 5.9 cm; depth rises with BMI.',
    url: 'https://zhang.ac/index.php/2020/10/15/how-deep-can-we-insert-acupoints-in-the-lower-back/',
    kind: 'imaging study (summary)',
  },
} as const satisfies Record<string, AcupunctureSource>;

export interface AcupunctureSource {
  readonly citation: string;
  readonly url: string | null;
  readonly kind: string;
  readonly howUsed?: string;
  /** Per-point pages of the same source, by point code. */
  readonly pages?: Readonly<Record<string, string>>;
}

export type AcupunctureSourceId = keyof typeof ACUPUNCTURE_SOURCES;
