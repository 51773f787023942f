import type { Ref } from 'react';
import { messages } from '../domain/messages';
import { AboutDialog } from '../ui/AboutDialog';
import { CameraPresetBar } from '../ui/CameraPresetBar';
import { ModeBar } from '../ui/ModeBar';
import { SearchBox, type SearchBoxHandle } from '../ui/SearchBox';
import { ShareButton } from '../ui/ShareButton';

/** The page's own skip links; `AppFrame` draws the same ones before the app arrives. */
export function SkipLinks({ toPanels }: { toPanels: boolean }) {
  return (
    <nav className="skip-links" aria-label={messages.app.skipLinks}>
      <a href="#viewer-region">{messages.app.skipToViewer}</a>
      {/* The aside, not its content: on phones the content is a closed drawer. */}
      {toPanels && <a href="#panels">{messages.app.skipToPanels}</a>}
    </nav>
  );
}

export function AppHeader({ searchRef }: { searchRef: Ref<SearchBoxHandle> }) {
  return (
    <header className="app-header">
      <h1>{messages.app.title}</h1>
      <SearchBox ref={searchRef} />
      <ModeBar />
      <CameraPresetBar />
      <ShareButton />
    </header>
  );
}

export function AppFooter() {
  return (
    <footer className="app-footer">
      <p>{messages.app.notDiagnostic}</p>
      <AboutDialog />
    </footer>
  );
}
