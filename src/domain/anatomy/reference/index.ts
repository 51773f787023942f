export {
  ANATOMY_REFERENCES,
  anatomyReferenceFor,
  findAnatomyReference,
  LANDMARK_REFERENCE,
} from './anatomy-reference';
export { /** @internal */ BONE_REFERENCE_DATA } from './bone-reference';
export { /** @internal */ LANDMARK_REFERENCE_DATA } from './landmark-reference';
export { /** @internal */ MUSCLE_REFERENCE_DATA } from './muscle-reference';
export { /** @internal */ NERVE_REFERENCE_DATA } from './nerve-reference';
export * from './reference-types';
export * from './sources';
export * from './spinal-roots';
