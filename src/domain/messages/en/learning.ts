/**
 * Strings of the learning features (English): guided stories, the quiz, patient mode, session
 * plans and the printable handout. Built-in story text lives here too, keyed by story and step id,
 * so a translation replaces every word a patient or student reads in one place.
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function quote(value: string, maxChars = 40): string {
  const short = value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value;
  return `"${short}"`;
}

/** Where in a story a problem is: `story: step 3 ("Where the pelvis drops"), field "camera"`. */
function storyPlace(step: number | null, stepTitle: string | null, field: string): string {
  if (step === null) return `story: field "${field}"`;
  const title = stepTitle ? ` (${quote(stepTitle)})` : '';
  return `story: step ${step}${title}, field "${field}"`;
}

export const learning = {
  sides: {
    left: 'left',
    right: 'right',
    midline: 'middle',
  },
  onSide: (name: string, side: 'left' | 'right' | 'midline') =>
    side === 'midline' ? name : `${name} (${side})`,

  patientMode: {
    explainButton: 'Explain this to me',
    revealDepthsButton: 'Show needle depths (clinician)',
    hideDepthsButton: 'Hide needle depths',
    modeLabel: 'Patient view',
    teachingNote:
      'A teaching picture, not a diagnosis. Your clinician will explain what applies to you.',
    /** Short plain names of marker kinds, e.g. "Side-of-hip muscle: where its nerve enters". */
    pointKinds: {
      'motor-point': 'motor point',
      'nerve-entry': 'where its nerve enters',
      'innervation-zone': 'area of dense nerve branches',
      'surface-electrode': 'spot for a stick-on electrode',
      'muscle-part': 'part of the muscle with its own nerve branch',
    },
    pointName: (muscle: string, kind: string) => `${muscle}: ${kind}`,
  },

  storyPlayer: {
    regionLabel: 'Guided story',
    next: 'Next',
    back: 'Back',
    finish: 'Finish',
    close: 'Close story',
    play: 'Play',
    pause: 'Pause',
    restart: 'Start again',
    stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
    keyboardHelp:
      'Right arrow or Space: next. Left arrow: back. Home and End: first and last step. P: play or pause. Escape: close.',
    autoplayOn: 'Playing: the story moves on by itself.',
    autoplayOff: 'Paused.',
    ended: 'End of the story.',
    announceStep: (step: number, count: number, title: string) =>
      `Step ${step} of ${count}: ${title}.`,
    audiences: {
      patient: 'For patients',
      student: 'For students',
      clinician: 'For clinicians',
      general: 'For everyone',
    },
    chooseStory: 'Choose a story',
  },

  storyErrors: {
    place: storyPlace,
    notAnObject: 'story: the story must be a JSON object, for example { "id": …, "steps": [ … ] }.',
    tooManyErrors: (shown: number) =>
      `story: more problems were found; only the first ${shown} are listed.`,
    notJson: (detail: string) => `story: the text is not valid JSON (${detail}).`,
    tooLarge: (chars: number, maxChars: number) =>
      `story: the story is ${chars} characters long; the most allowed is ${maxChars}.`,
    badEncoding:
      'story: the value is neither URL-encoded JSON nor base64url-encoded JSON; encode the story with encodeStoryParam().',
    missing: 'is missing',
    notText: 'must be text',
    empty: 'must not be empty',
    tooLong: (chars: number, maxChars: number) =>
      `is ${chars} characters long; the most allowed is ${maxChars}`,
    notList: 'must be a list ([ … ])',
    notStepObject: 'must be an object with "id", "title" and "text"',
    noSteps: 'needs at least one step',
    tooManySteps: (count: number, max: number) => `has ${count} steps; the most allowed is ${max}`,
    tooManyItems: (count: number, max: number) =>
      `has ${count} entries; the most allowed is ${max}`,
    badId: (value: string) =>
      `${quote(value)} is not a valid id; use lower-case letters, digits and hyphens (1 to 64 characters)`,
    duplicateStepId: (value: string) =>
      `${quote(value)} is used by an earlier step; step ids must be unique`,
    unknownField: (allowed: readonly string[]) =>
      `is not a story field; the fields are ${allowed.join(', ')}`,
    badAudience: (value: string, allowed: readonly string[]) =>
      `${quote(value)} is not an audience; use one of ${allowed.join(', ')}`,
    badCameraPreset: (value: string, allowed: readonly string[]) =>
      `${quote(value)} is not a camera preset; use one of ${allowed.join(', ')}, or { "position": [x, y, z], "target": [x, y, z] } in metres`,
    badCameraCustom: (limitM: number) =>
      `must be a preset name or { "position": [x, y, z], "target": [x, y, z] }: six numbers in metres between -${limitM} and ${limitM}, with position and target apart`,
    badPreset: (value: string, allowed: readonly string[]) =>
      `${quote(value)} is not a mechanics preset; use one of ${allowed.join(', ')}`,
    badPoint: (value: string) =>
      `${quote(value)} is not a motor point; use a record id with a side, e.g. "gluteus-medius-posterior:right"`,
    badHighlight: (value: string) =>
      `${quote(value)} is neither a structure (e.g. "gluteus-medius:left") nor a motor point (e.g. "piriformis-nerve-entry:right")`,
    badViewType:
      'must be a query string such as "peel=1&cam=posterior" or an object of view settings',
    badViewValue: (param: string) =>
      `setting "${param}" must be text, a number, true or false, or a list of names`,
    viewNotAllowed: (param: string) =>
      `setting "${param}" cannot be set by a story step (the viewer keeps its own ${param})`,
    viewUnknownParameter: (param: string) => `"${param}" is not a view setting`,
    viewMalformed: (param: string, value: string) =>
      `setting "${param}" has a value the viewer cannot read: ${quote(value)}`,
    viewUnknownName: (param: string, name: string) =>
      `setting "${param}" names something the viewer does not know: ${quote(name)}`,
  },

  /** Built-in stories: titles, summaries and step text, keyed by story id and step id. */
  stories: {
    'weak-gluteus-medius': {
      title: 'How a weak side-of-hip muscle can drop the pelvis and load the knee',
      summary:
        'Why the muscle on the side of your hip matters when you stand on one leg, what happens when it runs out of strength, and what helps.',
      steps: {
        'meet-the-muscle': {
          title: 'Meet the side-of-hip muscle',
          text: 'This fan-shaped muscle runs from the top of your hip bone down to the bony point on the side of your thigh. Its anatomical name is gluteus medius. The big buttock muscle is see-through here so that you can see it underneath.',
        },
        'one-leg': {
          title: 'Standing on one leg',
          text: 'With every step you stand on one leg for a moment. Your body weight then tries to tip the pelvis down on the side of the lifted leg. The side-of-hip muscle of the standing leg pulls to keep the pelvis level, like a guy rope holding up a tent pole.',
        },
        'strength-to-spare': {
          title: 'Strength to spare',
          text: 'Most people have more strength here than standing needs. In one study of healthy men, numbing the nerve to these muscles took away about half of their strength, and the pelvis still stayed level (Kendall 2013). So some weakness on its own often changes nothing you can see.',
        },
        'pelvis-drops': {
          title: 'When the strength runs out',
          text: 'If these muscles are very weak, for example after an injury to their nerve, they can no longer hold the pelvis. The side of the lifted leg drops. Clinicians call this a positive Trendelenburg sign.',
        },
        'knee-load': {
          title: 'What the knee feels',
          text: 'With the pelvis dropped, your body weight passes further to the inside of the standing knee. When healthy people walked with a 4° drop on purpose, the load on the inner knee rose about 38 %. This model shows the same 4° drop standing still. That is one reason clinicians look at the hip when a knee hurts.',
        },
        'leaning-over': {
          title: 'Leaning over the standing leg',
          text: 'Many people lean their upper body over the standing leg instead. That moves the weight closer to the hip, so the weak muscles have less to hold and the inner knee is spared. But the load moves to the lower back: its side muscles must hold the leaning trunk. It is tiring and shows as a limp.',
        },
        'what-helps': {
          title: 'What helps',
          text: 'These muscles can be trained. Side-lying leg lifts, clamshells, bridges and step-downs are common starting points, built up slowly over weeks. Until then, a cane held in the hand opposite the sore hip takes much of the work off them. Ask your clinician which of these suit you.',
        },
      },
    },
    'tight-iliopsoas': {
      title: 'How a tight hip flexor could tilt the pelvis and change lower-back loads',
      summary:
        'Where the deep hip flexors run, how a short one can tip the pelvis forward and deepen the curve of the lower back, and how strong the evidence for that is.',
      steps: {
        'meet-iliopsoas': {
          title: 'Two muscles, one tendon',
          text: 'Deep inside your body, the psoas runs down from the side of your lower spine, and the iliacus lines the inside of your hip bone. They join into one tendon at the top of your thigh bone. Together they are called the iliopsoas: the main muscle that lifts your knee toward your chest.',
        },
        'standing-tall': {
          title: 'Standing tall',
          text: 'Standing up straight needs the hip only straight, at about 0°. A supple hip can go 10-20° further back, as it does at the end of each step. So a mildly short iliopsoas only uses up that reserve and need not pull on the pelvis at all.',
        },
        'pelvis-tips': {
          title: 'When the muscle is short',
          text: 'Only when the muscle is so short that the hip cannot even reach straight does standing upright need help. Then the pelvis tips forward: its front goes down and its back comes up. The model shows this case.',
        },
        'hollow-back': {
          title: 'The lower back follows',
          text: 'As the pelvis tips forward, the lower back curves more to keep you upright. At the bottom of the spine, the last lumbar bone now sits on a steeper slope. So more of the load pushes it forward instead of straight down.',
        },
        'how-sure': {
          title: 'How sure are we?',
          text: 'This chain makes sense on paper, and the model follows it. But studies that measured many people found only weak links, or none, between hip flexor tightness, pelvic tilt and the curve of the lower back. A tight hip flexor can be one piece of a back problem; it is rarely the whole story.',
        },
        'what-helps': {
          title: 'What helps',
          text: 'Common parts of a plan are gentle hip flexor stretches, strengthening the buttock muscles that straighten the hip (bridges, for example) and getting up often instead of sitting for hours. Your clinician can check whether this picture fits you.',
        },
      },
    },
    'hip-motor-points': {
      title: 'Motor points of the hip: what dry needling does there, and why strengthening follows',
      summary:
        'What a motor point is, where the hip muscles have theirs, how sure we are of those places, what dry needling does and why exercise comes next.',
      steps: {
        'what-is-a-motor-point': {
          title: 'What a motor point is',
          text: 'Every muscle is switched on by a nerve. Where the nerve’s branches enter the muscle, an electrical pulse makes the muscle twitch most easily. Such a spot is called a motor point.',
        },
        'areas-not-dots': {
          title: 'Areas, not dots',
          text: 'Most of what we know comes from careful studies of donated bodies (cadavers), and a few measurements in living people. Bodies differ, so each marker here is a patch where the point is likely to be, not an exact dot. Some patches are educated guesses, and the app says so.',
        },
        buttock: {
          title: 'In the buttock',
          text: 'The big buttock muscle gets its nerve from below the pear-shaped piriformis muscle, deep in the buttock. The side-of-hip muscles get theirs from just above it; that nerve runs forward between two layers of muscle.',
        },
        'front-of-hip': {
          title: 'At the front of the hip',
          text: 'At the front of the hip sits a small muscle that tightens the thigh band (tensor fasciae latae). Its nerve enters about four finger-widths below the bony point at the front of the hip. The deep hip flexors, psoas and iliacus, take in their nerves deep inside the belly and pelvis, where organs and large blood vessels lie close by.',
        },
        'staying-clear': {
          title: 'Staying clear of nerves',
          text: 'Large nerves pass close to several of these points. The sciatic nerve runs just below piriformis, the gluteal nerves run between the buttock muscles, and the femoral nerve lies at the front. So trained clinicians choose the angle and depth of a needle with care. Some deep points are needled only by experienced hands, if at all.',
        },
        'what-needling-does': {
          title: 'What dry needling does',
          text: 'A thin, solid needle with no medicine in it goes into the muscle, often near these points. The muscle may twitch for a moment, and the area can feel sore for a day or two. Studies suggest it can ease pain for a while, but results vary and the evidence is mixed.',
        },
        'strength-follows': {
          title: 'Why strengthening follows',
          text: 'Needling may open a window of less pain. What lasts is what you build in that window: stronger hip muscles that share the load well. That is why needling is usually paired with exercises you do at home, increased step by step over weeks.',
        },
      },
    },
  },

  quiz: {
    title: 'Quiz',
    start: 'Start the quiz',
    submit: 'Check my answer',
    next: 'Next question',
    skip: 'Skip',
    finish: 'See my results',
    restart: 'New quiz',
    questionOf: (n: number, count: number) => `Question ${n} of ${count}`,
    score: (points: number, maxPoints: number) => `Score: ${points} of ${maxPoints}`,
    keyboardHelp:
      'Number keys 1 to 9: choose an answer. Enter: check the answer, then go on. S: skip. On the model, use the lettered spots A to D instead of clicking.',
    kinds: {
      'place-point': 'Place the motor point',
      'nerve-roots': 'Name the nerve and roots',
      'which-dysfunction': 'Which muscle is it?',
    },
    prompts: {
      placePoint: (pointName: string, muscle: string, side: string) =>
        `Click on the model where you expect the ${pointName.toLowerCase()} of the ${muscle} (${side} side).`,
      placePointKeyboard: 'Or choose one of the lettered spots on the model.',
      nerveRoots: (muscle: string) =>
        `Which nerve supplies the ${muscle}, and from which spinal roots?`,
      whichDysfunction: (kind: 'weakness' | 'tightness') =>
        kind === 'weakness'
          ? 'The model shows how a person stands or moves with a weakness, and where the load goes. Which muscle is weak?'
          : 'The model shows how a person stands with a tight muscle, and where the load goes. Which muscle is tight?',
    },
    choiceLabel: (index: number, text: string) => `${index + 1}. ${text}`,
    spotLabel: (letter: string) => `Spot ${letter}`,
    nerveOption: (nerve: string, roots: string) => `${nerve} (${roots})`,
    muscleOption: (muscle: string) => muscle,
    bands: {
      'on-target': 'On target',
      close: 'Close',
      near: 'Near',
      off: 'Off the region',
      miss: 'Missed',
    },
    feedback: {
      correct: 'Correct.',
      incorrect: (answer: string) => `Not quite. The answer is: ${answer}.`,
      skipped: (answer: string) => `Skipped. The answer is: ${answer}.`,
      insideRegion: 'Your click is inside the region the study reports.',
      distance: (distanceMm: number) =>
        `Your click is ${Math.round(distanceMm)} mm from the edge of the region the study reports.`,
      points: (points: number, maxPoints: number) => `${points} of ${maxPoints} points.`,
      regionShown:
        'The shaded region is where the evidence puts this point; scoring measures to its edge, not to a dot.',
      source: (citation: string) => `Source: ${citation}`,
      confidence: (label: string) => `Confidence: ${label}.`,
      rootsNote: (note: string) => `Note: ${note}`,
      posedAs: (sentence: string) => `What the model showed: ${sentence}`,
      alsoAffected: (muscles: readonly string[]) =>
        `In this scenario ${list(muscles)} ${muscles.length === 1 ? 'is' : 'are'} affected as well.`,
    },
    regionMissing:
      'The target region is not placed on this model yet, so this answer cannot be scored. Try the next question.',
    /** Shown in place of the motor points (the answers) while a round runs. */
    answersHidden:
      'Motor points are hidden while the quiz round runs: they are its answers. They come back with the review at the end of the round.',
    searchAnswersHidden: 'Motor points are left out of search until the quiz round ends.',
    review: {
      skipped: 'Skipped',
      clickedInside: 'You clicked inside the evidence region',
      clickedAway: (mm: number) => `You clicked ${mm} mm from the evidence region`,
      evidenceRegion: 'The shaded evidence region of the point',
      yours: 'Your answer',
      right: 'Right answer',
      points: (points: number, maxPoints: number) => `${points} / ${maxPoints}`,
      showOnModel: 'Show on the model',
      shownOnModel: (n: number) =>
        `Question ${n}: your click and the evidence region are on the model.`,
    },
    strip: {
      label: 'Quiz question',
      moreBelow: 'Answers and details are in the panel below the model.',
    },
    mark: {
      yourClick: 'Your click',
      inside: 'inside the region',
      distance: (mm: number) => `${mm} mm from the region`,
      region: 'Evidence region',
    },
    summary: {
      heading: 'Your results',
      total: (points: number, maxPoints: number, percent: number) =>
        `${points} of ${maxPoints} points (${percent} %).`,
      answered: (answered: number, count: number) => `${answered} of ${count} questions answered.`,
      reviewHeading: 'Question by question',
      perMuscleHeading: 'By muscle',
      perMuscle: (muscle: string, points: number, maxPoints: number) =>
        `${muscle}: ${points} of ${maxPoints} points`,
      progressSaved: 'Your progress per muscle is kept in this browser only.',
    },
    progressErrors: {
      notJson: 'the saved quiz progress is not valid JSON',
      tooLarge: (chars: number, maxChars: number) =>
        `the saved quiz progress is ${chars} characters long; the most allowed is ${maxChars}`,
      badShape: 'the saved quiz progress is not an object with "version" and "muscles"',
      badVersion: (version: string) =>
        `the saved quiz progress has version ${version}; this app reads version 1`,
      badMuscle: (id: string) => `the saved quiz progress names an unknown muscle "${id}"`,
      badEntry: (id: string, field: string) =>
        `the saved quiz progress for "${id}" has a bad "${field}" value`,
      ignored: (reason: string) => `Quiz progress was reset: ${reason}.`,
    },
  },

  plan: {
    heading: 'Session plan',
    pickPoints: 'Choose the points for this session',
    noteLabel: 'Note for the patient',
    patientLabel: 'Patient (initials or a first name; optional)',
    privacyHint:
      'The plan lives only in the link and this browser. Avoid full names or other identifying details.',
    share: 'Share as link',
    copyLink: 'Copy link',
    linkCopied: 'Link copied.',
    qrLabel: 'QR code of the plan link',
    print: 'Print handout',
    snapshot: 'Save picture (PNG)',
    pointCount: (n: number) => (n === 1 ? '1 point' : `${n} points`),
    errors: {
      empty: 'session plan: the plan text is empty; open the link again or ask for a new one.',
      tooLong: (chars: number, maxChars: number) =>
        `session plan: the plan text is ${chars} characters long; the most allowed is ${maxChars}.`,
      unknownVersion: (version: string) =>
        `session plan: version "${version}" is not known to this app; it reads version 1. Update the app or ask for a new link.`,
      badFormat:
        'session plan: the link does not contain a readable plan (it may have been cut off when copied); ask for the link again.',
      badPoints: (value: string) =>
        `session plan: the point list ${quote(value)} cannot be read; ask for the link again.`,
      tooManyPoints: (count: number, max: number) =>
        `session plan: ${count} points is more than the ${max} a plan can hold; choose fewer.`,
      noteTooLong: (chars: number, max: number) =>
        `session plan: the note is ${chars} characters long; shorten it to ${max}.`,
      labelTooLong: (chars: number, max: number) =>
        `session plan: the patient label is ${chars} characters long; shorten it to ${max}.`,
      badDate: (value: string) =>
        `session plan: ${quote(value)} is not a date in the form YYYY-MM-DD.`,
      linkTooLongForQr: (chars: number, max: number) =>
        `session plan: the link is ${chars} characters long, too long for a QR code (at most ${max}); shorten the note or choose fewer points, or share the link itself.`,
      unknownPoints: (ids: readonly string[]) =>
        `session plan: ${ids.length === 1 ? 'this point is' : 'these points are'} not known to this version of the app and ${ids.length === 1 ? 'was' : 'were'} left out: ${ids.join(', ')}.`,
    },
  },

  handout: {
    title: 'Your hip: points and exercises from today',
    forPatient: (label: string) => `For ${label}`,
    date: (isoDate: string) => `Date: ${isoDate}`,
    intro:
      'Your clinician marked these points on a 3D model of the hip. This page explains what they are, what to watch out for, and why exercise is part of the plan.',
    imageAlt: (description: string) => `Picture of the model: ${description}`,
    noteHeading: 'Note from your clinician',
    pointsHeading: 'The points',
    pointHeading: (muscle: string, side: string) => `${muscle}, ${side} side`,
    anatomicalName: (name: string) => `Anatomical name: ${name}`,
    whatItIsHeading: 'What this point is',
    evidenceHeading: 'How sure we are of the place',
    safetyHeading: 'Safety',
    noPoints: 'No points were chosen for this session.',
    pointKinds: {
      'motor-point':
        'A motor point: a spot where the muscle responds most easily to a small electrical pulse, because its nerve enters close by.',
      'nerve-entry': 'The place where the nerve of this muscle enters it, found in donor studies.',
      'innervation-zone':
        'An area inside the muscle where its nerve branches are densest, mapped in donor studies.',
      'muscle-part':
        'A part of the muscle that has its own nerve branch. The studies did not say where on the part the nerve enters.',
      'surface-electrode':
        'A place for stick-on electrodes on the skin, used to make the muscle work with small electrical pulses. It is not a needling point.',
    },
    evidenceKinds: {
      cadaver:
        'Mapped in studies of donated bodies (cadavers). It marks an area, not an exact spot: in you it may sit a little differently.',
      'in-vivo':
        'Mapped by stimulating the muscle in a small number of living people during surgery. It marks an area, not an exact spot.',
      textbook:
        'Taken from a textbook or a device manual, not measured. Treat it as a rough guide.',
    },
    lowConfidence: 'The evidence for this place is limited.',
    generalSafetyHeading: 'Before and after needling',
    generalSafety: [
      'Dry needling should only be done by a clinician trained in it.',
      'Tell your clinician if you are pregnant, take blood thinners, have a bleeding disorder, a weak immune system, a pacemaker or other implant, or a fear of needles.',
      'Soreness for a day or two and small bruises are common afterwards. Feeling faint can happen; tell your clinician straight away.',
      'Contact your clinician if you have numbness, tingling or weakness in your leg, fever, or pain that keeps getting worse.',
    ],
    educationHeading: 'Why strengthening follows',
    education: [
      'Dry needling may ease pain and muscle tension for a while. Studies disagree on how much it helps and for how long, and it works best as one part of a plan.',
      'The lasting change usually comes from making the muscles around your hip stronger, so that they share the load of standing, walking and climbing stairs.',
      'Strength builds slowly, over weeks to months. Start gently, add a little at a time, and keep going when the pain settles.',
    ],
    exercisesHeading: 'Exercises your clinician may suggest',
    exercises: [
      {
        name: 'Side-lying leg lift',
        how: 'Lie on your side with the bottom knee bent. Keep the top leg straight, in line with your body and toes pointing forward. Lift it about a hand’s width, then lower it slowly.',
        works: 'the side-of-hip muscles',
      },
      {
        name: 'Clamshell',
        how: 'Lie on your side with both knees bent and your feet together. Keep the feet touching and open the top knee like a shell, without rolling your pelvis back. Close it slowly.',
        works: 'the side-of-hip and deep buttock muscles',
      },
      {
        name: 'Bridge',
        how: 'Lie on your back, knees bent and feet flat. Tighten your buttocks and lift your hips until your body is in a line from shoulders to knees. Lower slowly.',
        works: 'the big buttock muscle and the back of the thigh',
      },
      {
        name: 'Step-down',
        how: 'Stand on one leg on a low step, holding a rail if you need to. Slowly lower the other heel toward the floor, keeping your pelvis level and your knee over your middle toes, then come back up.',
        works: 'the hip and thigh muscles together, as in walking downstairs',
      },
    ],
    dosage:
      'A common start is 2 or 3 sets of 8 to 15 slow repetitions, 2 or 3 days a week, made a little harder as they get easier. Your clinician will set what is right for you.',
    exerciseCaution:
      'Mild muscle soreness after exercise is normal. Stop and ask your clinician if the pain is sharp, is still worse the next day, or if your leg goes numb, tingles or feels weak.',
    askClinician:
      'Ask your clinician before you start, and which exercises, how many and how hard are right for you.',
    disclaimer:
      'This handout comes from a teaching tool. It does not diagnose anything or replace the advice of your clinician. Motor point locations are areas taken from studies, not exact spots on your body.',
  },

  /** Safety notes of the motor point records, reworded for patients (see patient-safety.ts). */
  patientSafety: {
    'sciatic-nerve':
      'A large nerve (the sciatic nerve) runs deeper in this area. Your clinician chooses the angle and depth of the needle to stay clear of it.',
    'gluteal-nerves-vessels':
      'Nerves and blood vessels for the buttock muscles run between the muscle layers here, so the needle depth is kept with care. A small bruise can happen.',
    'femoral-nerve':
      'The main nerve of the front of the thigh lies close by. If your knee kicks or your thigh tingles during treatment, say so.',
    'skin-nerve-front':
      'A skin nerve passes near the bony point at the front of the hip. Tell your clinician about any burning or tingling over the outer thigh.',
    'blood-vessel': 'A blood vessel enters the muscle near here, so a small bruise can happen.',
    'organs-deep':
      'Organs of the belly and large blood vessels lie close to this deep muscle. Needling here needs advanced training and is often guided by ultrasound or other imaging, or not done at all.',
    'hip-joint': 'The hip joint lies just beneath this deep muscle.',
    'surface-only':
      'This place is for stick-on electrodes on the skin, not for needles. Do not put electrodes on broken, scarred or numb skin.',
    general: 'Your clinician will explain any risks at this point before treatment.',
    'urgent-care':
      'After treatment near the belly or groin, seek urgent care for severe belly pain, fever or blood in the urine.',
  },
} as const;
