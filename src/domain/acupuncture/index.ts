export {
  acupunctureCardContent,
  /** @internal */
  acupunctureCardTexts,
} from './acupuncture-card';
export { acupunctureKey, parseAcupunctureKey } from './acupuncture-key';
export { acupunctureText } from './acupuncture-text';
export { ACUPUNCTURE_POINTS } from './data/acupuncture-points';
export {
  /** @internal */ ACUPUNCTURE_CAVEATS,
  /** @internal */ ACUPUNCTURE_GENERAL_SAFETY,
} from './data/general-notes';
export { /** @internal */ ACUPUNCTURE_SOURCES } from './data/sources';
export type {
  PlacedAcupuncturePoint,
  SkinQuery,
} from './place-acupuncture-point';
export { placeAllAcupuncturePoints } from './place-acupuncture-point';
