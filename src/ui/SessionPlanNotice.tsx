import { messages } from '../domain/messages';
import { useViewer } from '../state';

/** A small, dismissible notice when a link's session plan could not be read (or was trimmed). */
export function SessionPlanNotice() {
  const notices = useViewer((s) => s.planNotices);
  const setNotices = useViewer((s) => s.setPlanNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="note" data-testid="plan-notice">
      <p>
        {notices.map((n) => (
          <span key={n}>{n} </span>
        ))}
      </p>
      <button
        type="button"
        onClick={() => setNotices([])}
        aria-label={messages.clinician.plan.dismissNotice}
      >
        ×
      </button>
    </div>
  );
}
