export type { Anchor } from './anchor';
export {
  landmarkPosition,
  /** @internal */ landmarksOfAnchor,
  /** @internal */ resolveAnchor,
} from './anchor';
export { /** @internal */ MOTOR_POINT_RECORDS, MOTOR_POINTS } from './data/motor-points';
export type { Direction } from './direction';
export type {
  AtRule,
  LandmarkRule,
  LineFractionRule,
} from './landmark-rule';
export { /** @internal */ landmarksOfRule } from './landmark-rule';
export type {
  Confidence,
  MotorPointRecord,
  PointType,
} from './motor-point';
export {
  CONFIDENCES,
  evidenceHref,
  isQuizScorable,
  POINT_TYPES,
  placementConfidenceOf,
} from './motor-point';
export { motorPointLabel, pointKindText } from './motor-point-label';
export { motorPointText, /** @internal */ recordSentences } from './motor-point-text';
export type { PlacedPoint } from './place-motor-point';
export { placeAllMotorPoints } from './place-motor-point';
export type { PlacedRegion, PlaceRuleOptions } from './place-rule';
export { PLACE_RULE_DEFAULTS, placeRule } from './place-rule';
export type { PlacementError, PlacementModule } from './placement-error';
export { /** @internal */ isPlacementError, ruleProblemToError } from './placement-error';
export { RuleProblemError } from './rule-problem';
export type { LandmarkLookup, SurfaceFace, SurfaceHit, SurfaceQuery } from './surface-query';
