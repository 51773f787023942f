import { useSyncExternalStore } from 'react';
import { useViewerStoreApi } from './viewer-context';
import type { ViewerState, ViewerStore } from './viewer-types';

/**
 * When no frame comes (a hidden page draws none), the state is shown after this long anyway.
 * @internal
 */
export const AFTER_FRAME_FALLBACK_MS = 500;

/** The viewer's state as the panels show it: the store's, held back for the frame of a pick. */
interface ShownState {
  get(): ViewerState;
  subscribe(listener: () => void): () => void;
  /** Hold the changes that come before the next frame until it has been drawn. */
  holdUntilNextFrame(): void;
}

const SHOWN = new WeakMap<ViewerStore, ShownState>();

/** The task after the next frame: a frame callback, then a task queued from it. */
function afterNextFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(once, AFTER_FRAME_FALLBACK_MS);
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
}

/**
 * The state a store's panels show. It follows the store at once, except while a pick in the
 * 3D view holds it (`holdUntilNextFrame`): then the pick's highlight is drawn first, and the
 * side panel, card and tree, which take longer to render than the frame itself, follow right
 * after it, with every change made in between.
 * @internal
 */
export function shownStateOf(store: ViewerStore): ShownState {
  const existing = SHOWN.get(store);
  if (existing) return existing;
  const listeners = new Set<() => void>();
  let shown = store.getState();
  let holding = false;
  let held = false;
  const publish = () => {
    shown = store.getState();
    for (const listener of listeners) listener();
  };
  store.subscribe(() => {
    if (holding) held = true;
    else publish();
  });
  const state: ShownState = {
    get: () => shown,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    holdUntilNextFrame() {
      if (holding) return;
      holding = true;
      afterNextFrame(() => {
        holding = false;
        if (!held) return;
        held = false;
        publish();
      });
    },
  };
  SHOWN.set(store, state);
  return state;
}

/**
 * A pick in the 3D view: the panels show what it changes after the frame that shows its
 * highlight, so they do not hold that frame back. The store itself changes at once.
 */
export function showPickAfterFrame(store: ViewerStore): void {
  shownStateOf(store).holdUntilNextFrame();
}

/**
 * Like `useViewer`, for panels that a pick in the 3D view opens or changes: they follow the
 * store at once, but after a pick (`showPickAfterFrame`) only once its highlight is drawn.
 * `selector` must return a value held in the state (not a new object each call), as with
 * `useViewer`.
 */
export function useViewerAfterFrame<T>(selector: (state: ViewerState) => T): T {
  const shown = shownStateOf(useViewerStoreApi());
  const snapshot = () => selector(shown.get());
  return useSyncExternalStore(shown.subscribe, snapshot, snapshot);
}
