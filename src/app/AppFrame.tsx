import type { Chrome } from './App';
import type { FrameText } from './frame-text';

export interface AppFrameProps {
  text: FrameText;
  chrome: Chrome;
  /** The mode the link asks for (`mode=`), for the mode menu's label and the page's class. */
  mode: string;
  /** The camera preset the link asks for (`cam=`), pressed in the camera bar. */
  cameraPreset: string | null;
  /** Phones start with the still picture (as the app does). */
  smallScreen: boolean;
  posterUrl: string;
  /** "Show the 3D model" pressed before the app arrived: the app opens with the 3D view. */
  load3dRequested: boolean;
  onLoad3d: () => void;
}

/**
 * The page as it first paints, before the app's code and data arrive: the same elements and
 * classes as `App`, so every box keeps its place when the app replaces it (no layout shift).
 * Controls are inert until then (the page says it is busy); the one the phone user most likely
 * presses, "Show the 3D model", is remembered and honoured when the app starts.
 */
export function AppFrame({
  text,
  chrome,
  mode,
  cameraPreset,
  smallScreen,
  posterUrl,
  load3dRequested,
  onLoad3d,
}: AppFrameProps) {
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
          {smallScreen && !load3dRequested ? (
            <div className="viewer-fallback poster-gate" data-testid="frame-poster">
              <img src={posterUrl} alt={text.posterAlt} width={800} height={1000} />
              <button type="button" className="load-3d" onClick={onLoad3d}>
                {text.load3d}
              </button>
            </div>
          ) : (
            <div className="viewer-overlay" role="status">
              <p>{text.loadingModel}</p>
            </div>
          )}
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
