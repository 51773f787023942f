import type { ViewerStore } from '../state';
import { handleMessage } from './handle-message';
import { type AllowedOrigins, eventTargets, isOriginAllowed } from './origins';
import { EVENT_TYPE, type EventMessage, PROTOCOL_VERSION } from './protocol-envelope';
import { eventsBetween, type ViewerEvent } from './viewer-events';
import { viewerSnapshot } from './viewer-snapshot';

export interface MessageBridgeOptions {
  store: ViewerStore;
  allowed: AllowedOrigins;
  /** The viewer's window (listens for commands). */
  self?: Window;
  /** Where events go (the embedding page). */
  parent?: Window;
}

function envelope({ event, detail }: ViewerEvent): EventMessage {
  return { type: EVENT_TYPE, version: PROTOCOL_VERSION, event, detail };
}

/** Send an event to the embedding page, for the allowed origins only. */
export function postViewerEvent(
  event: ViewerEvent,
  { allowed, self = window, parent = window.parent }: Omit<MessageBridgeOptions, 'store'>,
): void {
  if (parent === self) return;
  const message = envelope(event);
  for (const target of eventTargets(allowed)) parent.postMessage(message, target);
}

/**
 * Connect a viewer to the page that embeds it: commands from allowed origins are carried out
 * and answered to their sender; events go to the parent window, for allowed origins only.
 * Returns a function that disconnects.
 */
export function installMessageBridge({
  store,
  allowed,
  self = window,
  parent = window.parent,
}: MessageBridgeOptions): () => void {
  const post = (event: ViewerEvent) => postViewerEvent(event, { allowed, self, parent });

  const onMessage = (event: MessageEvent) => {
    // Not allowed: ignored without a reply, so a foreign page learns nothing.
    if (!isOriginAllowed(allowed, event.origin) || event.origin === 'null') return;
    const outcome = handleMessage(store, event.data);
    const source = event.source as Window | null;
    if (outcome.kind === 'ignore' || !source) return;
    const message = outcome.kind === 'respond' ? outcome.response : outcome.event;
    source.postMessage(message, { targetOrigin: event.origin });
  };

  // Coalesce the view changes of one command (or one user gesture) into one stateChange.
  let statePending = false;
  const flushState = () => {
    statePending = false;
    post({ event: 'stateChange', detail: viewerSnapshot(store.getState()) });
  };
  const unsubscribe = store.subscribe((next, previous) => {
    for (const event of eventsBetween(previous, next)) post(event);
    if (next.view !== previous.view && !statePending) {
      statePending = true;
      queueMicrotask(flushState);
    }
  });

  self.addEventListener('message', onMessage);
  return () => {
    self.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
