import { createRoot, type Root } from 'react-dom/client';

let root: Root | undefined;
let rootElement: HTMLElement | undefined;

/**
 * The page's one React root, made on first use: by the frame when the link needs another frame
 * than the one in `index.html`, otherwise by the app when its code has arrived (so the entry
 * itself needs no React, and a phone paints the frame before any of it is downloaded).
 */
export function appRoot(element: HTMLElement): Root {
  if (root && rootElement !== element) {
    throw new Error('app: the page already has its React root on another element.');
  }
  rootElement = element;
  root ??= createRoot(element);
  return root;
}
