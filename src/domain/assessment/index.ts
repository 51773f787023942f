export type {
  ActivityLevel,
  Assessment,
  MuscleGroup,
  OxfordGrade,
  PainSite,
  PerSide,
  StrengthFinding,
} from './assessment';
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
export type { AssessmentMapping, MappedFinding, MappingTrust } from './map-assessment';
export {
  ASSESSMENT_MAPPING_DEFAULTS,
  GROUP_MUSCLES,
  mapAssessment,
  OXFORD_WEAKNESS,
  stanceSideFor,
  strengthWeakness,
  weaknessForVisibleDrop,
} from './map-assessment';
export type { ParsedAssessment } from './parse-assessment';
export { assessmentFromCompact, assessmentToCompact, parseAssessment } from './parse-assessment';
export type { PointSuggestion } from './suggest-points';
export { suggestPoints } from './suggest-points';
export { WEAK_FROM, weakEmgMuscles } from './weak-muscles';
