/**
 * The entry. The page frame is already in `index.html` (written by the build from `AppFrame`)
 * and paints before any script runs; this module redraws it only when the link asks for
 * another language, mode, camera or amount of interface, remembers a press of "Show the 3D
 * model", and loads the app, its data and its catalogues, which replace the frame in place.
 * It needs no React itself: on a phone, nothing but this small module runs before the frame
 * has painted.
 */
import { chooseLanguage } from '../domain/messages/choose-language';
import { afterFirstPaint } from './after-first-paint';
import { preloadModel, shouldPreloadFirstViewModel } from './first-view-preload';
import { FRAME_3D_REQUESTED, FRAME_LOAD_3D } from './frame-attributes';
import { frameProps, isPlainFrame } from './frame-from-link';
import type { FrameText } from './frame-text';
import { isSmallScreen } from './webgl-support';
import './styles.css';

const element = document.getElementById('root');
if (!element) throw new Error('app: the page has no #root element to mount the viewer in.');

const { language } = chooseLanguage(
  new URLSearchParams(window.location.search).get('lang'),
  navigator.languages ?? [navigator.language],
);
document.documentElement.lang = language;
const frame = frameProps(window.location.search, language, import.meta.env.BASE_URL);
/** Settles once the link's own frame is drawn (at once for the frame in index.html). */
let frameDrawn: Promise<void> = Promise.resolve();
if (!isPlainFrame(frame, language) || !element.querySelector('.app-frame')) {
  // The frame in index.html is the plain English one: hidden until the link's own is drawn, so
  // nobody sees the wrong language or mode flash by.
  element.style.visibility = 'hidden';
  frameDrawn = import('./render-frame')
    .then(({ renderFrame }) => renderFrame(element, frame))
    .catch((error: unknown) => console.error(error))
    .finally(() => {
      element.style.visibility = '';
    });
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

const loadApp = () =>
  // Downloaded side by side; the app starts after the frame is drawn, never under it.
  Promise.all([import('./start-app'), frameDrawn]).then(
    // The frame stays until the app has rendered behind it; its button is listened to till then
    // (the app's own button has no frame attribute).
    ([{ startApp }]) => startApp(element, { load3dRequested: () => load3dRequested }),
    (error: unknown) => {
      // The app's code could not be downloaded: say so in the frame's language, offer a reload.
      console.error(error);
      element.removeEventListener('click', onFrameClick);
      showStartFailed(element, frame.text);
    },
  );
// Wider screens start the 3D view at once: its code is already on its way (modulepreload),
// and it is evaluated (three.js and the scene, the largest chunk) while the app's own chunks
// are still arriving, instead of after the app has rendered. Phones show the frame and its
// still picture first: the app's code waits for that paint.
if (isSmallScreen()) {
  afterFirstPaint(loadApp);
} else {
  void loadApp();
  // A failure here is the view's to report when the app asks for it (with a retry).
  import('../scene/Viewer3D').catch(() => undefined);
}

/** Plain DOM: the notice must show even when no more code can be downloaded. */
function showStartFailed(root: HTMLElement, text: FrameText): void {
  const notice = document.createElement('main');
  notice.className = 'framed-notice';
  notice.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = text.partLoadFailedTitle;
  const body = document.createElement('p');
  body.textContent = text.partLoadFailedBody;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text.reloadPage;
  button.addEventListener('click', () => window.location.reload());
  const actions = document.createElement('p');
  actions.append(button);
  notice.append(title, body, actions);
  root.replaceChildren(notice);
  root.style.visibility = '';
}
