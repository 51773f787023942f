/**
 * The entry: paints the page frame at once (React and a few strings, nothing else), then
 * loads the app, its data and its catalogues, which replace the frame in place.
 */
import { createRoot } from 'react-dom/client';
import { chooseLanguage } from '../domain/messages/choose-language';
import { AppFrame } from './AppFrame';
import { frameFromLink } from './frame-from-link';
import { frameText } from './frame-text';
import { isSmallScreen } from './webgl-support';
import './styles.css';

const element = document.getElementById('root');
if (!element) throw new Error('app: the page has no #root element to mount the viewer in.');
const root = createRoot(element);

const search = window.location.search;
const { language } = chooseLanguage(
  new URLSearchParams(search).get('lang'),
  navigator.languages ?? [navigator.language],
);
const text = frameText(language);
const link = frameFromLink(search, Object.keys(text.modeNames), Object.keys(text.cameraPresets));
const posterUrl = `${import.meta.env.BASE_URL}poster.jpg`;
let load3dRequested = false;
let started = false;

function paintFrame() {
  if (started) return;
  root.render(
    <AppFrame
      text={text}
      chrome={link.chrome}
      mode={link.mode}
      cameraPreset={link.cameraPreset}
      smallScreen={isSmallScreen()}
      posterUrl={posterUrl}
      load3dRequested={load3dRequested}
      onLoad3d={() => {
        load3dRequested = true;
        paintFrame();
      }}
    />,
  );
}

paintFrame();
document.documentElement.lang = language;

/** The app's code could not be downloaded: say so in the frame's language, offer a reload. */
function startFailed(error: unknown) {
  console.error(error);
  started = true;
  root.render(<StartFailed text={text} />);
}

import('./start-app').then(({ startApp }) => {
  started = true;
  startApp(root, { load3dRequested });
}, startFailed);

function StartFailed({ text }: { text: ReturnType<typeof frameText> }) {
  return (
    <main className="framed-notice" role="alert">
      <h1>{text.partLoadFailedTitle}</h1>
      <p>{text.partLoadFailedBody}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {text.reloadPage}
        </button>
      </p>
    </main>
  );
}
