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
  },
  finerTypes: {
    'motor-point-muscle-surface': 'Motor point on the muscle surface (stimulation during surgery)',
    'stimulation-site-vendor': 'Electrode site from a stimulator manual',
    'motor-point-textbook': 'Motor point as described in a textbook',
    'nerve-entry-point': 'Nerve entry point (dissection)',
    'nerve-branch-near-entry': 'Nerve branch near its entry (dissection)',
    'nerve-entry-level': 'Level where most nerve branches enter',
    'part-level-innervation':
      'Part of the muscle with its own nerve branch (no coordinates reported)',
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
    glyphs: { 'motor-point': 'ball', 'nerve-entry': 'diamond', 'innervation-zone': 'disc' },
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
    needle: 'Needle path on this model',
    depth: (mm: number) =>
      `About ${mm} mm from the nearest skin point to the marker on this model.`,
    depthVaries:
      'Skin and fat thickness vary widely between people (sex, body size, site); measure on the patient, ideally with ultrasound.',
    noSkin: 'This model has no skin surface, so depth cannot be measured.',
    tissues: 'Tissues crossed, from the skin in',
    nearestNerve: (name: string, mm: number) =>
      `Nearest modelled nerve: ${name}, ${mm} mm from the point.`,
    noNerves: 'This model has no nerves to measure against.',
    showDepth: 'Show needle depth',
    openSource: 'Open the study',
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
