/**
 * The entry. The page frame is already in `index.html` (written by the build from `AppFrame`)
 * and paints before any script runs; this module redraws it only when the link asks for
 * another language, mode, camera or amount of interface, remembers a press of "Show the 3D
 * model", and loads the app, its data and its catalogues, which replace the frame in place.
 */
import { createRoot } from 'react-dom/client';
import { chooseLanguage } from '../domain/messages/choose-language';
import { AppFrame, FRAME_3D_REQUESTED, FRAME_LOAD_3D } from './AppFrame';
import { preloadModel, shouldPreloadFirstViewModel } from './first-view-preload';
import { frameProps, isPlainFrame } from './frame-from-link';
import type { FrameText } from './frame-text';
import { isSmallScreen } from './webgl-support';
import './styles.css';

const element = document.getElementById('root');
if (!element) throw new Error('app: the page has no #root element to mount the viewer in.');
const root = createRoot(element);

const { language } = chooseLanguage(
  new URLSearchParams(window.location.search).get('lang'),
  navigator.languages ?? [navigator.language],
);
document.documentElement.lang = language;
const frame = frameProps(window.location.search, language, import.meta.env.BASE_URL);
if (!isPlainFrame(frame, language) || !element.querySelector('.app-frame')) {
  root.render(<AppFrame {...frame} />);
}

// The first-view model downloads while the app and the 3D view's code arrive, not after them.
if (shouldPreloadFirstViewModel(window.location.search, isSmallScreen())) {
  preloadModel(`${import.meta.env.BASE_URL}models/hip-first.glb`);
}

let load3dRequested = false;
const onFrameClick = (event: MouseEvent) => {
  if (!(event.target instanceof Element) || !event.target.closest(`[${FRAME_LOAD_3D}]`)) return;
  load3dRequested = true;
  element.querySelector('.app-frame')?.classList.add(FRAME_3D_REQUESTED);
};
element.addEventListener('click', onFrameClick);

import('./start-app').then(
  // The frame stays until the app has rendered behind it; its button is listened to till then
  // (the app's own button has no frame attribute).
  ({ startApp }) => startApp(root, { load3dRequested: () => load3dRequested }),
  (error: unknown) => {
    // The app's code could not be downloaded: say so in the frame's language, offer a reload.
    console.error(error);
    element.removeEventListener('click', onFrameClick);
    root.render(<StartFailed text={frame.text} />);
  },
);

function StartFailed({ text }: { text: FrameText }) {
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
