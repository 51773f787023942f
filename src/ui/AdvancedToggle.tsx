import { lazy, Suspense, useState } from 'react';
import { messages } from '../domain/messages';

/** leva is loaded only when someone opens the advanced settings. */
const AdvancedPanel = lazy(() => import('./AdvancedPanel'));

export function AdvancedToggle() {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel advanced">
      <button type="button" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {open ? messages.app.advanced.close : messages.app.advanced.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <AdvancedPanel />
        </Suspense>
      )}
    </section>
  );
}
