export type { PlanPointChoice } from './edit-session-plan';
export {
  addPlanPoint,
  isoDate,
  isPlanEmpty,
  planPointChoices,
  planPointLabel,
  removePlanPoint,
  setPlanNote,
  setPlanPatientLabel,
  snapshotFileName,
} from './edit-session-plan';
export type { DecodedSessionPlan, SessionPlanLinkOptions } from './encode-session-plan';
export {
  checkSessionPlan,
  decodeSessionPlan,
  encodeSessionPlan,
  MUSCLE_CODES,
  movePlanToFragment,
  planParamOf,
  SESSION_PLAN_FORMAT_VERSION,
  SESSION_PLAN_LINK_DEFAULTS,
  SessionPlanError,
  sessionPlanFromLocation,
  sessionPlanFromSearch,
  sessionPlanLink,
  sessionPlanQrText,
} from './encode-session-plan';
export type { HandoutContent, HandoutPoint, HandoutSection } from './handout-content';
export { handoutContent } from './handout-content';
export type { OpenedSessionPlan } from './open-session-plan';
export { openSessionPlan } from './open-session-plan';
export type { DisplayPolicy, PatientModeOptions } from './patient-mode';
export {
  displayName,
  displayStructureName,
  PATIENT_MODE_DEFAULTS,
  patientModePolicy,
  patientPointKind,
  patientPointName,
} from './patient-mode';
export type {
  NumberedPlanPoint,
  PatientPlanContent,
  PlanExerciseItem,
} from './patient-plan-content';
export { numberedPlanPoints, patientPlanContent, planExerciseItems } from './patient-plan-content';
export type { PatientSafetyId } from './patient-safety';
export { patientSafetyIds, patientSafetyNotes } from './patient-safety';
export { nearestCameraPreset, sessionPlanLinkView } from './plan-link-view';
export type { SchematicMark } from './plan-point-schematic';
export { SCHEMATIC_SIZE, schematicMarks } from './plan-point-schematic';
export type { PlanSaveDecision, PlanSaveSituation, StoredPlan } from './plan-sync';
export { decidePlanSave, readStoredPlan, samePlan, storedPlanText } from './plan-sync';
export type { QrRect } from './qr-rects';
export { qrRects } from './qr-rects';
export type { SessionPlan } from './session-plan';
export { SESSION_PLAN_DATE, SESSION_PLAN_LIMITS } from './session-plan';
export { decodeBase64Url, encodeBase64Url } from './url-safe-text';
