import { messages } from '../domain/messages';
import { useViewer } from '../state';

/** A small, dismissible notice naming the link parameters that were ignored. */
export function ParamNotices() {
  const notices = useViewer((s) => s.notices);
  const dismiss = useViewer((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="note" data-testid="param-notice">
      <p>{messages.app.ignoredParams(notices)}</p>
      <button type="button" onClick={dismiss} aria-label={messages.app.dismissNotice}>
        ×
      </button>
    </div>
  );
}
