import type { Chrome } from './App';
import { FRAME_LOAD_3D } from './frame-attributes';
import type { FrameText } from './frame-text';

export interface AppFrameProps {
  text: FrameText;
  chrome: Chrome;
  /** The mode the link asks for (`mode=`), for the mode menu's label and the page's class. */
  mode: string;
  /** The camera preset the link asks for (`cam=`), pressed in the camera bar. */
  cameraPreset: string | null;
  posterUrl: string;
}

/**
 * The page as it first paints, before the app's code and data arrive: the same elements and
 * classes as `App`, so every box keeps its place when the app replaces it (no layout shift).
 * The build writes it into `index.html` for a plain link, so it paints before any script runs;
 * it depends on no browser state (phones see the still picture, wider screens the loading note,
 * by CSS, as `App` decides by the same width). Controls are inert until the app arrives (the
 * page says it is busy); the one a phone user most likely presses, "Show the 3D model", is
 * remembered by the entry and honoured when the app starts.
 */
export function AppFrame({ text, chrome, mode, cameraPreset, posterUrl }: AppFrameProps) {
  return (
    <div className={`app app-frame chrome-${chrome} mode-${mode}`} aria-busy="true">
      <nav className="skip-links" aria-label={text.skipLinks}>
        <a href="#viewer-region">{text.skipToViewer}</a>
        {chrome === 'full' && <a href="#panels">{text.skipToPanels}</a>}
      </nav>
      {chrome !== 'none' && (
        <header className="app-header">
          <h1>{text.title}</h1>
          <search className="search" aria-label={text.searchLabel} inert>
            <input type="search" placeholder={text.searchPlaceholder} readOnly tabIndex={-1} />
          </search>
          <div className="mode-bar" inert>
            <label>
              <select value={mode} aria-label={text.modeLabel} tabIndex={-1} onChange={() => {}}>
                {Object.entries(text.modeNames).map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <select
                className="frame-stories"
                value=""
                aria-label={text.stories}
                tabIndex={-1}
                onChange={() => {}}
              >
                <option value="">{text.stories}</option>
              </select>
            </label>
          </div>
          <nav className="camera-bar" aria-label={text.cameraPresetsLabel} inert>
            {Object.entries(text.cameraPresets).map(([id, label]) => (
              <button key={id} type="button" aria-pressed={id === cameraPreset} tabIndex={-1}>
                {label}
              </button>
            ))}
            <button type="button" tabIndex={-1}>
              {text.resetView}
            </button>
          </nav>
          <div className="share" inert>
            <button type="button" tabIndex={-1}>
              {text.share}
            </button>
          </div>
        </header>
      )}
      <main className="app-main">
        <section id="viewer-region" tabIndex={-1} className="viewer" aria-label={text.viewerRegion}>
          {/* The picture is lazy: a wide screen hides it and never downloads it; a phone gets it
              early from the preload in index.html. */}
          <div className="viewer-fallback poster-gate frame-poster" data-testid="frame-poster">
            <img src={posterUrl} alt={text.posterAlt} width={800} height={1000} loading="lazy" />
            <button type="button" className="load-3d" {...{ [FRAME_LOAD_3D]: '' }}>
              {text.load3d}
            </button>
          </div>
          <div className="viewer-overlay frame-loading" role="status">
            <p>{text.loadingModel}</p>
          </div>
        </section>
        {chrome === 'full' && (
          <aside
            id="panels"
            tabIndex={-1}
            className="side-panel drawer-closed"
            aria-label={text.panelsRegion}
          >
            <button type="button" className="drawer-toggle" aria-expanded={false} inert>
              {text.openPanels}
            </button>
            <div className="panel-content" />
          </aside>
        )}
      </main>
      {chrome !== 'none' && (
        <footer className="app-footer">
          <p>{text.notDiagnostic}</p>
          <button type="button" className="link-button" inert>
            {text.about}
          </button>
        </footer>
      )}
    </div>
  );
}
