import { useMemo, useState } from 'react';
import { acupunctureCardContent, parseAcupunctureKey } from '../domain/acupuncture';
import { messages } from '../domain/messages';
import { useViewer } from '../state';
import { SourceList } from './SourceList';
import { useDisplayPolicy } from './useDisplayPolicy';
import './handout.css';
import { CloseCardButton } from './CloseCardButton';

const c = messages.clinician.acupunctureCard;

/**
 * The selected acupuncture point: names, meridian, the WHO 2008 rule (paraphrased) and how the
 * model places it, whether the place is approximate, textbook depth, safety notes and sources,
 * under a plain statement that this is a traditional acupuncture point, not a motor point.
 */
export function AcupunctureCard() {
  const selected = useViewer((s) => s.selectedAcupuncture);
  const layerOn = useViewer((s) => s.view.acupuncture);
  const selectAcupuncture = useViewer((s) => s.selectAcupuncture);
  const [revealDepth, setRevealDepth] = useState(false);
  const policy = useDisplayPolicy(revealDepth);
  const found = useMemo(() => {
    const parsed = selected ? parseAcupunctureKey(selected) : undefined;
    return (
      parsed && { point: parsed.point, content: acupunctureCardContent(parsed.point, parsed.side) }
    );
  }, [selected]);
  if (!selected || !layerOn || !found) return null;
  const { point, content } = found;

  return (
    <section
      className="panel card acupuncture-card"
      aria-labelledby="acupuncture-title"
      data-testid="acupuncture-card"
    >
      <header className="card-header">
        <div>
          <h2 id="acupuncture-title">{content.title}</h2>
          <p className="kind">
            <span className="glyph glyph-acupuncture" aria-hidden="true" />{' '}
            {messages.clinician.acupuncture.pointKind}
            {' · '}
            {content.meridian}
          </p>
        </div>
        <CloseCardButton label={c.close} onClose={() => selectAcupuncture(null)} />
      </header>
      <p className="acupuncture-statement" role="note">
        {c.notMotorPoint}
      </p>
      <button type="button" onClick={() => selectAcupuncture(selected, { frame: true })}>
        {c.frame}
      </button>
      {content.approximate && (
        <p className="notice-inline" role="note" data-testid="acupuncture-approximate">
          <strong>{c.approximate}.</strong> {content.approximate}
        </p>
      )}
      <dl className="facts">
        <dt>{c.names}</dt>
        <dd>
          {point.pinyin} · <span lang="zh">{content.chineseName}</span> · {content.englishNames}
        </dd>
        <dt>{c.meridian}</dt>
        <dd>{content.meridian}</dd>
        <dt>{content.ruleHeading}</dt>
        <dd>{content.ruleText}</dd>
        {content.whoNotes && (
          <>
            <dt>{c.whoNotes}</dt>
            <dd>{content.whoNotes}</dd>
          </>
        )}
        {policy.showReadingNotes && (
          <>
            <dt>{c.howChecked}</dt>
            <dd>{content.verification}</dd>
            <dt>{c.modelReading}</dt>
            <dd>
              {content.readingNote}
              {content.cunHeuristic && <span className="muted"> {content.cunHeuristic}</span>}
            </dd>
          </>
        )}
      </dl>
      <h3>{c.depth}</h3>
      {policy.showNeedleDepth ? (
        <div data-testid="acupuncture-depth">
          <p className="small">{content.depth}</p>
          <p className="muted small">{c.depthNote}</p>
        </div>
      ) : (
        <button type="button" onClick={() => setRevealDepth(true)}>
          {c.showDepth}
        </button>
      )}
      <h3>{c.safety}</h3>
      <ul className="safety">
        {content.safety.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {policy.evidence === 'full' && (
        <>
          <h3>{c.dryNeedling}</h3>
          <p className="small">{content.dryNeedling}</p>
        </>
      )}
      <h3>{c.sources}</h3>
      <SourceList sources={content.sources} />
      <details className="more">
        <summary>{c.caveats}</summary>
        <ul className="safety">
          {content.caveats.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </details>
      <p className="muted small">{c.notReviewed}</p>
    </section>
  );
}
