import { useState } from 'react';
import { messages } from '../domain/messages';
import {
  evidenceHref,
  MOTOR_POINTS,
  motorPointLabel,
  motorPointText,
  placementConfidenceOf,
  pointKindText,
} from '../domain/motor-points';
import { patientSafetyNotes } from '../domain/session-plan';
import { useViewer } from '../state';
import { CloseCardButton } from './CloseCardButton';
import { PointMuscleLink } from './MuscleLinks';
import { NeedleGuidanceDetails } from './NeedleGuidanceDetails';
import { SourceList } from './SourceList';
import { useDisplayPolicy } from './useDisplayPolicy';

const t = messages.motorPoints;
const c = t.card;

/**
 * Everything the evidence says about the selected point: type, nerve and roots, the study with
 * its sample and a link, confidence in plain words, how the marker was placed, and the needle
 * path on this model with the nearest nerve and the record's safety notes.
 */
export function MotorPointCard() {
  const pointKey = useViewer((s) => s.view.point);
  const needle = useViewer((s) => s.needle);
  const selectPoint = useViewer((s) => s.selectPoint);
  const [revealDepth, setRevealDepth] = useState(false);
  const policy = useDisplayPolicy(revealDepth);
  if (!pointKey) return null;
  const [recordId, side] = pointKey.split(':') as [string, 'left' | 'right'];
  const record = MOTOR_POINTS.find((r) => r.id === recordId);
  if (!record) return null;
  const full = policy.evidence === 'full';
  const href = evidenceHref(record.evidence);
  const guidance = needle?.pointKey === pointKey ? needle.guidance : null;
  const kind = pointKindText(record);
  const placement = placementConfidenceOf(record);
  // Patients read the plain safety notes, never the clinical lines.
  const safety =
    policy.safetyNotes === 'patient'
      ? patientSafetyNotes(record)
      : record.safety.map(motorPointText);

  return (
    <section
      className="panel card point-card"
      aria-labelledby="point-title"
      data-testid="point-card"
    >
      <header className="card-header">
        <div>
          <h2 id="point-title">{messages.learning.onSide(motorPointLabel(record), side)}</h2>
          <p className="kind">
            <span className={`glyph glyph-${record.pointType}`} aria-hidden="true" /> {kind.label}
            {' · '}
            <span className={`swatch swatch-${record.confidence}`} aria-hidden="true" />{' '}
            {t.confidence[record.confidence].label}
          </p>
        </div>
        <CloseCardButton label={c.close} onClose={() => selectPoint(null)} />
      </header>
      <button type="button" onClick={() => selectPoint(pointKey, { frame: true })}>
        {c.frame}
      </button>
      <PointMuscleLink pointKey={pointKey} />
      {record.confidence === 'low' && (
        <p className="notice-inline" role="note">
          {t.confidence.low.explanation}
        </p>
      )}
      {record.axisUnverified && (
        <p className="notice-inline" role="note" data-testid="axis-unverified">
          <strong>{t.axisUnverified}.</strong> {t.axisUnverifiedExplanation}
        </p>
      )}
      <dl className="facts">
        <dt>{c.type}</dt>
        <dd>
          {kind.explanation}
          {/* A dash, not brackets: some finer types carry their own (method). */}
          {full && <span className="muted"> — {t.finerTypes[record.finerType]}</span>}
        </dd>
        <dt>{c.nerve}</dt>
        <dd>
          {motorPointText(record.nerve.name)}
          {policy.showNerveRoots && record.nerveRoots.length > 0 && (
            <span> ({record.nerveRoots.join(', ')})</span>
          )}
        </dd>
        {full && (
          <>
            <dt>{c.evidence}</dt>
            <dd>
              {t.evidenceKinds[record.evidence.kind]}; {t.sampleSize(record.evidence.n)}
              {record.evidence.nNote && (
                <span className="muted"> — {motorPointText(record.evidence.nNote)}</span>
              )}
            </dd>
            <dt>{c.confidence}</dt>
            <dd>{t.confidence[record.confidence].explanation}</dd>
            <dt>{t.placementConfidence.heading}</dt>
            <dd data-testid="placement-confidence">{t.placementConfidence[placement]}</dd>
            <dt>{c.figure}</dt>
            <dd>{t.figureStatuses[record.figureStatus]}</dd>
            <dt>{c.location}</dt>
            <dd>{motorPointText(record.sourceLocation.description)}</dd>
            <dt>{t.readingNoteHeading}</dt>
            <dd>{motorPointText(record.rule.readingNote)}</dd>
          </>
        )}
      </dl>
      <h3>{c.needle}</h3>
      {policy.showNeedleDepth ? (
        <>
          <NeedleGuidanceDetails
            record={record}
            guidance={guidance}
            patient={policy.numbers === 'minimal'}
          />
          <p className="muted small">{c.depthVaries}</p>
          {policy.showReadingNotes && (
            <p className="muted small">{motorPointText(record.depthNote)}</p>
          )}
        </>
      ) : (
        <button type="button" onClick={() => setRevealDepth(true)}>
          {c.showDepth}
        </button>
      )}
      <h3>{t.safetyHeading}</h3>
      <ul className="safety">
        {safety.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <h3>{t.sourceHeading}</h3>
      <SourceList sources={[{ title: record.evidence.citation, url: href ?? null }]} />
      {policy.showReadingNotes && record.notes && (
        <>
          <h3>{c.notes}</h3>
          <p className="small">{motorPointText(record.notes)}</p>
        </>
      )}
      <p className="muted small">{t.notDiagnostic}</p>
    </section>
  );
}
