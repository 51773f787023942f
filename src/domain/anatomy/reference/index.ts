export {
  ANATOMY_REFERENCES,
  anatomyReferenceFor,
  findAnatomyReference,
  LANDMARK_REFERENCE,
} from './anatomy-reference';
export { BONE_REFERENCE_DATA } from './bone-reference';
export { LANDMARK_REFERENCE_DATA } from './landmark-reference';
export { MUSCLE_REFERENCE_DATA } from './muscle-reference';
export { NERVE_REFERENCE_DATA } from './nerve-reference';
export * from './reference-types';
export * from './sources';
export * from './spinal-roots';
