export type { Dosage } from './dosage';
export { exerciseDosage } from './dosage';
export type {
  EmgMuscle,
  EmgValue,
  Exercise,
  ExerciseId,
  ExerciseKeyPose,
} from './exercise';
export { EMG_MUSCLES, EXERCISE_IDS, isExerciseId } from './exercise';
export type { ExerciseBodyPose } from './exercise-body-pose';
export {
  exerciseBodyPose,
  lumbarJointRotation,
} from './exercise-body-pose';
export { exerciseFigure } from './exercise-figure';
export { EXERCISES, exerciseByCode, findExercise } from './exercise-table';
export { /** @internal */ exerciseEvidenceTexts, exerciseText } from './exercise-text';
export type {
  ActivationBand,
  RankedExercise,
} from './rank-exercises';
export {
  ACTIVATION_BAND_COLOURS,
  activationBand,
  meanActivation,
  NO_ACTIVATION_FIGURE_COLOUR,
  rankExercises,
} from './rank-exercises';
export { EXERCISE_SOURCES } from './sources';
