/**
 * Strings of the assessment panel, its mapping rules, point suggestions, the exercise library and
 * the patient's plan page (English).
 */
const pct = (x: number) => `${Math.round(x * 100)} %`;
const range = (r: readonly [number, number]) =>
  r[0] === r[1] ? pct(r[0]) : `${Math.round(r[0] * 100)}–${Math.round(r[1] * 100)} %`;
const side = (s: 'left' | 'right') => (s === 'left' ? 'Left' : 'Right');

export const assessment = {
  panel: {
    tab: 'Assessment',
    heading: 'Assessment findings',
    intro:
      'Enter what you found. Each finding is turned into a model setting by the rule shown beside it. This is not a diagnosis: the model shows what these findings would do to posture and load, and says why it might be wrong.',
    strengthHeading: 'Strength',
    method: 'Method',
    methodOxford: 'Oxford grade (0–5)',
    methodDynamometer: 'Dynamometer, % of norm',
    notTested: 'Not tested',
    grade: (g: number) => `Oxford ${g}`,
    percentOfNorm: '% of age- and sex-matched norm',
    groups: {
      abductors: 'Hip abductors',
      extensors: 'Hip extensors',
      flexors: 'Hip flexors',
      'external-rotators': 'Hip external rotators',
    },
    sides: { left: 'Left', right: 'Right' },
    /** A strength control's name, from the words above: "Right hip abductors". */
    strengthLabel: (side: string, group: string) => `${side} ${group.toLowerCase()}`,
    trendelenburg: 'Trendelenburg sign positive (standing on this leg)',
    thomas: 'Thomas test: hip flexion contracture (°)',
    ober: 'Modified Ober test positive',
    painHeading: 'Where it hurts',
    pain: {
      hip: 'Hip / buttock',
      'lateral-knee': 'Outer knee',
      'medial-knee': 'Inner knee',
      'lower-back': 'Lower back',
    },
    activity: 'Activity level',
    activityLevels: {
      sedentary: 'Sedentary',
      light: 'Lightly active',
      active: 'Active',
      athletic: 'Athletic',
    },
    age: 'Age (years)',
    mappingHeading: 'What the model takes from this',
    modelLine: (label: string, healthy: string, now: string) => `${label}: ${healthy} → ${now}`,
    standingLeg: (s: 'left' | 'right') => `What the model shows now, standing on the ${s} leg`,
    noFindings: 'No findings yet: the model shows a person without dysfunction.',
    apply: 'Show these findings on the model',
    applied: 'The model now shows these findings (Dysfunction and load tab).',
    clear: 'Clear findings',
    trust: {
      moderate: 'trust: moderate',
      low: 'trust: low',
      'not-modelled': 'not used by the model',
    },
    whyWrong:
      'Why it might be wrong: manual grades are coarse, the model uses one standing leg and population-average figures, and one test rarely isolates one muscle.',
    invalid: (field: string, value: string, allowed: string) =>
      `assessment: ${field} must be ${allowed} (got ${value}); correct it in the link or the panel.`,
  },
  rules: {
    oxford: (grade: number, weak: readonly [number, number], used: number) =>
      grade === 5
        ? `Oxford 5 can still hide a loss of up to ${range(weak)}; mapped to no weakness.`
        : `Oxford ${grade} covers a range of strength; mapped to ${range(weak)} weakness (the model uses ${pct(used)}).`,
    oxfordSource:
      'Grades: Medical Research Council 1976. Range: Bohannon 2005 (manual testing misses large losses); grade 3 from the moment to lift the leg against gravity (segment masses, Winter 2009) against the model’s abductor capacity.',
    dynamometer: (percent: number, used: number) =>
      `${Math.round(percent)} % of the norm; mapped to ${pct(used)} weakness (± 10 points for tester and norm-table error, an assumption).`,
    dynamometerSource:
      'Direct: weakness = 1 − measured / norm. Norm table as chosen by the clinician.',
    notModelledWeakness:
      'The model does not use this muscle group’s weakness; it is kept for point and exercise suggestions.',
    otherSide: (s: 'left' | 'right') =>
      `The model shows one standing leg at a time (now the ${s}); this side’s finding is kept for suggestions.`,
    trendelenburg: (weakness: number) =>
      `A positive sign means the abductors do not hold the pelvis in one-leg stance: abductor weakness raised to at least ${pct(weakness)} (where the model first shows a drop) and the compensation set to pelvic drop.`,
    trendelenburgSource:
      'Hardcastle & Nade 1985 (the sign); the threshold is computed from the model itself.',
    thomas: (deg: number, tightness: number, maxDeg: number) =>
      `${deg}° of contracture read as a hip extension deficit: iliopsoas tightness ${pct(tightness)} (the model reaches full tightness at ${maxDeg}°).`,
    thomasSource:
      'The model’s own equation E = t · E_max, inverted (E_max is an assumption); Thomas test reliability is limited (Peeler & Anderson 2007).',
    ober: 'Tight TFL / iliotibial band is not an input of the model; kept for point suggestions.',
    oberSource: 'Ober 1936; modified test (Kendall).',
    age: (years: number, older: boolean) =>
      older
        ? `${years} years: the model uses its older-adult abductor strength (the split at 60 years is an assumption).`
        : `${years} years: the model uses its young-adult abductor strength.`,
    ageSource: 'Abductor capacity by age: Sugimoto 2014 (as in the mechanics parameters).',
    activity: (novice: boolean) =>
      novice
        ? 'Not a model input; sets the exercise dosage to a novice start (one set).'
        : 'Not a model input; exercise dosage starts at two sets.',
    activitySource: 'ACSM 2009 progression models (novice vs trained).',
    pain: 'Not a model input: where it hurts only guides which points and loads to look at.',
  },
  findings: {
    strength: (s: 'left' | 'right', group: string, result: string) =>
      `${side(s)} ${group.toLowerCase()}: ${result}`,
    trendelenburg: (s: 'left' | 'right') => `${side(s)} Trendelenburg sign positive`,
    thomas: (s: 'left' | 'right', deg: number) => `${side(s)} Thomas test: ${deg}° contracture`,
    ober: (s: 'left' | 'right') => `${side(s)} modified Ober test positive`,
    age: (years: number) => `Age ${years}`,
    activity: (level: string) => `Activity: ${level.toLowerCase()}`,
    pain: (sites: readonly string[]) => `Pain: ${sites.join(', ').toLowerCase()}`,
  },
  suggestions: {
    heading: 'Points to consider',
    intro:
      'Suggestions from the findings above, never orders: accept the ones you want in the plan, remove the rest.',
    none: 'No suggestions: enter a weak or tight finding first.',
    because: (finding: string) => `Because: ${finding}`,
    accept: 'Add to plan',
    inPlan: 'In the plan',
    dismiss: 'Remove suggestion',
    lateralKnee: 'outer knee pain',
    lowerBack: 'lower back pain',
    hip: 'hip pain',
  },
  exercises: {
    tab: 'Exercises',
    heading: 'Exercises ranked for this patient',
    intro:
      'Ranked by how much the weak muscle works in published EMG studies of healthy adults (% of a maximal voluntary contraction). For gluteus medius, exercises measured with a low share of TFL work rank a little higher. Tap an exercise to see its position.',
    rankFor: 'Rank for',
    muscles: {
      'gluteus-medius': 'Gluteus medius',
      'gluteus-maximus': 'Gluteus maximus',
      'tensor-fasciae-latae': 'TFL',
    },
    suggestedMuscle: (muscle: string) => `Suggested from the assessment: ${muscle}`,
    activation: (muscle: string, mean: number) => `${muscle}: about ${Math.round(mean)} % MVIC`,
    value: (mean: number, sd: number | null) =>
      sd === null ? `${mean} % MVIC (no spread published or read)` : `${mean} ± ${sd} % MVIC`,
    peakValue: (peak: number) => `${peak} % MVIC, average peak (runs higher than a mean)`,
    rangeValue: (low: number, high: number) =>
      `${low}–${high} % MVIC across studies (the midpoint is used)`,
    unstatedValue: (pct: number) =>
      `${pct} % MVIC (the table read does not say mean or peak, nor the spread)`,
    participants: (n: number | null, population: string) =>
      n === null ? population : `${n} ${population}`,
    checkedInStudy: (where: string) => `checked against the cited paper’s ${where}`,
    checkedInReview: (review: string, where: string) =>
      `checked in ${review} (${where}); the study itself was not read`,
    notChecked: (reason: string) =>
      `NOT checked: ${reason}. Not used for the ranking, the colours or the dosage.`,
    peakOnly:
      'Ranked on a peak figure, which runs higher than the mean amplitudes behind most other exercises.',
    lowTfl: (index: number) => `Low TFL share: gluteal-to-TFL index ${index} (Selkowitz 2013)`,
    confidence: {
      moderate: 'Confidence: moderate',
      low: 'Confidence: low (one small study, a review’s summary figure, or figures not checked)',
    },
    bands: {
      low: 'low (0–20 %)',
      moderate: 'moderate (21–40 %)',
      high: 'high (41–60 %)',
      'very-high': 'very high (over 60 %)',
    },
    legend: 'Colour of the working muscle: published activation (Reiman 2012 bands)',
    noData: (muscle: string) => `No checked figure for ${muscle}: listed, not ranked`,
    add: 'Add to plan',
    remove: 'Remove from plan',
    inPlan: 'In the plan',
    showPose: 'Show position',
    showOnModel: (name: string) => `Colour the muscles ${name} works on the model`,
    shownOnModel: 'Shown on the model in its key position; tap again to stop',
    evidence: 'Evidence',
    dosage: (d: {
      sets: readonly [number, number];
      repetitions: readonly [number, number];
      daysPerWeek: readonly [number, number];
      reviewAfterWeeks: number;
    }) =>
      `${d.sets[0]}–${d.sets[1]} sets of ${d.repetitions[0]}–${d.repetitions[1]} repetitions, ${d.daysPerWeek[0]}–${d.daysPerWeek[1]} days a week; review after ${d.reviewAfterWeeks} weeks`,
    goal: { strength: 'for strength', endurance: 'for endurance and control' },
    progression: (step: readonly [number, number]) =>
      `When you can do 1–2 more repetitions than the target, add ${step[0]}–${step[1]} % load (a firmer band or a small weight).`,
    dosageSource:
      'Dosage: ACSM 2009 progression models in resistance training (novice start). The review interval is a clinical convention.',
    pictureAlt: (name: string) => `Stick figure in the key position of ${name}`,
    pictureLegend:
      'At the hip: inner circle gluteus medius, outer ring gluteus maximus; grey: no checked figure.',
    items: {
      'side-lying-hip-abduction': {
        name: 'Side-lying leg lift',
        how: 'Lie on your side, bottom knee bent. Keep the top leg straight and in line with your body, toes forward, and lift it a hand’s width higher than your hip. Lower slowly.',
        progression: 'Add an ankle weight.',
      },
      clamshell: {
        name: 'Clamshell',
        how: 'Lie on your side with hips and knees bent and heels together. Lift the top knee without rolling your hips back, then lower slowly.',
        progression: 'Add a band around the knees.',
      },
      'side-plank-abduction': {
        name: 'Side plank with leg lift',
        how: 'Prop yourself on one forearm with your body straight from head to feet, then lift the top leg and lower it. Stop if your shoulder hurts.',
        progression: 'Hold the top leg up for a count of three.',
      },
      bridge: {
        name: 'Bridge',
        how: 'Lie on your back, knees bent and feet flat. Squeeze your buttocks and lift your hips until your body is straight from shoulders to knees. Lower slowly.',
        progression: 'Move to the single-leg bridge.',
      },
      'single-leg-bridge': {
        name: 'Single-leg bridge',
        how: 'As the bridge, with one leg straight in the air. Keep the pelvis level as you lift.',
        progression: 'Put the working foot on a step.',
      },
      'single-leg-squat': {
        name: 'Single-leg squat',
        how: 'Stand on one leg beside a support. Bend the knee as if to sit, keeping the knee over the middle of the foot and the pelvis level. Go only as deep as you control.',
        progression: 'Go a little deeper, or hold a small weight.',
      },
      'lateral-step-up': {
        name: 'Side step-up',
        how: 'Stand side-on to a low step. Step up sideways with the near leg, straighten it, then lower the other foot slowly back to the floor.',
        progression: 'Use a higher step.',
      },
      'forward-step-up': {
        name: 'Step-up',
        how: 'Face a low step. Step up with one leg and straighten it fully, keeping the knee in line with the foot, then step down slowly.',
        progression: 'Use a higher step or hold a weight.',
      },
      'hip-hike': {
        name: 'Hip hitch',
        how: 'Stand on one leg on a step with the other foot hanging off the edge. Let that side of the pelvis drop a little, then lift it back up using the standing hip.',
        progression: 'Hold the top position for a count of three.',
      },
      'lateral-band-walk': {
        name: 'Side walk with band',
        how: 'With a band around your knees or ankles and knees slightly bent, step sideways keeping the feet apart and the toes forward.',
        progression: 'Use a firmer band.',
      },
      'single-leg-deadlift': {
        name: 'Single-leg reach',
        how: 'Stand on one leg, knee soft. Hinge forward at the hip with a straight back while the other leg goes back, then return to standing.',
        progression: 'Hold a weight in the opposite hand.',
      },
      'quadruped-hip-extension': {
        name: 'Hands-and-knees leg lift',
        how: 'On hands and knees with a flat back, lift one leg back until it is in line with your body, without arching your back. Lower slowly.',
        progression: 'Lift the opposite arm too, or add an ankle weight.',
      },
      'prone-hip-extension': {
        name: 'Lying face-down leg lift',
        how: 'Lie face down. Tighten your buttock and lift one straight leg a little off the floor without twisting your pelvis. Lower slowly.',
        progression: 'Add an ankle weight.',
      },
      'standing-hip-abduction': {
        name: 'Standing leg out to the side',
        how: 'Stand tall holding a support. Move one straight leg out to the side, toes forward, without leaning, then bring it back.',
        progression: 'Add a band around the ankles.',
      },
    },
  },
  patientPage: {
    heading: (label: string | undefined) =>
      label ? `Your plan, ${label}` : 'Your plan from your clinician',
    noteHeading: 'From your clinician',
    pointsHeading: 'Where you were treated',
    pointsIntro:
      'The numbers match the picture and the printed handout. The picture is a sketch by muscle region, not the exact spot.',
    pointLine: (n: number, name: string) => `${n}. ${name}`,
    exercisesHeading: 'Your exercises',
    noExercises: 'Your clinician has not added exercises to this plan.',
    sorenessHeading: 'What to expect',
    sorenessText:
      'The treated area may feel sore, like after exercise, for a day or two. Gentle movement and warmth usually help.',
    callHeading: 'When to call your clinician',
    callText:
      'Call if soreness gets worse after two days, if you notice numbness, weakness or tingling that does not go away, a fever, or redness and warmth spreading around a treated point. For severe pain or trouble breathing, seek urgent care.',
    findingsHeading: 'What your clinician found',
    printHandout: 'Print this plan',
    scanToOpen: 'Scan with a phone camera to open this plan, with its pictures and exercises.',
    show3d: 'Show the 3D model',
    clinicianView: 'Open the full viewer (for clinicians)',
    pictureAlt: 'Drawing of the hip from behind with your treated points numbered',
  },
  embed: {
    tooManyExercises: (count: number, max: number) =>
      `session plan: ${count} exercises is more than the ${max} a plan can hold; remove some.`,
    badAssessment: (problem: string) => `setAssessment: ${problem}`,
    badExercises: (ids: readonly string[]) =>
      `setPlanExercises: unknown exercise id(s) ${ids.join(', ')}; use the ids listed in docs/embedding.md.`,
  },
} as const;
