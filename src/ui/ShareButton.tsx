import { useState } from 'react';
import { messages } from '../domain/messages';
import { readableQuery, serializeViewState } from '../domain/view-state';
import { useViewer, useViewerStoreApi } from '../state';

/** The link that reopens exactly this view (keeps a custom model parameter). */
export function shareLink(search: URLSearchParams, location: Location): string {
  const model = new URLSearchParams(location.search).get('model');
  if (model) search.set('model', model);
  const query = readableQuery(search);
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

/** Copies a link to the current view; shows it for manual copying when the clipboard is blocked. */
export function ShareButton() {
  const store = useViewerStoreApi();
  const announce = useViewer((s) => s.announce);
  const [fallback, setFallback] = useState<string | null>(null);
  return (
    <div className="share">
      <button
        type="button"
        data-action="share"
        onClick={async () => {
          const link = shareLink(serializeViewState(store.getState().view), window.location);
          try {
            await navigator.clipboard.writeText(link);
            setFallback(null);
            announce(messages.app.linkCopied);
          } catch {
            setFallback(link);
            announce(messages.app.linkCopyFailed);
          }
        }}
      >
        {messages.app.share}
      </button>
      {fallback && (
        <label className="share-fallback">
          {messages.app.linkCopyFailed}
          <input readOnly value={fallback} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
