export type { Anchor } from './anchor';
export { landmarkPosition, landmarkSide, landmarksOfAnchor, resolveAnchor } from './anchor';
export { MOTOR_POINT_RECORDS, MOTOR_POINTS } from './data/motor-points';
export type { AnatomicalDirection, Direction } from './direction';
export { ANATOMICAL_DIRECTIONS, anatomicalVector } from './direction';
export type {
  AtRule,
  LandmarkRule,
  LineFractionRule,
  OffsetRule,
  PerpendicularOffset,
  QuadRule,
  Range,
} from './landmark-rule';
export { landmarksOfRule } from './landmark-rule';
export type {
  Confidence,
  Evidence,
  EvidenceKind,
  FigureStatus,
  FinerType,
  MotorPointRecord,
  NerveRoot,
  PointType,
  SourceLocation,
} from './motor-point';
export {
  CONFIDENCES,
  EVIDENCE_KINDS,
  evidenceHref,
  FIGURE_STATUSES,
  FINER_TYPES,
  isQuizScorable,
  NERVE_ROOTS,
  POINT_TYPES,
  placementConfidenceOf,
} from './motor-point';
export { MOTOR_POINT_IDS } from './motor-point-ids';
export { motorPointLabel, pointKindText } from './motor-point-label';
export { motorPointText, recordSentences } from './motor-point-text';
export type { PlacedPoint, PlaceMotorPointOptions } from './place-motor-point';
export {
  PLACE_MOTOR_POINT_DEFAULTS,
  placeAllMotorPoints,
  placeMotorPoint,
} from './place-motor-point';
export type { PlacedRegion, PlaceRuleOptions, RulePlacement } from './place-rule';
export { PLACE_RULE_DEFAULTS, placeRule } from './place-rule';
export type { PlacementError, PlacementErrorCode, PlacementModule } from './placement-error';
export { isPlacementError, ruleProblemToError } from './placement-error';
export type { RegionSamplingOptions, RegionShape } from './region-outline';
export type { RuleProblem } from './rule-problem';
export { RuleProblemError } from './rule-problem';
export type { LandmarkLookup, SurfaceFace, SurfaceHit, SurfaceQuery } from './surface-query';
export { surfaceFaceFor } from './surface-query';
