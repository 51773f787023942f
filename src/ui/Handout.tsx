import type { Ref } from 'react';
import { createPortal } from 'react-dom';
import { messages } from '../domain/messages';
import type { HandoutContent } from '../domain/session-plan';
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
}

/**
 * The one-page printed handout. Rendered at the end of the document and shown only in print
 * (see handout.css), where it replaces the app: the picture of the view, the note, the points in
 * plain words with their safety notes, general safety, strengthening education, the disclaimer.
 */
export function Handout({ content, image, imageRef, printedOn }: HandoutProps) {
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
                <div key={point.key} className="handout-point">
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
            {image ? (
              <img ref={imageRef} src={image} alt={content.imageAlt ?? ''} />
            ) : (
              <figcaption>{messages.clinician.handout.noImage}</figcaption>
            )}
          </figure>
          <h2>{e.heading}</h2>
          {e.paragraphs.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <h3>{e.exercisesHeading}</h3>
          <ul>
            {e.exercises.map((exercise) => (
              <li key={exercise.name}>
                <strong>{exercise.name}</strong> ({exercise.works}): {exercise.how}
              </li>
            ))}
          </ul>
          <p>{e.dosage}</p>
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
