import { AcupunctureLayer } from './AcupunctureLayer';
import { ContextLayer } from './ContextLayer';
import { LoadArrows } from './LoadArrows';
import { MotorPointLayer } from './MotorPointLayer';
import { PlanPointNumbers } from './PlanPointNumbers';
import { QuizAnswerMark } from './QuizAnswerMark';
import { QuizSpots } from './QuizSpots';
import { StructureLabels } from './StructureLabels';

export interface ModelOverlaysProps {
  /** URL of the context layer's glTF (the neighbouring muscles), or null when there is none. */
  contextUrl: string | null;
  /** Origins besides the page's own that the context model may come from. */
  allowedOrigins: readonly string[];
}

/**
 * What is drawn on and around the model after its first frame: the context muscles, load
 * arrows, motor points, acupuncture points, labels, plan numbers and quiz marks. A chunk of its
 * own: their records (motor point evidence, references, acupuncture, quiz, plans) and code are
 * about 100 KB gzip that the model's first frame does not need.
 */
export default function ModelOverlays({ contextUrl, allowedOrigins }: ModelOverlaysProps) {
  return (
    <>
      <ContextLayer url={contextUrl} allowedOrigins={allowedOrigins} />
      <LoadArrows />
      <MotorPointLayer />
      <AcupunctureLayer />
      <StructureLabels />
      <PlanPointNumbers />
      <QuizSpots />
      <QuizAnswerMark />
    </>
  );
}
