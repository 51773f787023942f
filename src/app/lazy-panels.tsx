import { lazy } from 'react';

/**
 * Panels and cards that need the large data sets (anatomy text, motor point records,
 * mechanics, stories, acupuncture, session plans) load when first shown, so the first paint
 * only waits for the shell.
 */
export const MotorPointPanel = lazy(() =>
  import('../ui/MotorPointPanel').then((m) => ({ default: m.MotorPointPanel })),
);
export const MechanicsPanel = lazy(() =>
  import('../ui/MechanicsPanel').then((m) => ({ default: m.MechanicsPanel })),
);
export const SessionPlanPanel = lazy(() =>
  import('../ui/SessionPlanPanel').then((m) => ({ default: m.SessionPlanPanel })),
);
export const QuizPanel = lazy(() =>
  import('../ui/QuizPanel').then((m) => ({ default: m.QuizPanel })),
);
export const MotorPointCard = lazy(() =>
  import('../ui/MotorPointCard').then((m) => ({ default: m.MotorPointCard })),
);
export const AcupunctureCard = lazy(() =>
  import('../ui/AcupunctureCard').then((m) => ({ default: m.AcupunctureCard })),
);
export const StructureCardWithExtras = lazy(() =>
  Promise.all([import('../ui/StructureCard'), import('../ui/StructureExtras')]).then(
    ([card, extras]) => ({
      default: function StructureCardWithExtras() {
        return <card.StructureCard extra={extras.structureExtras} />;
      },
    }),
  ),
);
export const StoryPlayer = lazy(() =>
  import('../ui/StoryPlayer').then((m) => ({ default: m.StoryPlayer })),
);
export const AssessmentPanel = lazy(() =>
  import('../ui/AssessmentPanel').then((m) => ({ default: m.AssessmentPanel })),
);
export const ExercisePanel = lazy(() =>
  import('../ui/ExercisePanel').then((m) => ({ default: m.ExercisePanel })),
);
export const PatientPlanPage = lazy(() =>
  import('../ui/PatientPlanPage').then((m) => ({ default: m.PatientPlanPage })),
);
