export type { AcupunctureCardContent, AcupunctureSourceLink } from './acupuncture-card';
export {
  acupunctureCardContent,
  acupunctureCardTexts,
  acupunctureSourceLinks,
  groupSafetyFor,
} from './acupuncture-card';
export type { AcupunctureKey } from './acupuncture-key';
export { acupunctureKey, parseAcupunctureKey } from './acupuncture-key';
export type {
  AcupunctureAlternative,
  AcupuncturePoint,
  AcupunctureRule,
  CunOffsetRule,
  CunScaleId,
  WhoVerification,
} from './acupuncture-point';
export { CUN_SCALE_IDS, WHO_VERIFICATIONS } from './acupuncture-point';
export { acupunctureText } from './acupuncture-text';
export type { CunScaleDefinition } from './cun-scale';
export { CUN_SCALES, cunMm } from './cun-scale';
export { ACUPUNCTURE_POINTS, HIP_ACUPUNCTURE_CODES } from './data/acupuncture-points';
export { ACUPUNCTURE_CAVEATS, ACUPUNCTURE_GENERAL_SAFETY } from './data/general-notes';
export type { AcupunctureSource, AcupunctureSourceId } from './data/sources';
export { ACUPUNCTURE_SOURCES } from './data/sources';
export type {
  PlaceAcupunctureOptions,
  PlacedAcupuncturePoint,
  SkinQuery,
} from './place-acupuncture-point';
export {
  PLACE_ACUPUNCTURE_DEFAULTS,
  placeAcupuncturePoint,
  placeAllAcupuncturePoints,
} from './place-acupuncture-point';
