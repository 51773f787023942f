import type { ParamNotice } from '../../view-state/url-params';

/** Viewer shell strings (English). */
export const app = {
  title: 'Hip motor point visualizer',
  loadingModel: 'Loading the hip model…',
  loadingProgress: (percent: number) => `Loading the hip model… ${Math.round(percent)} %`,
  webglUnavailableTitle: '3D view unavailable',
  webglUnavailableBody:
    'This browser or device cannot draw 3D graphics (WebGL is off or unsupported). The lists, cards and search below still work; the picture shows the default view.',
  viewerErrorTitle: 'The 3D view stopped',
  viewerErrorBody: (detail: string) =>
    `Something went wrong while drawing the model: ${detail}. Reload the page to try again; your view is kept in the link.`,
  retry: 'Try again',
  reloadPage: 'Reload the page',
  framedTitle: 'This page cannot be shown inside another site',
  framedBody:
    'The full app keeps session plans in this browser, so it only runs in its own tab. Sites that embed the viewer use its embed page (see the embedding guide).',
  framedOpen: 'Open the app in its own tab',
  partLoadFailedTitle: 'This part could not be loaded',
  partLoadFailedBody:
    'Its code did not download: the connection may be offline, or a new version of the app was published. Try again; if that fails, reload the page (the view is kept in the link, and the session plan in this browser).',
  viewerRegion: '3D view',
  panelsRegion: 'Layers and structures',
  closeCard: 'Close card',
  searchLoading: 'Loading the index…',
  load3d: 'Show the 3D model',
  modes: {
    label: 'Mode',
    names: { explore: 'Explore', patient: 'Patient view', quiz: 'Quiz' },
    announce: (name: string) => `${name} mode.`,
    stories: 'Stories…',
  },
  panelTabs: 'Panels',
  tabLayers: 'Layers',
  tabPoints: 'Motor points',
  tabMechanics: 'Dysfunction',
  mechanicsPanel: {
    title: 'Dysfunction and load',
    intro:
      'Mark muscles of the standing leg as weak or tight and see whether and how they could change hip, knee and lower-back loads in a simple static model, and how uncertain that is. Whether the knee or the lower back takes the load depends on how the body compensates, an assumption you can change on the chart.',
    presets: 'Examples',
    presetApplied: (label: string) => `Example applied: ${label}.`,
    reset: 'No dysfunction',
    resetDone: 'Dysfunction cleared.',
    stance: 'Standing leg',
    stanceRight: 'Right leg',
    stanceLeft: 'Left leg',
    task: 'Task',
    tasks: {
      'single-leg-stance': 'Standing on one leg',
      'quiet-standing': 'Standing on both legs',
      'hip-hinge': 'Bending forward from the hips (hip hinge)',
    },
    trunkFlexion: 'Trunk forward bend',
    muscles: 'Muscles of the standing leg',
    muscleOnSide: (label: string, side: string) => `${label} (${side})`,
    weak: 'Weak',
    tight: 'Tight',
    person: 'Person and compensation',
    compensation: 'How the body compensates',
    compensationValue: (pct: number) =>
      pct <= 10
        ? 'Lets the pelvis drop'
        : pct >= 90
          ? 'Leans the trunk'
          : `${pct} % trunk lean, ${100 - pct} % pelvic drop`,
    mass: 'Body mass (kg)',
    height: 'Height (m)',
    strength: 'Baseline strength',
    strengths: { 'young-adult': 'Young adult', 'older-adult': 'Older adult' },
    cane: 'Cane',
    noCane: 'No cane',
    caneSides: { contralateral: 'In the opposite hand', ipsilateral: 'In the same-side hand' },
    caneLoad: 'Push on the cane (% body weight)',
    tableCaption: 'Healthy compared with now, for every output of the model',
    output: 'Output',
    healthy: 'Healthy',
    now: 'Now',
    change: 'Change',
    otherSide: (side: string) =>
      `The mechanics act on the standing leg (${side}). Make this side the standing leg to change it.`,
    makeStance: 'Stand on this leg',
    tradeOff: {
      title: 'Where the load goes: knee or lower back',
      styleControl: 'How the body compensates (on the chart)',
      drops: 'Pelvis drops',
      leans: 'Trunk leans',
      knee: 'Inner-knee load (knee adduction moment)',
      back: 'Lower-back side-bending moment (+ toward the standing leg)',
      unit: 'N·m/kg',
      healthyBand:
        'Healthy value ± 10 % of the healthy knee moment (a drawing aid, not a measured range)',
      outsideFoot:
        'Dashed: the centre of pressure would leave the foot; the static model cannot size this',
      now: 'Now',
      idle: {
        'two-leg-task':
          'On two legs there is no pelvic drop or trunk lean in this model, so the way of compensating changes nothing; choose standing on one leg.',
        'posture-forced': 'A what-if posture is set, so the way of compensating changes nothing.',
        'strength-covers':
          'The remaining hip abductor strength covers standing on one leg, so the way of compensating changes nothing: both lines stay at the healthy values. Add more weakness to see the trade-off.',
      },
      summary: (kneeDrop: string, kneeLean: string, backDrop: string, backLean: string) =>
        `From pelvis drop to trunk lean, the inner-knee load goes from ${kneeDrop} to ${kneeLean} N·m/kg and the lower-back side-bending moment from ${backDrop} to ${backLean} N·m/kg.`,
      current: (knee: string, back: string) =>
        `At this setting: knee ${knee} N·m/kg, lower back ${back} N·m/kg.`,
      /** Plain words for patients, chosen from which end of the chart loads each place more. */
      plain: (kneeMoreAtDrop: boolean, backMoreAtLean: boolean) =>
        `Letting the pelvis drop loads the inner knee ${kneeMoreAtDrop ? 'more' : 'less'}; leaning the trunk over the standing leg loads the lower back ${backMoreAtLean ? 'more' : 'less'}.`,
    },
  },
  share: 'Share this view',
  linkCopied: 'Link to this view copied.',
  linkCopyFailed: 'Copy this link to share the view:',
  openPanels: 'Layers, structures and details',
  closePanels: 'Hide panels',
  skipLinks: 'Skip links',
  skipToViewer: 'Skip to the 3D view',
  skipToPanels: 'Skip to the panels',
  loading3dFor: 'Loading the 3D model to show this.',
  muscleLinks: {
    pointsTitle: 'Motor points of this muscle',
    noPoints: 'No motor point records for this muscle yet.',
    openMuscle: (name: string) => `Open the muscle: ${name}`,
  },
  exerciseOnModel: {
    heading: (exercise: string, side: 'left' | 'right') =>
      `${exercise}: key position, ${side} leg exercised`,
    working: 'Working muscles, coloured by published activation',
    muscle: (muscle: string, pct: number, band: string) =>
      `${muscle}: about ${Math.round(pct)} % MVIC, ${band}`,
    scale: 'Colour scale (Reiman 2012 bands)',
    notWorking: 'Grey: no checked figure for this exercise, or the other leg',
    caveat:
      'Joint angles are illustrative, drawn from how the studies describe each position; the colour is the mean of healthy adults, not this patient.',
  },
  orientation: {
    words: {
      left: "Body's left",
      right: "Body's right",
      superior: 'Head',
      inferior: 'Feet',
      anterior: 'Front',
      posterior: 'Back',
    },
  },
  layerButtons: 'Layer visibility (arrow keys move between buttons)',
  advanced: {
    open: 'Advanced settings',
    close: 'Hide advanced settings',
    clipping: 'Cross-section',
    clippingAxis: 'Cut plane',
    axisFrontal: 'Front / back',
    axisSagittal: 'Left / right',
    axisTransverse: 'Top / bottom',
    clippingOffset: 'Position (cm)',
    clippingFlip: 'Keep other half',
    exposure: 'Exposure',
    mechanicsParameters: 'Mechanics model parameters',
  },
  structureActions: 'Show or hide this structure',
  canvasLabel: 'Interactive 3D model of the hip',
  cameraPresets: 'Camera',
  resetView: 'Reset view',
  posterAlt:
    'Still picture of the hip model from the front: pelvis, lower spine, thigh bones and the hip muscles.',
  dismissNotice: 'Dismiss notice',
  ignoredParams: (notices: readonly ParamNotice[]) => {
    const parts = notices.map((n) => {
      const shown = n.detail ?? n.value;
      switch (n.problem) {
        case 'unknown-parameter':
          return `"${n.param}" is not a setting this viewer knows`;
        case 'unknown-name':
          return `"${n.param}=${shown}" names nothing in the model`;
        case 'invalid-content':
          // The detail is a sentence of its own: its closing period would double ours.
          return n.detail?.replace(/\.+$/, '') ?? `"${n.param}" could not be read`;
        default:
          return `"${n.param}=${shown}" is not a valid value`;
      }
    });
    return `Some parts of this link were ignored: ${parts.join('; ')}. The rest of the view was restored.`;
  },
  notDiagnostic: 'A teaching tool, not a diagnostic device.',
  clinicianTools: {
    show: 'Show clinician tools',
    hide: 'Hide clinician tools',
    hint: 'Patient view shows the model, plain explanations and stories. Clinician tools add the dysfunction settings, assessment, exercises, the session plan and advanced settings.',
  },
} as const;
