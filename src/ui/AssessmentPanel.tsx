import './assessment.css';
import { useId, useMemo, useState } from 'react';
import {
  ACTIVITY_LEVELS,
  type ActivityLevel,
  type Assessment,
  emptyAssessment,
  isAssessmentEmpty,
  MUSCLE_GROUPS,
  type MuscleGroup,
  mapAssessment,
  OXFORD_GRADES,
  PAIN_SITES,
  type StrengthFinding,
  suggestPoints,
} from '../domain/assessment';
import { formatFixed, messages } from '../domain/messages';
import { addPlanPoint, planPointLabel, removePlanPoint } from '../domain/session-plan';
import type { PointKey } from '../domain/view-state';
import { useMechanics, useViewer } from '../state';
import { usePlanEditor } from './session-plan/usePlanEditor';

const t = messages.assessment.panel;
const sg = messages.assessment.suggestions;
const SIDES = ['right', 'left'] as const;
type Side = (typeof SIDES)[number];

function strengthValue(f: StrengthFinding | undefined): string {
  if (!f) return '';
  return f.kind === 'oxford' ? `o${f.grade}` : 'd';
}

/** The clinician's findings, what the model takes from each (rule, source, trust) and the points they suggest. */
export function AssessmentPanel() {
  const [plan, setPlan] = usePlanEditor();
  const setDysfunction = useViewer((s) => s.setDysfunction);
  const announce = useViewer((s) => s.announce);
  const { result } = useMechanics();
  const stance = useViewer((s) => s.view.dysfunction.stanceSide);
  const ids = useId();
  const assessment = plan.assessment ?? emptyAssessment();
  const mapping = useMemo(() => mapAssessment(assessment), [assessment]);
  const suggestions = useMemo(() => suggestPoints(mapping), [mapping]);
  const [dismissed, setDismissed] = useState<ReadonlySet<PointKey>>(new Set());

  // Each change goes into the plan and straight onto the model, so the effect is seen at once.
  const update = (next: Assessment) => {
    setPlan({ ...plan, assessment: next });
    setDysfunction(mapAssessment(next).dysfunction);
  };
  const setStrength = (side: Side, group: MuscleGroup, finding: StrengthFinding | undefined) => {
    const groups = { ...(assessment.strength[side] ?? {}) };
    if (finding) groups[group] = finding;
    else delete groups[group];
    update({ ...assessment, strength: { ...assessment.strength, [side]: groups } });
  };
  const setSideFlag = (field: 'trendelenburg' | 'ober', side: Side, value: boolean) =>
    update({ ...assessment, [field]: { ...assessment[field], [side]: value || undefined } });

  return (
    <section className="panel assessment" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t.heading}</h2>
      <p className="hint">{t.intro}</p>
      <table className="assessment-strength">
        <caption>{t.strengthHeading}</caption>
        <thead>
          <tr>
            <td />
            {SIDES.map((side) => (
              <th key={side} scope="col">
                {t.sides[side]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MUSCLE_GROUPS.map((group) => (
            <tr key={group}>
              <th scope="row">{t.groups[group]}</th>
              {SIDES.map((side) => {
                const finding = assessment.strength[side]?.[group];
                const label = t.strengthLabel(t.sides[side], t.groups[group]);
                return (
                  <td key={side}>
                    <select
                      aria-label={label}
                      value={strengthValue(finding)}
                      onChange={(event) => {
                        const v = event.target.value;
                        if (v === '') setStrength(side, group, undefined);
                        else if (v === 'd')
                          setStrength(side, group, { kind: 'dynamometer', percentOfNorm: 100 });
                        else
                          setStrength(side, group, {
                            kind: 'oxford',
                            grade: Number(v.slice(1)) as 0,
                          });
                      }}
                    >
                      <option value="">{t.notTested}</option>
                      {OXFORD_GRADES.map((g) => (
                        <option key={g} value={`o${g}`}>
                          {t.grade(g)}
                        </option>
                      ))}
                      <option value="d">{t.methodDynamometer}</option>
                    </select>
                    {finding?.kind === 'dynamometer' && (
                      <input
                        type="number"
                        min={0}
                        max={150}
                        step={1}
                        aria-label={`${label}: ${t.percentOfNorm}`}
                        value={finding.percentOfNorm}
                        onChange={(event) => {
                          const v = event.target.valueAsNumber;
                          if (Number.isFinite(v) && v >= 0 && v <= 150)
                            setStrength(side, group, { kind: 'dynamometer', percentOfNorm: v });
                        }}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset>
        <legend>{t.trendelenburg}</legend>
        {SIDES.map((side) => (
          <label key={side} className="inline">
            <input
              type="checkbox"
              checked={assessment.trendelenburg[side] === true}
              onChange={(event) => setSideFlag('trendelenburg', side, event.target.checked)}
            />{' '}
            {t.sides[side]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.thomas}</legend>
        {SIDES.map((side) => (
          <label key={side} className="inline">
            {t.sides[side]}{' '}
            <input
              type="number"
              min={0}
              max={45}
              step={1}
              value={assessment.thomasDeg[side] ?? ''}
              onChange={(event) => {
                const v = event.target.valueAsNumber;
                const next = { ...assessment.thomasDeg };
                if (Number.isFinite(v) && v >= 0 && v <= 45) next[side] = v;
                else delete next[side];
                update({ ...assessment, thomasDeg: next });
              }}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.ober}</legend>
        {SIDES.map((side) => (
          <label key={side} className="inline">
            <input
              type="checkbox"
              checked={assessment.ober[side] === true}
              onChange={(event) => setSideFlag('ober', side, event.target.checked)}
            />{' '}
            {t.sides[side]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.painHeading}</legend>
        {PAIN_SITES.map((site) => (
          <label key={site} className="inline">
            <input
              type="checkbox"
              checked={assessment.painSites.includes(site)}
              onChange={(event) =>
                update({
                  ...assessment,
                  painSites: event.target.checked
                    ? [...assessment.painSites, site]
                    : assessment.painSites.filter((p) => p !== site),
                })
              }
            />{' '}
            {t.pain[site]}
          </label>
        ))}
      </fieldset>
      <div className="assessment-person">
        <label>
          {t.activity}{' '}
          <select
            value={assessment.activity ?? ''}
            onChange={(event) => {
              const { activity: _drop, ...rest } = assessment;
              const v = event.target.value as ActivityLevel | '';
              update(v ? { ...rest, activity: v } : rest);
            }}
          >
            <option value="">{t.notTested}</option>
            {ACTIVITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.activityLevels[level]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t.age}{' '}
          <input
            type="number"
            min={10}
            max={110}
            step={1}
            value={assessment.ageYears ?? ''}
            onChange={(event) => {
              const { ageYears: _drop, ...rest } = assessment;
              const v = event.target.valueAsNumber;
              update(
                Number.isFinite(v) && v >= 10 && v <= 110
                  ? { ...rest, ageYears: Math.round(v) }
                  : rest,
              );
            }}
          />
        </label>
      </div>

      <h3>{t.mappingHeading}</h3>
      {mapping.findings.length === 0 ? (
        <p className="muted small">{t.noFindings}</p>
      ) : (
        <ul className="assessment-mapping" data-testid="assessment-mapping">
          {mapping.findings.map((f) => (
            <li key={f.id}>
              <strong>{f.finding}</strong> — {f.effect}{' '}
              <span className={`trust trust-${f.trust}`}>{t.trust[f.trust]}</span>
              {f.source && <span className="small muted"> {f.source}</span>}
            </li>
          ))}
        </ul>
      )}
      {result && !isAssessmentEmpty(assessment) && (
        <div className="assessment-model" data-testid="assessment-model">
          <h4>{t.standingLeg(stance)}</h4>
          <ul>
            <li>
              {t.modelLine(
                messages.mechanics.outputLabels.pelvicDropDeg,
                `${formatFixed(result.baseline.posture.pelvicDropDeg, 1)}°`,
                `${formatFixed(result.posture.pelvicDropDeg, 1)}°`,
              )}
            </li>
            <li>
              {t.modelLine(
                messages.mechanics.outputLabels.kneeAdductionMomentNmPerKg,
                `${formatFixed(result.baseline.loads.kneeAdductionMomentNmPerKg, 2)} N·m/kg`,
                `${formatFixed(result.loads.kneeAdductionMomentNmPerKg, 2)} N·m/kg (${result.change.kneeAdductionMomentPct >= 0 ? '+' : ''}${Math.round(result.change.kneeAdductionMomentPct)} %)`,
              )}
            </li>
            <li>
              {t.modelLine(
                messages.mechanics.outputLabels.hipJointReactionBW,
                `${formatFixed(result.baseline.loads.hipJointReactionBW, 2)} BW`,
                `${formatFixed(result.loads.hipJointReactionBW, 2)} BW`,
              )}
            </li>
          </ul>
          <p className="small muted">{t.whyWrong}</p>
        </div>
      )}
      {!isAssessmentEmpty(assessment) && (
        <button type="button" onClick={() => update(emptyAssessment())}>
          {t.clear}
        </button>
      )}

      <h3>{sg.heading}</h3>
      <p className="hint">{sg.intro}</p>
      {suggestions.length === 0 ? (
        <p className="muted small">{sg.none}</p>
      ) : (
        <ul className="suggestions" data-testid="point-suggestions">
          {suggestions
            .filter((s) => !dismissed.has(s.key))
            .map((s) => {
              const inPlan = plan.points.includes(s.key);
              const label = planPointLabel(s.key);
              return (
                <li key={s.key} data-point={s.key}>
                  <strong>{label}</strong>
                  <br />
                  <span className="small">{sg.because(s.reasons.join('; '))}</span>
                  <br />
                  {inPlan ? (
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
      )}
    </section>
  );
}
