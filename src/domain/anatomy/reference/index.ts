export {
  ANATOMY_REFERENCES,
  anatomyReferenceFor,
  findAnatomyReference,
  isAnatomyReferenceId,
  LANDMARK_REFERENCE,
  landmarkReferenceFor,
} from './anatomy-reference';
export { BONE_REFERENCE_DATA } from './bone-reference';
export { CONTEXT_MUSCLE_REFERENCE_DATA } from './context-muscle-reference';
export { LANDMARK_REFERENCE_DATA, type LandmarkReferenceData } from './landmark-reference';
export { MUSCLE_REFERENCE_DATA } from './muscle-reference';
export { NERVE_REFERENCE_DATA } from './nerve-reference';
export * from './reference-types';
export * from './sources';
export * from './spinal-roots';
