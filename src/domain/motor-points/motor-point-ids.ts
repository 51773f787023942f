/**
 * The ids of the motor point records, on their own so that reading a link (`point=`) does not
 * load the records themselves. A test keeps this list equal to `MOTOR_POINTS`.
 */
export const MOTOR_POINT_IDS = [
  'gluteus-maximus-cranial-nerve-dense-zone',
  'gluteus-maximus-middle-nerve-dense-zone',
  'gluteus-maximus-caudal-nerve-dense-zone',
  'gluteus-maximus-inferior-gluteal-nerve-entry',
  'gluteus-maximus-central-stimulation-site',
  'gluteus-medius-posterior',
  'gluteus-medius-nerve-termination-arc',
  'gluteus-medius-anterior',
  'gluteus-medius-middle',
  'gluteus-medius-surface-stimulation-site',
  'gluteus-minimus-nerve-branch',
  'gluteus-minimus-anterior',
  'gluteus-minimus-posterior',
  'tensor-fasciae-latae-nerve-entry',
  'tensor-fasciae-latae-main-branch-zone',
  'tensor-fasciae-latae-entry-near-lcfa',
  'piriformis-nerve-entry',
  'piriformis-arborization-zone',
  'piriformis-nerve-dense-center',
  'psoas-major-endplate-zone',
  'psoas-major-arborization-zone',
  'psoas-major-l2-l3-branch-level',
  'iliacus-arborization-upper',
  'iliacus-arborization-lower',
  'iliacus-suprainguinal-motor-point',
] as const;
