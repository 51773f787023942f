export type { Dosage, DosageGoal, DosageOptions } from './dosage';
export { DOSAGE_DEFAULTS, exerciseDosage } from './dosage';
export type {
  BodyPosition,
  EmgCheck,
  EmgMeasure,
  EmgMuscle,
  EmgValue,
  Exercise,
  ExerciseConfidence,
  ExerciseId,
  ExerciseKeyPose,
} from './exercise';
export { EMG_MUSCLES, EXERCISE_IDS, isCheckedEmg, isExerciseId } from './exercise';
export type {
  BodyViewDirection,
  ExerciseBodyPose,
  ExerciseBodyPoseOptions,
  LegAngles,
} from './exercise-body-pose';
export {
  EXERCISE_BODY_POSE_DEFAULTS,
  exerciseBodyPose,
  hipRotation,
  kneeRotation,
  lumbarJointRotation,
} from './exercise-body-pose';
export type { ExerciseFigure, FigurePoint } from './exercise-figure';
export { exerciseFigure } from './exercise-figure';
export { EXERCISES, exerciseByCode, findExercise } from './exercise-table';
export { exerciseEvidenceTexts, exerciseText } from './exercise-text';
export type {
  ActivationBand,
  MuscleActivation,
  RankedExercise,
  RankingOptions,
} from './rank-exercises';
export {
  ACTIVATION_BAND_COLOURS,
  activationBand,
  activationFor,
  meanActivation,
  NO_ACTIVATION_FIGURE_COLOUR,
  RANKING_DEFAULTS,
  rankExercises,
} from './rank-exercises';
export type { ExerciseSource, ExerciseSourceId } from './sources';
export { EXERCISE_SOURCE_IDS, EXERCISE_SOURCES } from './sources';
