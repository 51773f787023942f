import { type BilateralSide, LAYERS, MUSCLES, type MuscleId } from '../anatomy';
import type { CameraPresetId } from '../camera';
import { learning } from '../messages/en/learning';
import { type CameraView, defaultViewState, type ViewState } from '../view-state';
import { pointTypeLabel } from './place-point-question';
import type { QuizQuestion } from './quiz-question';

function muscleLabel(id: MuscleId): string {
  return MUSCLES.find((m) => m.id === id)?.label ?? id;
}

/** Peel away every layer above the muscle's, so a click lands on it. */
function peelFor(muscle: MuscleId): number {
  const layer = MUSCLES.find((m) => m.id === muscle)?.layer;
  return LAYERS.find((l) => l.id === layer)?.depthOrder ?? 0;
}

/** The view that shows a muscle best: from behind, the side or the front. */
function cameraForMuscle(muscle: MuscleId, side: BilateralSide): CameraView {
  const lateral: CameraPresetId = side === 'left' ? 'left-lateral' : 'right-lateral';
  const preset: CameraPresetId =
    muscle === 'tensor-fasciae-latae'
      ? lateral
      : muscle === 'psoas-major' || muscle === 'iliacus'
        ? 'anterior'
        : 'posterior';
  return { kind: 'preset', preset };
}

/**
 * The view a question is asked in: quiz mode, no motor point markers or labels (they would give the
 * answer away), and the muscle bared and framed. A which-dysfunction question poses the model and
 * looks from behind (one-leg stance) or from the standing leg's side (tilt, hinge).
 */
export function quizQuestionView(question: QuizQuestion): ViewState {
  const view = defaultViewState();
  view.mode = 'quiz';
  view.labels = false;
  view.markers.shown = false;
  switch (question.kind) {
    case 'place-point':
      view.peel = peelFor(question.muscle);
      view.camera = cameraForMuscle(question.muscle, question.side);
      break;
    case 'nerve-roots':
      view.peel = peelFor(question.muscle);
      view.selection = `${question.muscle}:right`;
      view.camera = cameraForMuscle(question.muscle, 'right');
      break;
    case 'which-dysfunction': {
      view.dysfunction = structuredClone(question.dysfunction);
      const side = question.dysfunction.stanceSide;
      const oneLeg = question.dysfunction.task.kind === 'single-leg-stance';
      view.camera = oneLeg
        ? { kind: 'preset', preset: 'posterior' }
        : { kind: 'preset', preset: side === 'left' ? 'left-lateral' : 'right-lateral' };
      break;
    }
  }
  return view;
}

/** The view after answering: the answer shown (the target marker and region, or the muscle). */
export function quizFeedbackView(question: QuizQuestion): ViewState {
  const view = quizQuestionView(question);
  if (question.kind === 'place-point') {
    view.markers.shown = true;
    view.markers.muscle = question.muscle;
    view.point = question.pointKey;
  } else if (question.kind === 'which-dysfunction') {
    view.selection = `${question.muscle}:${question.dysfunction.stanceSide}`;
  }
  return view;
}

/** The question as the learner reads it. */
export function quizPrompt(question: QuizQuestion): string {
  const p = learning.quiz.prompts;
  switch (question.kind) {
    case 'place-point':
      return p.placePoint(
        pointTypeLabel(question.pointType),
        muscleLabel(question.muscle).toLowerCase(),
        learning.sides[question.side],
      );
    case 'nerve-roots':
      return p.nerveRoots(muscleLabel(question.muscle).toLowerCase());
    case 'which-dysfunction':
      return p.whichDysfunction(question.dysfunctionKind);
  }
}
