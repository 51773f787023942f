import { messages } from '../domain/messages';
import type { ViewerStore } from '../state';

/** A part of a link whose code could not be downloaded (offline, a deploy): say so, keep going. */
export function linkPartFailed(store: ViewerStore, param: string): () => void {
  return () =>
    store
      .getState()
      .setNotices([
        ...store.getState().notices,
        { param, value: '', problem: 'invalid-content', detail: messages.app.partLoadFailedBody },
      ]);
}

/**
 * Plays a link's own story (`story=`, on the app's page and in an embed alike); a bad one becomes
 * a notice naming its step and field. Its code loads only for links that carry one.
 */
export function openStoryLink(store: ViewerStore, search: string): void {
  if (!new URLSearchParams(search).has('story')) return;
  void import('./story-from-link').then(
    ({ startStoryFromLink }) => {
      const problems = startStoryFromLink(store, search);
      if (problems.length > 0)
        store.getState().setNotices([...store.getState().notices, ...problems]);
    },
    linkPartFailed(store, 'story'),
  );
}
