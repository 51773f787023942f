export type { QuizAnswerMark } from './answer-mark';
export { answerLabelSides, quizAnswerMark } from './answer-mark';
export type { GenerateQuizOptions } from './generate-quiz';
export { GENERATE_QUIZ_DEFAULTS, generateQuiz } from './generate-quiz';
export { nerveRootsQuestion } from './nerve-roots-question';
export type {
  KeyboardSpot,
  KeyboardSpotsOptions,
  PlacePointFeedback,
  PlacePointScoringOptions,
  ScoreBand,
} from './place-point-question';
export {
  findMotorPointRecord,
  generatePlacePointQuestion,
  KEYBOARD_SPOTS_DEFAULTS,
  PLACE_POINT_SCORING_DEFAULTS,
  placePointFeedback,
  placePointKeyboardSpots,
  placePointQuestion,
  pointTypeLabel,
  scoreBandFor,
  scorePlacePoint,
} from './place-point-question';
export type { QuizKeyCommand } from './quiz-keys';
export { quizKeyCommand } from './quiz-keys';
export type { MuscleProgress, ParsedProgress, QuizProgress } from './quiz-progress';
export {
  emptyProgress,
  mergeProgress,
  muscleMastery,
  parseProgress,
  progressFromSummary,
  QUIZ_PROGRESS_LIMITS,
  QUIZ_PROGRESS_STORAGE_KEY,
  QUIZ_PROGRESS_VERSION,
  serializeProgress,
} from './quiz-progress';
export type {
  ChoiceOption,
  ChoiceScore,
  NerveRootsQuestion,
  PlacePointQuestion,
  PlacePointScore,
  QuestionResult,
  QuizAnswer,
  QuizKind,
  QuizQuestion,
  ScoreBandId,
  WhichDysfunctionQuestion,
} from './quiz-question';
export { QUIZ_KINDS, QUIZ_MAX_POINTS, scoreChoice } from './quiz-question';
export type { QuizReviewRow } from './quiz-review';
export { reviewQuizRound } from './quiz-review';
export type {
  QuizPhase,
  QuizSessionAction,
  QuizSessionState,
  QuizSummary,
  QuizTally,
} from './quiz-session';
export { createQuizSession, quizSessionReducer, scoreAnswer, summarizeQuiz } from './quiz-session';
export { cameraForMuscle, quizFeedbackView, quizPrompt, quizQuestionView } from './quiz-view';
export type { RegionDistance, RegionDistanceOptions } from './region-distance';
export { distanceToRegion, REGION_DISTANCE_DEFAULTS } from './region-distance';
export type { Rng } from './seeded-random';
export { createRng, pick, randomInt, seedFrom, shuffled } from './seeded-random';
export type { GeneratedDysfunctionCase } from './which-dysfunction-question';
export {
  GENERATED_DYSFUNCTION_CASES,
  generatedDysfunction,
  generateWhichDysfunctionQuestion,
  questionFromPreset,
  SIMILAR_MUSCLES,
  whichDysfunctionQuestion,
} from './which-dysfunction-question';
