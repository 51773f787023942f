import { useSyncExternalStore } from 'react';
import { useViewerStoreApi } from './viewer-context';
import type { ViewerState, ViewerStore } from './viewer-types';

/**
 * When no frame comes (a hidden page draws none), the state is shown after this long anyway.
 * @internal
 */
export const AFTER_FRAME_FALLBACK_MS = 500;

/** The viewer's state as the panels show it: the store's, one frame late. */
interface ShownState {
  get(): ViewerState;
  subscribe(listener: () => void): () => void;
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
 * The state a store's panels show, following the store one frame late: a change (a pick, a
 * search result) is drawn in the 3D view first, and the side panel and structure tree, which
 * take longer to render than the frame itself, follow right after it. Changes that come
 * before that frame are shown together.
 * @internal
 */
export function shownStateOf(store: ViewerStore): ShownState {
  const existing = SHOWN.get(store);
  if (existing) return existing;
  const listeners = new Set<() => void>();
  let shown = store.getState();
  let waiting = false;
  const publish = () => {
    waiting = false;
    shown = store.getState();
    for (const listener of listeners) listener();
  };
  store.subscribe(() => {
    if (waiting) return;
    waiting = true;
    afterNextFrame(publish);
  });
  const state: ShownState = {
    get: () => shown,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  SHOWN.set(store, state);
  return state;
}

/**
 * Like `useViewer`, for panels that need not be in the frame that answers a click: the
 * component follows the store's state after the next frame has been drawn, so a pick's
 * highlight is not held back by the panels it opens. The store itself changes at once (the
 * view, the link, the embed events). `selector` must return a value held in the state (not a
 * new object each call), as with `useViewer`.
 */
export function useViewerAfterFrame<T>(selector: (state: ViewerState) => T): T {
  const shown = shownStateOf(useViewerStoreApi());
  const snapshot = () => selector(shown.get());
  return useSyncExternalStore(shown.subscribe, snapshot, snapshot);
}
