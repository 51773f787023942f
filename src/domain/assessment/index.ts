export type { Assessment } from './assessment';
export {
  ACTIVITY_LEVELS,
  ASSESSMENT_LIMITS,
  emptyAssessment,
  isAssessmentEmpty,
  MUSCLE_GROUPS,
  OXFORD_GRADES,
  PAIN_SITES,
} from './assessment';
export {
  findingFromChoice,
  strengthChoice,
  withActivity,
  withAge,
  withPainSite,
  withSideSign,
  withStrength,
  withThomas,
} from './edit-assessment';
export type { AssessmentMapping } from './map-assessment';
export { mapAssessment } from './map-assessment';
export { assessmentFromCompact, assessmentToCompact, parseAssessment } from './parse-assessment';
export type { PointSuggestion } from './suggest-points';
export { suggestPoints } from './suggest-points';
export { weakEmgMuscles } from './weak-muscles';
