import {
  PARAMS_KEPT_ON_VIEW_CHANGE,
  readableQuery,
  serializeViewState,
} from '../domain/view-state';
import type { ViewerStore } from '../state';

/**
 * Mirror the view state into the address bar (replaceState, so Back is not flooded), keeping
 * parameters that belong to other parts of the app such as `model`.
 */
export function syncViewToUrl(
  store: ViewerStore,
  // `plan` is not kept: it lives in the fragment (kept as is), never in the query.
  keepParams: readonly string[] = PARAMS_KEPT_ON_VIEW_CHANGE,
): () => void {
  let pending = 0;
  const write = () => {
    pending = 0;
    const current = new URLSearchParams(window.location.search);
    const next = serializeViewState(store.getState().view);
    for (const key of keepParams) {
      const value = current.get(key);
      if (value !== null) next.set(key, value);
    }
    const query = readableQuery(next);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  };
  return store.subscribe((state, previous) => {
    if (state.view === previous.view || pending) return;
    pending = window.setTimeout(write, 150);
  });
}
