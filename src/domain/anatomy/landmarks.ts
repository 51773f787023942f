/**
 * Named landmarks. Ids are spelled exactly as the motor point records and the acupuncture
 * location rules spell them, so a rule can be resolved on any model that provides them.
 * `bilateral: false` landmarks lie on the midline.
 */
export const LANDMARKS = [
  // Pelvis
  { id: 'ASIS', label: 'Anterior superior iliac spine', bilateral: true },
  { id: 'AIIS', label: 'Anterior inferior iliac spine', bilateral: true },
  { id: 'PSIS', label: 'Posterior superior iliac spine', bilateral: true },
  { id: 'iliac-crest-highest', label: 'Highest point of the iliac crest', bilateral: true },
  { id: 'iliac-tubercle', label: 'Iliac tubercle', bilateral: true },
  { id: 'greater-sciatic-notch-apex', label: 'Apex of the greater sciatic notch', bilateral: true },
  { id: 'ischial-tuberosity', label: 'Ischial tuberosity', bilateral: true },
  { id: 'pubic-tubercle', label: 'Pubic tubercle', bilateral: true },
  {
    id: 'pubic-symphysis-inferior-border',
    label: 'Lower border of the pubic symphysis',
    bilateral: false,
  },
  { id: 'hip-joint-center', label: 'Hip joint centre', bilateral: true },
  // Sacrum, coccyx and spine
  { id: 'sacrum-lateral-border', label: 'Lateral border of the sacrum', bilateral: true },
  { id: 'S1-posterior-sacral-foramen', label: 'First posterior sacral foramen', bilateral: true },
  { id: 'S2-posterior-sacral-foramen', label: 'Second posterior sacral foramen', bilateral: true },
  { id: 'sacral-hiatus', label: 'Sacral hiatus', bilateral: false },
  { id: 'sacral-promontory', label: 'Sacral promontory', bilateral: false },
  { id: 'coccyx-tip', label: 'Tip of the coccyx', bilateral: false },
  { id: 'T12-transverse-process', label: 'T12 transverse process (reference)', bilateral: true },
  { id: 'L1-transverse-process', label: 'L1 transverse process tip', bilateral: true },
  { id: 'L2-transverse-process', label: 'L2 transverse process tip', bilateral: true },
  { id: 'L3-transverse-process', label: 'L3 transverse process tip', bilateral: true },
  { id: 'L4-transverse-process', label: 'L4 transverse process tip', bilateral: true },
  { id: 'L5-transverse-process', label: 'L5 transverse process tip', bilateral: true },
  { id: 'L1-spinous-process', label: 'L1 spinous process', bilateral: false },
  { id: 'L2-spinous-process', label: 'L2 spinous process', bilateral: false },
  { id: 'L3-spinous-process', label: 'L3 spinous process', bilateral: false },
  { id: 'L4-spinous-process', label: 'L4 spinous process', bilateral: false },
  { id: 'L5-spinous-process', label: 'L5 spinous process', bilateral: false },
  // Femur and knee
  { id: 'greater-trochanter-tip', label: 'Tip of the greater trochanter', bilateral: true },
  { id: 'lesser-trochanter', label: 'Lesser trochanter', bilateral: true },
  { id: 'femoral-lateral-epicondyle', label: 'Lateral epicondyle of the femur', bilateral: true },
  { id: 'femoral-medial-epicondyle', label: 'Medial epicondyle of the femur', bilateral: true },
  { id: 'knee-joint-center', label: 'Knee joint centre', bilateral: true },
  { id: 'patella-center', label: 'Centre of the patella', bilateral: true },
  { id: 'patella-apex', label: 'Apex (lower pole) of the patella', bilateral: true },
  { id: 'patella-base-lateral-end', label: 'Lateral end of the patellar base', bilateral: true },
  { id: 'patella-base-medial-end', label: 'Medial end of the patellar base', bilateral: true },
  { id: 'fibular-head', label: 'Head of the fibula', bilateral: true },
  { id: 'tibial-tuberosity', label: 'Tibial tuberosity', bilateral: true },
  { id: 'ST35-lateral-knee-eye', label: 'Lateral knee eye (ST35)', bilateral: true },
  { id: 'popliteal-crease-lateral', label: 'Lateral end of the popliteal crease', bilateral: true },
  // Soft tissue and surface
  { id: 'umbilicus', label: 'Umbilicus', bilateral: false },
  { id: 'gluteal-fold-midpoint', label: 'Midpoint of the gluteal fold', bilateral: true },
  { id: 'buttock-quadrant-center', label: 'Centre of the buttock quadrants', bilateral: true },
  {
    id: 'psoas-inguinal-crossing',
    label: 'Where psoas crosses the inguinal ligament',
    bilateral: true,
  },
  {
    id: 'lcfa-ascending-branch-entry-tfl',
    label: 'Entry of the ascending lateral circumflex femoral artery into TFL',
    bilateral: true,
  },
] as const;

export type LandmarkId = (typeof LANDMARKS)[number]['id'];
/** @internal */
export const LANDMARK_IDS: readonly LandmarkId[] = LANDMARKS.map((l) => l.id);

export function isLandmarkId(value: unknown): value is LandmarkId {
  return typeof value === 'string' && (LANDMARK_IDS as readonly string[]).includes(value);
}
