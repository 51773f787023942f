export type { QuizAnswerMark } from './answer-mark';
export { answerLabelSides, quizAnswerMark } from './answer-mark';
export { generateQuiz } from './generate-quiz';
export type { KeyboardSpot } from './place-point-question';
export {
  chosenSpotLetter,
  placePointFeedback,
  placePointKeyboardSpots,
} from './place-point-question';
export { quizKeyCommand } from './quiz-keys';
export {
  mergeProgress,
  parseProgress,
  progressFromSummary,
  QUIZ_PROGRESS_STORAGE_KEY,
  serializeProgress,
} from './quiz-progress';
export type {
  QuestionResult,
  QuizQuestion,
} from './quiz-question';
export { QUIZ_KINDS } from './quiz-question';
export { reviewQuizRound } from './quiz-review';
export type { QuizPhase, QuizSessionState } from './quiz-session';
export { createQuizSession, quizSessionReducer, summarizeQuiz } from './quiz-session';
export { quizFeedbackView, quizPrompt, quizQuestionView } from './quiz-view';
export { createRng } from './seeded-random';
