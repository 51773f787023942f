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
export {
  checkSessionPlan,
  /** @internal */
  encodeSessionPlan,
  movePlanToFragment,
  /** @internal */
  sessionPlanFromLocation,
  sessionPlanLink,
  sessionPlanQrText,
} from './encode-session-plan';
export type { HandoutContent } from './handout-content';
export { handoutContent } from './handout-content';
export { openSessionPlan } from './open-session-plan';
export { type DisplayPolicy, patientModePolicy } from './patient-mode';
export { numberedPlanPoints, patientPlanContent } from './patient-plan-content';
export { patientSafetyNotes } from './patient-safety';
export { sessionPlanLinkView } from './plan-link-view';
export type { SchematicMark } from './plan-point-schematic';
export { SCHEMATIC_SIZE, schematicMarks } from './plan-point-schematic';
export type { StoredPlan } from './plan-sync';
export { decidePlanSave, readStoredPlan, samePlan, storedPlanText } from './plan-sync';
export { qrRects } from './qr-rects';
export type { SessionPlan } from './session-plan';
export { SESSION_PLAN_LIMITS } from './session-plan';
