import { useId } from 'react';
import { messages } from '../../domain/messages';
import {
  SESSION_PLAN_LIMITS,
  type SessionPlan,
  setPlanNote,
  setPlanPatientLabel,
} from '../../domain/session-plan';

const t = messages.clinician.plan;
const l = messages.learning.plan;

/** The plan's note and optional patient label, with what is wrong with the plan, if anything. */
export function PlanDetails({
  plan,
  setPlan,
  problems,
}: {
  plan: SessionPlan;
  setPlan: (p: SessionPlan) => void;
  problems: readonly string[];
}) {
  const ids = useId();
  return (
    <>
      <label className="field-block">
        {l.noteLabel}
        <textarea
          value={plan.note}
          maxLength={SESSION_PLAN_LIMITS.maxNoteChars}
          aria-describedby={`${ids}-note-left`}
          onChange={(event) => setPlan(setPlanNote(plan, event.target.value))}
        />
        <span id={`${ids}-note-left`} className="muted small">
          {t.charsLeft(SESSION_PLAN_LIMITS.maxNoteChars - plan.note.length)}
        </span>
      </label>
      <label className="field-block">
        {l.patientLabel}
        <input
          type="text"
          value={plan.patientLabel ?? ''}
          maxLength={SESSION_PLAN_LIMITS.maxLabelChars}
          autoComplete="off"
          aria-describedby={`${ids}-privacy`}
          onChange={(event) => setPlan(setPlanPatientLabel(plan, event.target.value))}
        />
        <span id={`${ids}-privacy`} className="muted small">
          {l.privacyHint}
        </span>
      </label>
      {problems.length > 0 && (
        <div className="notice-inline" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
