import { messages } from '../domain/messages';

const t = messages.app.clinicianTools;

/** Patient mode's one way to the clinician's panels: a button that says what it adds. */
export function ClinicianToolsToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <section className="panel clinician-tools" data-testid="clinician-tools">
      <p className="muted small" id="clinician-tools-hint">
        {t.hint}
      </p>
      <button
        type="button"
        aria-expanded={open}
        aria-describedby="clinician-tools-hint"
        data-action="clinician-tools"
        onClick={onToggle}
      >
        {open ? t.hide : t.show}
      </button>
    </section>
  );
}
