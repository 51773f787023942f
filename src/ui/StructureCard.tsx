import { STRUCTURES, type StructureKey } from '../domain/anatomy';
import {
  type AnatomyReference,
  findAnatomyReference,
  formatRoots,
  PLANES,
} from '../domain/anatomy/reference';
import { messages } from '../domain/messages';
import {
  effectiveVisibility,
  isLabelPinned,
  isolateStructure,
  MAX_PINNED_LABELS,
  type Visibility,
} from '../domain/view-state';
import { useViewer, useViewerAfterFrame, useViewerStoreApi } from '../state';
import { CloseCardButton } from './CloseCardButton';
import { SourceList } from './SourceList';

const a = messages.anatomy;
const t = messages.layers;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function MuscleFields({
  reference,
}: {
  reference: Extract<AnatomyReference, { kind: 'muscle' | 'tendon' }>;
}) {
  return (
    <>
      <Field label={a.fields.origin}>{reference.origin}</Field>
      <Field label={a.fields.insertion}>{reference.insertion}</Field>
      <Field label={a.fields.actions}>
        {PLANES.filter((plane) => reference.actions[plane].length > 0).map((plane) => (
          <div key={plane} className="plane">
            <span className="muted">{a.planes[plane]}</span>
            <ul>
              {reference.actions[plane].map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ul>
          </div>
        ))}
      </Field>
      <Field label={a.fields.innervation}>
        {reference.innervation ? (
          <span data-testid="card-innervation">
            {reference.innervation.nerveName} (
            {a.rootsLabel(formatRoots(reference.innervation.roots))})
            {reference.innervation.rootsNote ? (
              <span className="muted"> — {reference.innervation.rootsNote}</span>
            ) : null}
          </span>
        ) : (
          a.noInnervation
        )}
      </Field>
      <Field label={a.fields.layerNote}>{reference.layerNote}</Field>
    </>
  );
}

function BoneFields({ reference }: { reference: Extract<AnatomyReference, { kind: 'bone' }> }) {
  return (
    <>
      <Field label={a.fields.summary}>{reference.summary}</Field>
      {reference.articulations.length > 0 && (
        <Field label={a.fields.articulations}>{reference.articulations.join('; ')}</Field>
      )}
    </>
  );
}

function NerveFields({
  reference,
}: {
  reference: Extract<AnatomyReference, { kind: 'nerve' | 'nerve-plexus' }>;
}) {
  return (
    <>
      <Field label={a.fields.roots}>{formatRoots(reference.roots)}</Field>
      <Field label={a.fields.course}>{reference.course}</Field>
      {reference.surfaceProjection && (
        <Field label={a.fields.surfaceProjection}>{reference.surfaceProjection}</Field>
      )}
      {reference.motorSupply.length > 0 && (
        <Field label={a.fields.motorSupply}>{reference.motorSupply.join(', ')}</Field>
      )}
    </>
  );
}

function KindFields({ reference }: { reference: AnatomyReference }) {
  switch (reference.kind) {
    case 'muscle':
    case 'tendon':
      return <MuscleFields reference={reference} />;
    case 'bone':
      return <BoneFields reference={reference} />;
    default:
      return <NerveFields reference={reference} />;
  }
}

const VISIBILITY_ACTIONS: readonly { value: Visibility; label: string }[] = [
  { value: 'shown', label: t.show },
  { value: 'ghosted', label: t.ghost },
  { value: 'hidden', label: t.hide },
];

/** The card of the selected structure: names, attachments, actions, nerve and roots, sources. */
export function StructureCard({ extra }: { extra?: (key: StructureKey) => React.ReactNode }) {
  // After the frame that shows the pick: a card is slower to render than the frame.
  const view = useViewerAfterFrame((s) => s.view);
  const store = useViewerStoreApi();
  const select = useViewer((s) => s.select);
  const setStructureVisibility = useViewer((s) => s.setStructureVisibility);
  const updateView = useViewer((s) => s.updateView);
  const announce = useViewer((s) => s.announce);
  const setLabelPinned = useViewer((s) => s.setLabelPinned);
  const key = view.selection;
  if (!key) return null;
  const structure = STRUCTURES.find((s) => `${s.id}:${s.side}` === key);
  const reference = structure ? findAnatomyReference(structure.id) : undefined;
  if (!structure) return null;
  const patient = view.mode === 'patient';
  const title = messages.view.structureOnSide(
    patient && reference ? reference.plainName : structure.label,
    structure.side,
  );
  const visibility = effectiveVisibility(view, structure);
  const pinned = isLabelPinned(view, key);
  const pinsFull = !pinned && view.pinnedLabels.length >= MAX_PINNED_LABELS;

  return (
    <section className="panel card" aria-labelledby="card-title" data-testid="structure-card">
      <header className="card-header">
        <div>
          <h2 id="card-title">{title}</h2>
          {reference && !patient && <p className="latin">{reference.nameLatin}</p>}
          {reference && (
            <p className="kind">
              {a.kinds[reference.kind]} · {a.layers[reference.layer]}
            </p>
          )}
        </div>
        <CloseCardButton label={messages.app.closeCard} onClose={() => select(null)} />
      </header>
      <div className="segmented" role="toolbar" aria-label={messages.app.structureActions}>
        {VISIBILITY_ACTIONS.map((action) => (
          <button
            key={action.value}
            type="button"
            aria-pressed={visibility === action.value}
            onClick={() => {
              setStructureVisibility(key, action.value);
              announce(t.announceStructure(title, action.label.toLowerCase()));
            }}
          >
            {action.label}
          </button>
        ))}
        <button
          type="button"
          onClick={() => {
            updateView((v) => isolateStructure(v, key));
            announce(t.announceIsolate(title));
          }}
        >
          {t.isolate}
        </button>
        {view.mode !== 'quiz' && (
          <button
            type="button"
            data-action="pin-label"
            aria-pressed={pinned}
            title={pinsFull ? t.pinsFull(MAX_PINNED_LABELS) : t.pinLabelHelp(title)}
            onClick={() => {
              // From the store, not the card as drawn: a second click before the next frame toggles back.
              const now = store.getState().view;
              const pinnedNow = isLabelPinned(now, key);
              if (!pinnedNow && now.pinnedLabels.length >= MAX_PINNED_LABELS) {
                announce(t.pinsFull(MAX_PINNED_LABELS));
                return;
              }
              setLabelPinned(key, !pinnedNow);
              announce(pinnedNow ? t.announceUnpinned(title) : t.announcePinned(title));
            }}
          >
            {t.pinLabel}
          </button>
        )}
      </div>
      {reference ? (
        patient ? (
          <p className="patient-text">{reference.patientDescription}</p>
        ) : (
          <>
            <dl className="facts">
              <Field label={a.fields.plainName}>{reference.plainName}</Field>
              <KindFields reference={reference} />
              <Field label={a.fields.clinicalNote}>{reference.clinicalNote}</Field>
              {reference.uncertain.length > 0 && (
                <Field label={a.fields.uncertain}>
                  <ul>
                    {reference.uncertain.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </Field>
              )}
            </dl>
            {extra?.(key)}
            <h3>{a.fields.sources}</h3>
            <SourceList sources={reference.sources.map((s) => ({ title: s.title, url: s.url }))} />
            <p className="muted small">{a.notClinicallyReviewed}</p>
          </>
        )
      ) : null}
    </section>
  );
}
