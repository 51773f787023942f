/** Motor point and acupuncture layer strings (English). */
export const motorPoints = {
  layerTitle: 'Motor points',
  pointTypes: {
    'motor-point': {
      label: 'Motor point',
      explanation:
        'Where a small electrical stimulus on or over the muscle makes it twitch most easily.',
    },
    'nerve-entry': {
      label: 'Nerve entry',
      explanation:
        'Where a nerve branch reaches or pierces the muscle, found by dissection; not always where the muscle twitches best.',
    },
    'innervation-zone': {
      label: 'Innervation zone',
      explanation:
        'Part of the muscle where the nerve branches end most densely (near the motor end plates), mapped in donor bodies.',
    },
    'muscle-part': {
      label: 'Muscle part (no location reported)',
      explanation:
        'A part of the muscle with its own nerve branch; the study reports no location, so the faint outline marks the part, not a point to aim at.',
    },
  },
  /** Vendor electrode sites are called this everywhere (list, card, hover, handout). */
  surfaceElectrode: {
    label: 'Surface electrode site',
    explanation:
      'Where a stimulator manual places a skin electrode for electrical stimulation; not a needle target.',
  },
  placementConfidence: {
    heading: 'Placement on the body',
    high: 'Placed from clearly defined landmarks.',
    moderate: 'Placed from the study’s landmarks; expect it to vary between people.',
    low: 'Placement is a guess: the study’s reference line or landmark is uncertain, so the marker may be off by several centimetres whatever the quality of the study.',
  },
  finerTypes: {
    'motor-point-muscle-surface': 'Motor point on the muscle surface (stimulation during surgery)',
    'stimulation-site-vendor': 'Electrode site from a stimulator manual',
    'motor-point-textbook': 'Motor point as described in a textbook',
    'nerve-entry-point': 'Nerve entry point (dissection)',
    'nerve-branch-near-entry': 'Nerve branch near its entry (dissection)',
    'nerve-entry-level': 'Level where most nerve branches enter',
    'part-level-innervation': 'Muscle part with its own nerve branch; no location reported',
    'intramuscular-nerve-dense-zone': 'Zone of densest nerve branching (nerve staining)',
    'endplate-zone': 'Motor end-plate zone (microdissection)',
  },
  confidence: {
    high: {
      label: 'Well supported',
      explanation: 'Several consistent studies place this point.',
    },
    moderate: {
      label: 'Moderate evidence',
      explanation: 'One measured study of a small sample; expect the point to vary between people.',
    },
    low: {
      label: 'Limited data',
      explanation:
        'Limited data: a textbook, a vendor manual, or a location we had to infer from a description. Treat the region as a rough guide.',
    },
  },
  evidenceKinds: {
    cadaver: 'Donor (cadaver) study',
    'in-vivo': 'Study in living people',
    textbook: 'Textbook or manual',
  },
  sampleSize: (n: number | null) => (n === null ? 'No sample reported' : `n = ${n}`),
  axisUnverified: 'Reference axis unverified',
  axisUnverifiedShort: 'axis unverified',
  axisUnverifiedExplanation:
    'The source gives a percentage along a line we could not confirm; the marker uses our reading of that line and may be off by several centimetres.',
  regionExplanation:
    'The shaded area is the range the evidence supports; the dot is the reported value, not a precise target.',
  readingNoteHeading: 'How we placed it',
  sourceHeading: 'Source',
  safetyHeading: 'Safety',
  depthHeading: 'Depth',
  panel: {
    title: 'Motor points',
    show: 'Show motor points',
    xray: 'X-ray markers (see through tissue)',
    muscleFilter: 'Muscle',
    allMuscles: 'All muscles',
    typeFilter: 'Point types',
    confidenceFilter: 'Evidence',
    allConfidence: 'Any evidence',
    atLeast: (label: string) => `At least: ${label}`,
    legend: 'Legend',
    glyphs: {
      'motor-point': 'ball',
      'nerve-entry': 'diamond',
      'innervation-zone': 'disc',
      'muscle-part': 'faint ring',
    },
    midpoint: 'Black dot: middle of the stated range',
    listTitle: 'Points',
    countShown: (shown: number, total: number) => `${shown} of ${total} points`,
    hiddenMuscle: 'muscle hidden',
    placementProblems: 'Some points could not be placed on this model:',
    none: 'No point matches these filters.',
  },
  card: {
    close: 'Close point',
    frame: 'Show on the model',
    type: 'Point type',
    finerType: 'As reported',
    nerve: 'Nerve',
    roots: 'Roots',
    evidence: 'Evidence',
    sample: 'Sample',
    confidence: 'Confidence',
    figure: 'How the location was measured',
    location: 'Where the source puts it',
    notes: 'Notes',
    needle: 'Needle guidance on this model',
    depthVaries:
      'Skin and fat thickness vary widely between people (sex, body size, site); measure on the patient, ideally with ultrasound.',
    showDepth: 'Show needle depth',
    openSource: 'Open the study',
  },
  needle: {
    noStraightRoute: 'No straight route on this model.',
    imageGuided: {
      psoas:
        'Published technique: image-guided only. A posterior paramedian approach at the L4–L5 transverse processes under ultrasound (Duong 2020, 8 cadavers), or at the L2–L3 level under fluoroscopy (SOFCOT 2011). Psoas is not for blind dry needling: the lumbar plexus runs inside the muscle and the kidney lies close.',
      iliacus:
        'Published technique: image-guided only. Ultrasound-guided injection from the groin below the inguinal ligament, lateral to the femoral nerve and vessels (Westhoff 2003: 26 injections, 13 patients). A route above the ligament crosses the peritoneal cavity.',
      'piriformis-intrapelvic':
        'Published technique: image-guided only. This target lies on the pelvic surface of piriformis, at or inside the greater sciatic foramen; it is not a needling target. Piriformis injections in the studies used ultrasound, CT or fluoroscopy.',
    },
    techniqueSources: {
      psoas: [
        {
          title:
            'Duong A, Sharma S, Agur AAM. Use of the posterior lumbar approach for psoas major injection in hip flexor spasticity. Can J Neurol Sci. 2020.',
          url: 'https://www.cambridge.org/core/journals/canadian-journal-of-neurological-sciences/article/use-of-the-posterior-lumbar-approach-for-psoas-major-injection-in-hip-flexor-spasticity/E937471905BA9D4B1F35D64663927148',
        },
        {
          title:
            'SOFCOT meeting abstract on psoas innervation and a posterior L2–L3 approach. J Bone Joint Surg Br. 2011;93-B(Supp IV):511.',
          url: 'https://doi.org/10.1302/0301-620X.93BSUPP_IV.0930511d',
        },
      ],
      iliacus: [
        {
          title:
            'Westhoff B, Seller K, Wild A, Jaeger M, Krauspe R. Ultrasound-guided botulinum toxin injection technique for the iliopsoas muscle. Dev Med Child Neurol. 2003;45(12):829–832.',
          url: 'https://doi.org/10.1017/s0012162203001531',
        },
      ],
      'piriformis-intrapelvic': [
        {
          title:
            'Yi KH, et al. Guidelines for botulinum neurotoxin injections in piriformis syndrome. Clin Anat. 2021;34(7):1028–1034.',
          url: 'https://ir.ymlib.yonsei.ac.kr/handle/22282913/185380',
        },
      ],
    },
    surfaceElectrode:
      'Surface electrode site from a stimulator manual: no needle route is shown for it.',
    noLocation:
      'The study names the muscle part this nerve branch supplies, not a location, so no needle route is shown.',
    blocked: (safetyMm: number) =>
      `Every straight line from the skin meets bone or a structure at risk, or passes within ${safetyMm} mm of a nerve, vessel or organ before the target.`,
    blockedBy: (names: string) => `Most often in the way: ${names}.`,
    noSkin: 'This model has no skin surface, so no route can be measured.',
    depth: (mm: number) =>
      `Depth on this model: ${mm} mm from the skin entry to the marker, which sits on the muscle surface.`,
    chosen: (tried: number, clear: number, safetyMm: number, roomy: boolean) =>
      `Route chosen from ${tried} straight lines tried from the target: the shortest of the ${clear} that meet no bone and no structure at risk and keep ${safetyMm} mm from every modelled nerve, vessel and organ before the target${roomy ? ', preferring lines with room beyond the target' : ''}.`,
    crossedHeading: 'Modelled structures crossed, from the skin in',
    overshoot: (name: string, mm: number) =>
      `Overshoot margin: ${mm} mm past the target along the same line, to ${name}.`,
    overshootWarning: (name: string, mm: number, warnMm: number) =>
      `Short overshoot margin: ${mm} mm past the target along the same line lies ${name} (under ${warnMm} mm). Do not go past the target.`,
    measuring: 'Searching this model for a safe straight route…',
    noOvershoot: (mm: number) =>
      `Overshoot margin: no modelled nerve, vessel or organ within ${mm} mm past the target along the same line.`,
    hazardsNear: (withinMm: number, list: string) =>
      `Modelled nerves, vessels and organs within ${withinMm} mm of the target, in any direction: ${list}.`,
    noHazardsNear: (withinMm: number) =>
      `No modelled nerve, vessel or organ within ${withinMm} mm of the target.`,
    atTarget: (name: string, mm: number) => `At the target: ${name}, ${mm} mm from the marker.`,
    modelledOnly:
      'Only what this model contains is measured; it has no fat layer of its own, no bowel and none of the structures listed below.',
    modelledNearbyHeading: 'Near this point and drawn in this model',
    unmodelledHeading: 'Near this point but not in this model',
    nearby: {
      'superior-gluteal-artery':
        'Superior gluteal artery (leaves the pelvis above piriformis at the greater sciatic notch)',
      'inferior-gluteal-artery': 'Inferior gluteal artery (leaves the pelvis below piriformis)',
      'femoral-artery': 'Femoral artery (groin, below the inguinal ligament)',
      'femoral-vein': 'Femoral vein (groin, medial to the artery)',
      'lateral-femoral-cutaneous-nerve':
        'Lateral femoral cutaneous nerve (passes near the ASIS, under or through the inguinal ligament)',
      'lateral-circumflex-femoral-artery': 'Lateral circumflex femoral artery (deep to the TFL)',
      'lumbar-plexus': 'Lumbar plexus: within the psoas muscle (0 mm from any psoas target)',
      kidney: 'Kidney (in front of the upper lumbar transverse processes)',
      'peritoneal-cavity': 'Peritoneal cavity and bowel (in front of iliacus and psoas)',
      ureter: 'Ureter (crosses in front of the lower psoas)',
      'aorta-vena-cava': 'Aorta and inferior vena cava (in front of and medial to psoas)',
      'erector-spinae': 'Erector spinae (behind the transverse processes)',
      'quadratus-lumborum': 'Quadratus lumborum (lateral to psoas)',
      sartorius: 'Sartorius (front of the thigh, from the ASIS)',
      'rectus-femoris': 'Rectus femoris (front of the thigh, from the AIIS)',
      'short-external-rotators':
        'Short external rotators (gemelli, obturator internus, quadratus femoris)',
      'pudendal-nerve':
        'Pudendal nerve and vessels (below piriformis, medial to the sciatic nerve)',
    },
    publishedDepthHeading: 'Published depth in living people',
    skinToMuscle: (muscle: string, lo: number, hi: number) =>
      `Skin to ${muscle}: ${lo}–${hi} mm on CT, by position (medial shallowest), deeper with higher BMI.`,
    deeperThan: (mm: number, percent: number) =>
      `Skin to gluteal muscle deeper than ${mm} mm in ${percent} % of adults on CT.`,
    withinMuscle: (lo: number, hi: number) =>
      `The target lies inside the muscle: the intramuscular inferior gluteal nerve runs at ${lo}–${hi} % of the muscle’s thickness.`,
  },
  figureStatuses: {
    measured: 'Measured',
    'measured-axis-unclear': 'Measured; reference axis unclear',
    'measured-direction-inferred': 'Measured distance; direction inferred',
    'measured-qualitative': 'Described, not measured',
    textbook: 'Textbook',
    inference: 'Inferred by us from a description',
  },
  notDiagnostic:
    'For teaching; not a guide to needling without training and imaging where advised.',
  errors: {
    missingLandmark: (module: string, landmark: string, side: string) =>
      `${module}: landmark "${landmark}" (${side}) is missing from the model; add an empty node with extras {kind:"landmark",id:"${landmark}",side:"${side}"}`,
    missingMuscleSurface: (muscle: string, side: string) =>
      `motor-points: the model has no surface for muscle "${muscle}" (${side}); add a mesh node with extras {kind:"muscle",id:"${muscle}",side:"${side}"}`,
    missingSkin: (code: string, side: string) =>
      `acupuncture: the model has no skin surface to place "${code}" (${side}) on; add a mesh node with extras {kind:"skin",id:"skin",side:"midline"} or hide the acupuncture layer`,
    degenerateRule: (module: string, recordId: string, side: string, detail: string) =>
      `${module}: the location rule of "${recordId}" (${side}) cannot be resolved on this model: ${detail}; check the positions of its landmarks`,
  },
  acupuncture: {
    layerTitle: 'Acupuncture points',
    approximate: 'Approximate location',
    approximateExplanation:
      'The standard locates this point by touch or by a proportion the model cannot measure exactly; the model shows a geometric stand-in.',
    cunHeuristic:
      'Distances in cun are scaled from this model’s thigh length; the back has no scapula to measure from, so back distances are an app estimate.',
    whoVerification: {
      'verified-copy': 'WHO 2008 wording checked in a national institute copy',
      'verified-secondary': 'WHO 2008 wording checked in a secondary copy',
      'consistent-secondary': 'Matches standard-following sources; WHO page not seen',
      'recalled-unverified': 'Geometry agrees across sources; WHO page not seen',
      'not-applicable': 'Not part of WHO 2008 (extra point)',
    },
    notReviewed: 'Not reviewed by a licensed acupuncturist or clinician.',
  },
} as const;
