import { useViewer } from '../state';

/** The one polite live region that speaks selection and view changes. */
export function StatusRegion() {
  const announcement = useViewer((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="status">
      {/* The key re-creates the text so the same sentence twice is spoken twice. */}
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  );
}
