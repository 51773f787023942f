import { useId, useMemo, useState } from 'react';
import { messages } from '../../domain/messages';
import {
  addPlanPoint,
  isPlanEmpty,
  planPointChoices,
  planPointLabel,
  removePlanPoint,
  SESSION_PLAN_LIMITS,
  type SessionPlan,
} from '../../domain/session-plan';
import type { PointKey } from '../../domain/view-state';
import { useViewer } from '../../state';

const t = messages.clinician.plan;
const l = messages.learning.plan;

/** The plan's points: the list, "add the selected point", a picker of every point, "new plan". */
export function PlanPointsEditor({
  plan,
  setPlan,
  onClear,
}: {
  plan: SessionPlan;
  setPlan: (p: SessionPlan) => void;
  /** "Start a new plan" (undoable; see usePlanStorage). */
  onClear: () => void;
}) {
  const selected = useViewer((s) => s.view.point);
  const selectPoint = useViewer((s) => s.selectPoint);
  const announce = useViewer((s) => s.announce);
  const [choice, setChoice] = useState('');
  const ids = useId();
  const choices = useMemo(planPointChoices, []);
  const full = plan.points.length >= SESSION_PLAN_LIMITS.maxPoints;
  const selectedInPlan = selected ? plan.points.includes(selected) : false;

  const add = (key: PointKey) => {
    const next = addPlanPoint(plan, key);
    if (next === plan) return;
    setPlan(next);
    announce(t.announceAdded(planPointLabel(key)));
  };
  const remove = (key: PointKey) => {
    setPlan(removePlanPoint(plan, key));
    announce(t.announceRemoved(planPointLabel(key)));
  };

  return (
    <>
      <h3 id={`${ids}-points`}>
        {t.planPoints} <span className="muted">({l.pointCount(plan.points.length)})</span>
      </h3>
      {plan.points.length === 0 ? (
        <p className="muted small">{t.noPoints}</p>
      ) : (
        <ol className="plan-points" aria-labelledby={`${ids}-points`} data-testid="plan-points">
          {plan.points.map((key) => {
            const label = planPointLabel(key);
            return (
              <li key={key}>
                <button
                  type="button"
                  className="point-button"
                  aria-pressed={selected === key}
                  data-plan-point={key}
                  onClick={() => selectPoint(key, { frame: true })}
                >
                  {label}
                </button>
                <button
                  type="button"
                  className="remove"
                  aria-label={t.remove(label)}
                  onClick={() => remove(key)}
                >
                  {t.removeShort}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {full && <p className="muted small">{t.full(SESSION_PLAN_LIMITS.maxPoints)}</p>}
      {!(isPlanEmpty(plan) && !plan.patientLabel) && (
        <div className="actions">
          <button
            type="button"
            data-action="new-plan"
            onClick={() => {
              onClear();
              announce(t.clearedUndo);
            }}
          >
            {t.clear}
          </button>
        </div>
      )}
      <div className="actions">
        {selected && !selectedInPlan ? (
          <button
            type="button"
            data-action="add-selected"
            disabled={full}
            onClick={() => add(selected)}
          >
            {t.addSelected(planPointLabel(selected))}
          </button>
        ) : (
          <p className="muted small">
            {selected ? t.alreadyInPlan(planPointLabel(selected)) : t.addSelectedNone}
          </p>
        )}
      </div>
      <div className="pick">
        <label className="field-block">
          {t.pickLabel}
          <select
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            data-testid="plan-pick"
          >
            <option value="">{t.pickPlaceholder}</option>
            {choices.map((group) => (
              <optgroup key={group.muscle} label={group.muscle}>
                {group.points.map((p) => (
                  <option key={p.key} value={p.key} disabled={plan.points.includes(p.key)}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="add"
          disabled={!choice || full}
          onClick={() => {
            add(choice as PointKey);
            setChoice('');
          }}
        >
          {t.add}
        </button>
      </div>
    </>
  );
}
