import './assessment.css';
import { useId, useMemo } from 'react';
import {
  type Assessment,
  emptyAssessment,
  isAssessmentEmpty,
  mapAssessment,
  suggestPoints,
} from '../domain/assessment';
import { messages } from '../domain/messages';
import { useViewer } from '../state';
import { AssessmentMappingList, AssessmentModelResult } from './assessment/AssessmentOutcome';
import { ExamFindings } from './assessment/ExamFindings';
import { PointSuggestions } from './assessment/PointSuggestions';
import { StrengthTable } from './assessment/StrengthTable';
import { usePlanEditor } from './session-plan/usePlanEditor';

const t = messages.assessment.panel;
const sg = messages.assessment.suggestions;

/** The clinician's findings, what the model takes from each (rule, source, trust) and the points they suggest. */
export function AssessmentPanel() {
  const [plan, setPlan] = usePlanEditor();
  const setDysfunction = useViewer((s) => s.setDysfunction);
  const ids = useId();
  const assessment = plan.assessment ?? emptyAssessment();
  const mapping = useMemo(() => mapAssessment(assessment), [assessment]);
  const suggestions = useMemo(() => suggestPoints(mapping), [mapping]);
  const empty = isAssessmentEmpty(assessment);

  // Each change goes into the plan and straight onto the model, so the effect is seen at once.
  const update = (next: Assessment) => {
    setPlan({ ...plan, assessment: next });
    setDysfunction(mapAssessment(next).dysfunction);
  };

  return (
    <section className="panel assessment" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t.heading}</h2>
      <p className="hint">{t.intro}</p>
      <StrengthTable assessment={assessment} onChange={update} />
      <ExamFindings assessment={assessment} onChange={update} />

      <h3>{t.mappingHeading}</h3>
      <AssessmentMappingList mapping={mapping} />
      {!empty && <AssessmentModelResult />}
      {!empty && (
        <button type="button" onClick={() => update(emptyAssessment())}>
          {t.clear}
        </button>
      )}

      <h3>{sg.heading}</h3>
      <p className="hint">{sg.intro}</p>
      <PointSuggestions suggestions={suggestions} plan={plan} setPlan={setPlan} />
    </section>
  );
}
