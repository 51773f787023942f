import type { ReactNode } from 'react';
import { messages } from '../domain/messages';
import { useViewer } from '../state';

/**
 * The motor points are the quiz's answers: while a round runs they give way to a line saying
 * why and when they come back (at the round's review).
 */
export function QuizHidesAnswers({ children }: { children: ReactNode }) {
  const running = useViewer((s) => s.quizRoundRunning);
  if (!running) return children;
  return (
    <p className="notice-inline" data-testid="answers-hidden">
      {messages.learning.quiz.answersHidden}
    </p>
  );
}
