import { useRef, useState } from 'react';
import { messages } from '../../domain/messages';
import { sessionPlanQrText } from '../../domain/session-plan';
import { useViewer } from '../../state';
import { QrCode } from '../QrCode';

const t = messages.clinician.plan;
const l = messages.learning.plan;

/** The plan as a link (copy, or select it by hand when the clipboard is blocked) and a QR code. */
export function PlanShare({ link }: { link: string | null }) {
  const announce = useViewer((s) => s.announce);
  const [copyFailed, setCopyFailed] = useState(false);
  const linkRef = useRef<HTMLInputElement>(null);
  const qr = link ? sessionPlanQrText(link) : null;

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

  return (
    <>
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
    </>
  );
}
