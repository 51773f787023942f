import type { Ref } from 'react';
import { createPortal } from 'react-dom';
import { messages } from '../domain/messages';
import { type HandoutContent, SESSION_PLAN_LIMITS, schematicMarks } from '../domain/session-plan';
import { ExerciseFigure } from './ExerciseFigure';
import { PlanPointSchematic } from './PlanPointSchematic';
import { QrCode } from './QrCode';
import './handout.css';

export interface HandoutProps {
  /** What the page says (from `handoutContent`). */
  content: HandoutContent;
  /** A PNG data URL of the view, taken just before printing (null: none yet). */
  image: string | null;
  /** The picture element, so the caller can wait for it to decode before printing. */
  imageRef?: Ref<HTMLImageElement>;
  /** `YYYY-MM-DD` of printing. */
  printedOn: string;
  /** The plan's link, printed as text and a QR code (null or missing: none). */
  link?: string | null;
}

/**
 * The one-page printed handout. Rendered at the end of the document and shown only in print
 * (see handout.css), where it replaces the app: the picture of the view, the note, the points in
 * plain words with their safety notes, general safety, strengthening education, the disclaimer.
 */
export function Handout({ content, image, imageRef, printedOn, link = null }: HandoutProps) {
  const h = content.headings;
  const e = content.education;
  return createPortal(
    <article className="handout" aria-label={messages.clinician.handout.region}>
      <header className="handout-head">
        <h1>{content.title}</h1>
        <p className="meta">
          {content.patientLine}
          {content.patientLine && content.dateLine && <br />}
          {content.dateLine}
        </p>
        {link && link.length <= SESSION_PLAN_LIMITS.maxQrChars && (
          <div className="handout-link">
            <QrCode
              text={link}
              label={messages.learning.plan.qrLabel}
              moduleSize={1}
              testId="handout-qr-code"
            />
            <p>{messages.assessment.patientPage.scanToOpen}</p>
          </div>
        )}
      </header>
      <p>{content.intro}</p>
      <div className="handout-columns">
        <div>
          {content.note && (
            <>
              <h2>{content.noteHeading}</h2>
              <p className="handout-note">{content.note}</p>
            </>
          )}
          <h2>{content.pointsHeading}</h2>
          {content.noPoints && <p>{content.noPoints}</p>}
          {content.sections.map((section) => (
            <section key={`${section.muscle}:${section.side}`} className="handout-section">
              <h3>{section.heading}</h3>
              <p>
                {section.muscleDescription}{' '}
                <span className="anatomical">{h.anatomicalName(section.anatomicalName)}</span>
              </p>
              {section.points.map((point) => (
                <div key={point.key} className="handout-point" data-point-number={point.n}>
                  <p className="handout-point-name">
                    <span className="handout-number">{point.n}</span> <strong>{point.name}</strong>
                  </p>
                  <p>
                    <strong>{h.whatItIs}:</strong> {point.whatItIs}
                  </p>
                  <p>
                    <strong>{h.evidence}:</strong> {point.evidence}
                  </p>
                </div>
              ))}
              <p>
                <strong>{h.safety}:</strong> {section.safety.join(' ')}
              </p>
            </section>
          ))}
          <h2>{content.generalSafetyHeading}</h2>
          <ul>
            {content.generalSafety.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <figure className="handout-figure">
            {image && <img ref={imageRef} src={image} alt={content.imageAlt ?? ''} />}
            {/* The numbers of the list, on a sketch: the picture of the view cannot carry them. */}
            {content.numbered.length > 0 && (
              <PlanPointSchematic
                marks={schematicMarks(content.numbered)}
                maxWidth={image ? 150 : 220}
              />
            )}
            {!image && content.numbered.length === 0 && (
              <figcaption>{messages.clinician.handout.noImage}</figcaption>
            )}
          </figure>
          <h2>{e.heading}</h2>
          {e.paragraphs.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {content.planExercises.length > 0 ? (
            <>
              <h3>{content.planExercisesHeading}</h3>
              <ol className="handout-exercises">
                {content.planExercises.map((exercise) => (
                  <li key={exercise.id} className="handout-exercise">
                    <ExerciseFigure
                      pose={exercise.pose}
                      gluteusMediusPct={exercise.gluteusMediusPct}
                      gluteusMaximusPct={exercise.gluteusMaximusPct}
                      name={exercise.name}
                      width={64}
                    />
                    <div>
                      <strong>{exercise.name}</strong>: {exercise.how}{' '}
                      <em>{exercise.dosageText}.</em>
                    </div>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <>
              <h3>{e.exercisesHeading}</h3>
              <ul>
                {e.exercises.map((exercise) => (
                  <li key={exercise.name}>
                    <strong>{exercise.name}</strong> ({exercise.works}): {exercise.how}
                  </li>
                ))}
              </ul>
              <p>{e.dosage}</p>
            </>
          )}
          <p>{e.caution}</p>
          <p>
            <strong>{e.askClinician}</strong>
          </p>
        </div>
      </div>
      <footer className="handout-footer">
        <p>
          {content.disclaimer} {messages.clinician.handout.generated(printedOn)}
        </p>
      </footer>
    </article>,
    document.body,
  );
}
