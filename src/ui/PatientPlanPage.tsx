import './assessment.css';
import { useEffect, useId, useMemo, useRef } from 'react';
import { messages } from '../domain/messages';
import {
  handoutContent,
  isoDate,
  patientPlanContent,
  SESSION_PLAN_LIMITS,
  schematicMarks,
} from '../domain/session-plan';
import { patientPlanView } from '../domain/view-state';
import { useViewer, useViewerStoreApi } from '../state';
import { ExerciseFigure } from './ExerciseFigure';
import { PlanPointSchematic } from './PlanPointSchematic';
import { QrCode } from './QrCode';
import { PlanPrintButton } from './session-plan/PlanPrintButton';

const t = messages.assessment.patientPage;

/**
 * The page a patient sees when they open their plan link: the clinician's note first, the points
 * numbered on a picture, what to expect and when to call, the exercises with pictures and dosage,
 * then printing and the QR code. No editor and no clinician tabs.
 */
export function PatientPlanPage() {
  const plan = useViewer((s) => s.sessionPlan);
  const view = useViewer((s) => s.view);
  const ids = useId();
  const content = useMemo(() => patientPlanContent(plan), [plan]);
  const marks = useMemo(() => schematicMarks(content.points), [content.points]);
  const handout = useMemo(() => handoutContent(plan, { view }), [plan, view]);
  const printedOn = useMemo(() => isoDate(new Date()), []);
  const link = typeof window === 'undefined' ? '' : window.location.href;
  // Once per plan (on opening, or when another plan link opens in this tab): the model beside
  // the page shows the skin and their numbered points.
  const store = useViewerStoreApi();
  const framedPoints = useRef<string | null>(null);
  useEffect(() => {
    const points = content.points.map((p) => p.key).join(',');
    if (framedPoints.current === points) return;
    framedPoints.current = points;
    store.getState().updateView((current) => patientPlanView(current, content.points));
  }, [store, content.points]);

  return (
    <article className="patient-plan" aria-labelledby={`${ids}-title`} data-testid="patient-plan">
      <h2 id={`${ids}-title`}>{content.heading}</h2>
      {content.note && (
        <section className="patient-note">
          <h3>{t.noteHeading}</h3>
          <p data-testid="patient-note">{content.note}</p>
        </section>
      )}
      {content.points.length > 0 && (
        <section>
          <h3>{t.pointsHeading}</h3>
          <p className="small">{t.pointsIntro}</p>
          <PlanPointSchematic marks={marks} />
          <ol className="patient-points" data-testid="patient-points">
            {content.points.map((p) => (
              <li key={p.key} value={p.n}>
                <strong>{p.name}</strong>
                <br />
                <span className="small">{p.plainName}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section>
        <h3>{t.sorenessHeading}</h3>
        <p>{t.sorenessText}</p>
        <h3>{t.callHeading}</h3>
        <p>{t.callText}</p>
      </section>
      <section>
        <h3>{t.exercisesHeading}</h3>
        {content.exercises.length === 0 ? (
          <p className="muted">{t.noExercises}</p>
        ) : (
          <ol className="patient-exercises" data-testid="patient-exercises">
            {content.exercises.map((e) => (
              <li key={e.id} className="exercise-item">
                <ExerciseFigure
                  pose={e.pose}
                  gluteusMediusPct={e.gluteusMediusPct}
                  gluteusMaximusPct={e.gluteusMaximusPct}
                  name={e.name}
                  width={110}
                />
                <div>
                  <h4>{e.name}</h4>
                  <p className="small">{e.how}</p>
                  <p className="small">
                    <strong>{e.dosageText}</strong>
                  </p>
                  <p className="small">{e.progression}</p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="patient-share">
        <PlanPrintButton
          handout={handout}
          printedOn={printedOn}
          label={t.printHandout}
          link={link}
        />
        {link && link.length <= SESSION_PLAN_LIMITS.maxQrChars && (
          <QrCode text={link} label={messages.learning.plan.qrLabel} />
        )}
      </section>
    </article>
  );
}
