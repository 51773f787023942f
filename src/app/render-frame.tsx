import { flushSync } from 'react-dom';
import { AppFrame, type AppFrameProps } from './AppFrame';
import { appRoot } from './app-root';

/**
 * Draws the frame a link asks for (another language, mode, camera or amount of interface than
 * the frame the build wrote into `index.html`) at once, so the page shows it before revealing.
 */
export function renderFrame(element: HTMLElement, frame: AppFrameProps): void {
  flushSync(() => appRoot(element).render(<AppFrame {...frame} />));
}
