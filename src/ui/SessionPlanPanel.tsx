import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { messages } from '../domain/messages';
import {
  addPlanPoint,
  checkSessionPlan,
  decodeSessionPlan,
  encodeSessionPlan,
  handoutContent,
  isoDate,
  isPlanEmpty,
  planPointChoices,
  planPointLabel,
  removePlanPoint,
  SESSION_PLAN_LIMITS,
  type SessionPlan,
  sessionPlanLink,
  sessionPlanLinkView,
  sessionPlanQrText,
  setPlanNote,
  setPlanPatientLabel,
  snapshotFileName,
} from '../domain/session-plan';
import type { PointKey, ViewState } from '../domain/view-state';
import { useViewer, useViewerStoreApi } from '../state';
import { Handout } from './Handout';
import { QrCode } from './QrCode';
import { shareLink } from './ShareButton';

const t = messages.clinician.plan;
const l = messages.learning.plan;
/** The plan being prepared is kept in this browser (its link form), so a reload keeps it. */
const STORAGE_KEY = 'hip-motor-points.session-plan';
/** Saved pictures get the viewer's background instead of a transparent one. */
const SNAPSHOT_BACKGROUND = '#f4f1ec';

function savePlan(plan: SessionPlan): void {
  try {
    if (isPlanEmpty(plan) && !plan.patientLabel) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, encodeSessionPlan(plan));
  } catch {
    // Storage blocked or full, or the plan breaks a limit: it still lives in the panel.
  }
}

function loadPlan(): SessionPlan | null {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    const decoded = saved ? decodeSessionPlan(saved) : null;
    return decoded?.ok ? decoded.plan : null;
  } catch {
    return null;
  }
}

/** A PNG data URL drawn over an opaque background. */
async function opaquePng(dataUrl: string, background: string): Promise<string> {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) return dataUrl;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png');
}

/** The plan's link from this page (see `sessionPlanLinkView`), keeping a custom model. */
function planLink(plan: SessionPlan, view: ViewState): string | null {
  try {
    const here = `${window.location.origin}${window.location.pathname}`;
    const link = new URL(sessionPlanLink(here, plan, { view: sessionPlanLinkView(view) }));
    return shareLink(link.searchParams, window.location);
  } catch {
    return null;
  }
}

/**
 * A clinician's plan for one session: points (the selected one, or from a list), a note and an
 * optional patient label; shared as a link and a QR code, printed as a one-page handout, and a
 * picture of the view saved as PNG. The plan lives in the store (and the link), nowhere else.
 */
export function SessionPlanPanel() {
  const store = useViewerStoreApi();
  const plan = useViewer((s) => s.sessionPlan);
  const setStorePlan = useViewer((s) => s.setSessionPlan);
  const view = useViewer((s) => s.view);
  const selectPoint = useViewer((s) => s.selectPoint);
  const announce = useViewer((s) => s.announce);
  const [choice, setChoice] = useState('');
  const [image, setImage] = useState<string | null>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const imageRef = useRef<HTMLImageElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const printing = useRef(false);
  const ids = useId();
  const choices = useMemo(planPointChoices, []);
  const today = useMemo(() => isoDate(new Date()), []);

  const dated = useMemo(() => ({ ...plan, created: plan.created ?? today }), [plan, today]);
  const problems = checkSessionPlan(dated);
  const link = useMemo(
    () => (isPlanEmpty(dated) || problems.length > 0 ? null : planLink(dated, view)),
    [dated, view, problems.length],
  );
  const qr = link ? sessionPlanQrText(link) : null;
  const handout = useMemo(() => handoutContent(dated, { view }), [dated, view]);

  const setPlan = (next: SessionPlan) => {
    setStorePlan(next);
    savePlan(next);
  };
  // A plan prepared earlier in this browser comes back, unless a link brought one.
  useEffect(() => {
    if (!isPlanEmpty(store.getState().sessionPlan)) return;
    const saved = loadPlan();
    if (saved) store.getState().setSessionPlan(saved);
  }, [store]);

  // Printing from the browser's menu: take the picture of the view just before.
  useEffect(() => {
    const onBeforePrint = () => {
      if (printing.current) return;
      const capture = store.getState().capture;
      if (capture) flushSync(() => setImage(capture()));
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [store]);

  const full = plan.points.length >= SESSION_PLAN_LIMITS.maxPoints;
  const selected = view.point;
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

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopyFailed(false);
      announce(l.linkCopied);
    } catch {
      setCopyFailed(true);
      announce(t.copyFailed);
      linkRef.current?.select();
    }
  };

  const print = async () => {
    const capture = store.getState().capture;
    printing.current = true;
    flushSync(() => setImage(capture ? capture() : null));
    await imageRef.current?.decode().catch(() => undefined);
    window.print();
    printing.current = false;
  };

  const saveSnapshot = async () => {
    const capture = store.getState().capture;
    if (!capture) {
      announce(t.noCapture);
      return;
    }
    const anchor = document.createElement('a');
    anchor.href = await opaquePng(capture(), SNAPSHOT_BACKGROUND);
    anchor.download = snapshotFileName(new Date());
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    announce(t.snapshotSaved);
  };

  return (
    <section className="panel session-plan" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{l.heading}</h2>
      <p className="hint">{t.intro}</p>

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
              setPlan({ points: [], note: '' });
              announce(t.cleared);
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

      <h3>{t.shareHeading}</h3>
      {link ? (
        <>
          <label className="field-block">
            {t.linkLabel}
            <input
              ref={linkRef}
              type="text"
              readOnly
              value={link}
              data-testid="plan-link"
              onFocus={(event) => event.target.select()}
            />
          </label>
          <div className="actions">
            <button type="button" data-action="copy-plan-link" onClick={copy}>
              {l.copyLink}
            </button>
          </div>
          {copyFailed && <p className="muted small">{t.copyFailed}</p>}
          <h3>{t.qrHeading}</h3>
          {qr?.ok ? (
            <>
              <QrCode text={qr.text} label={l.qrLabel} />
              <p className="muted small">{t.qrHint}</p>
            </>
          ) : (
            <p className="notice-inline">{qr?.error}</p>
          )}
        </>
      ) : (
        <p className="muted small">{t.noQr}</p>
      )}

      <h3>{t.handoutHeading}</h3>
      <p className="hint">{t.printHint}</p>
      <div className="actions">
        <button type="button" data-action="print-handout" onClick={print}>
          {l.print}
        </button>
        <button type="button" data-action="save-snapshot" onClick={saveSnapshot}>
          {l.snapshot}
        </button>
      </div>
      <Handout content={handout} image={image} imageRef={imageRef} printedOn={today} />
    </section>
  );
}
