/**
 * Strings of the clinician tools (English): the acupuncture overlay and its card, the session
 * plan panel, its QR code and snapshot, and the printed handout's frame. The handout's content
 * itself lives in `learning.handout`.
 */
export const clinician = {
  acupuncture: {
    toggle: 'Show traditional acupuncture points',
    legend:
      'Purple cone: a traditional acupuncture point (shown when that layer is on), not a motor point. These points sit on the skin, so while they are shown a hidden skin is drawn faintly.',
    pointKind: 'Acupuncture point',
    hoverLabel: (code: string, pinyin: string, side: string) => `${code} ${pinyin} (${side})`,
  },
  acupunctureCard: {
    title: (code: string, pinyin: string, side: string) => `${code} ${pinyin} (${side})`,
    close: 'Close acupuncture point',
    frame: 'Show on the model',
    notMotorPoint:
      'A traditional acupuncture point, not a motor point. Its place comes from acupuncture standards and textbooks (proportional cun from bony landmarks), not from studies of where a muscle’s nerve enters it.',
    names: 'Names',
    englishNames: (names: readonly string[]) => names.join('; '),
    chineseName: (simplified: string, traditional: string) =>
      simplified === traditional ? simplified : `${simplified} (traditional: ${traditional})`,
    meridian: 'Meridian',
    whoRule: 'Location (WHO 2008 standard, paraphrased)',
    otherRule: 'Location (not in WHO 2008)',
    whoNotes: 'Notes',
    howChecked: 'How the wording was checked',
    modelReading: 'How the model places it',
    approximate: 'Approximate location',
    depth: 'Textbook needling depth',
    depthNote:
      'Textbook depths are population averages in proportional cun; safe depth varies with body size and is judged clinically.',
    showDepth: 'Show needling depth',
    safety: 'Safety',
    dryNeedling: 'Relation to dry needling',
    caveats: 'About this layer',
    sources: 'Sources',
    notReviewed: 'Not reviewed by a licensed acupuncturist or clinician.',
  },
  plan: {
    tab: 'Session plan',
    intro:
      'Choose points for a patient, add a note, then share the plan as a link or QR code, or print a one-page handout.',
    addSelected: (label: string) => `Add the selected point: ${label}`,
    addSelectedNone: 'Select a motor point on the model or in the list to add it here.',
    alreadyInPlan: (label: string) => `${label} is in the plan.`,
    pickLabel: 'Or choose a point',
    pickPlaceholder: 'Choose a point…',
    add: 'Add',
    planPoints: 'Points in this plan',
    noPoints: 'No points yet.',
    remove: (label: string) => `Remove ${label}`,
    removeShort: 'Remove',
    full: (max: number) => `A plan holds at most ${max} points.`,
    charsLeft: (left: number) => `${left} characters left`,
    announceAdded: (label: string) => `${label} added to the plan.`,
    announceRemoved: (label: string) => `${label} removed from the plan.`,
    shareHeading: 'Share',
    linkLabel: 'Link to this plan',
    copyFailed: 'The clipboard is blocked: copy the link from the box.',
    qrHeading: 'QR code',
    qrHint: 'Let the patient scan it with a phone camera to open the plan.',
    noQr: 'Add a point or a note to make a link.',
    handoutHeading: 'Handout and picture',
    printHint:
      'Prints one page: a picture of the current view, the points in plain words, safety notes and exercise advice.',
    snapshotSaved: 'Picture saved.',
    noCapture: 'The 3D view is not ready, so there is no picture yet.',
    dismissNotice: 'Dismiss session plan notice',
    clear: 'Start a new plan',
    cleared: 'The plan was cleared.',
    undoClear: 'Undo',
    clearedUndo: 'The plan was cleared. Undo brings it back.',
    restored: 'The plan was brought back.',
    storage: {
      saveFailed:
        'Not saved in this browser: its storage is full or blocked. The plan stays on this page; copy its link (below) to keep it.',
      conflict:
        'The plan saved in this browser was changed in another tab. Your edits here are not saved yet.',
      loadOther: 'Show the other tab’s plan',
      keepMine: 'Save this plan over it',
      updatedElsewhere: 'The plan was updated from another tab.',
      linkPlanHeld:
        'This plan came from a link. The plan you saved in this browser is kept; edits here are not saved unless you choose to.',
      saveLinkPlan: 'Save this plan here instead',
      openSavedPlan: 'Open my saved plan',
      confirmReplace:
        'Replace the plan saved in this browser with this one? The saved plan will be lost.',
      keptAside: (reason: string) =>
        `The plan saved in this browser could not be read (${reason.replace(/\.+$/, '')}). It was kept aside unchanged, so a newer version of the app can still open it; you start with an empty plan.`,
      dismiss: 'Dismiss',
    },
  },
  handout: {
    region: 'Printable handout',
    noImage: 'No picture of the model was available.',
    generated: (date: string) => `Printed ${date} from the hip motor point visualizer.`,
  },
} as const;
