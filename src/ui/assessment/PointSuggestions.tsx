import { useState } from 'react';
import type { PointSuggestion } from '../../domain/assessment';
import { messages } from '../../domain/messages';
import {
  addPlanPoint,
  planPointLabel,
  removePlanPoint,
  type SessionPlan,
} from '../../domain/session-plan';
import type { PointKey } from '../../domain/view-state';
import { useViewer } from '../../state';

const sg = messages.assessment.suggestions;

/** Points the findings suggest, each with the finding behind it; accepted into the plan or dismissed. */
export function PointSuggestions({
  suggestions,
  plan,
  setPlan,
}: {
  suggestions: readonly PointSuggestion[];
  plan: SessionPlan;
  setPlan: (next: SessionPlan) => void;
}) {
  const announce = useViewer((s) => s.announce);
  const [dismissed, setDismissed] = useState<ReadonlySet<PointKey>>(new Set());
  if (suggestions.length === 0) return <p className="muted small">{sg.none}</p>;
  return (
    <ul className="suggestions" data-testid="point-suggestions">
      {suggestions
        .filter((s) => !dismissed.has(s.key))
        .map((s) => {
          const label = planPointLabel(s.key);
          return (
            <li key={s.key} data-point={s.key}>
              <strong>{label}</strong>
              <br />
              <span className="small">{sg.because(s.reasons.join('; '))}</span>
              <br />
              {plan.points.includes(s.key) ? (
                <button
                  type="button"
                  aria-label={`${messages.assessment.exercises.remove}: ${label}`}
                  onClick={() => setPlan(removePlanPoint(plan, s.key))}
                >
                  {sg.inPlan} ✓
                </button>
              ) : (
                <button
                  type="button"
                  aria-label={`${sg.accept}: ${label}`}
                  onClick={() => {
                    setPlan(addPlanPoint(plan, s.key));
                    announce(messages.clinician.plan.announceAdded(label));
                  }}
                >
                  {sg.accept}
                </button>
              )}{' '}
              <button
                type="button"
                aria-label={`${sg.dismiss}: ${label}`}
                onClick={() => setDismissed(new Set([...dismissed, s.key]))}
              >
                {sg.dismiss}
              </button>
            </li>
          );
        })}
    </ul>
  );
}
