import { embed as text } from '../domain/messages/en/embed';
import type { ViewerStore } from '../state';
import { errorResponse, handleMessage } from './handle-message';
import { type AllowedOrigins, eventTargets, isOriginAllowed } from './origins';
import {
  COMMAND_TYPE,
  EVENT_TYPE,
  type EventMessage,
  MAX_ID_LENGTH,
  PROTOCOL_VERSION,
} from './protocol-envelope';
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
  // Without origins= the only target is the viewer's own origin: a parent on another origin
  // can never receive it, and the browser would log a warning on every change (review F10).
  const own = self.location?.origin;
  let parentIsOwnOrigin = false;
  try {
    parentIsOwnOrigin = parent.location.origin === own;
  } catch {
    // Cross-origin parent: its location cannot be read.
  }
  for (const target of eventTargets(allowed)) {
    if (own !== undefined && target === own && !parentIsOwnOrigin) continue;
    parent.postMessage(message, target);
  }
}

/**
 * Limits that keep the viewer answering under a flood from an allowed origin: commands wait in
 * a bounded queue and run in slices, each slice one task (so the view renders and the
 * `stateChange` event is sent once per slice, not once per command); beyond the queue a
 * command is refused at once with `busy`. Screenshots (hundreds of ms each) have their own cap.
 */
export const BRIDGE_LIMITS = { maxQueued: 200, perSlice: 50, maxQueuedScreenshots: 2 } as const;

interface QueuedCommand {
  data: unknown;
  origin: string;
  source: Window;
}

/** The command name and id of something that looks like a command, for a `busy` reply. */
function commandHead(data: unknown): { id: string; command: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id, command } = data as Record<string, unknown>;
  if (type !== COMMAND_TYPE || typeof id !== 'string' || id.length === 0) return null;
  if (id.length > MAX_ID_LENGTH) return null;
  return { id, command: typeof command === 'string' ? command.slice(0, 40) : '' };
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

  const queue: QueuedCommand[] = [];
  let queuedScreenshots = 0;
  let drainTimer: ReturnType<typeof setTimeout> | null = null;

  const run = ({ data, origin, source }: QueuedCommand) => {
    const outcome = handleMessage(store, data);
    if (outcome.kind === 'ignore') return;
    const message = outcome.kind === 'respond' ? outcome.response : outcome.event;
    source.postMessage(message, { targetOrigin: origin });
  };

  const drain = () => {
    drainTimer = null;
    for (const item of queue.splice(0, BRIDGE_LIMITS.perSlice)) {
      if (commandHead(item.data)?.command === 'screenshot') queuedScreenshots -= 1;
      run(item);
    }
    // Yield between slices, so rendering and the user's input are never starved.
    if (queue.length > 0) drainTimer = setTimeout(drain, 0);
  };

  const onMessage = (event: MessageEvent) => {
    // Not allowed: ignored without a reply, so a foreign page learns nothing.
    if (!isOriginAllowed(allowed, event.origin) || event.origin === 'null') return;
    const source = event.source as Window | null;
    if (!source) return;
    const item = { data: event.data, origin: event.origin, source };
    const head = commandHead(event.data);
    if (!head) {
      // Not a command with an id: cheap to answer (or ignore) at once.
      run(item);
      return;
    }
    const screenshot = head.command === 'screenshot';
    const full =
      queue.length >= BRIDGE_LIMITS.maxQueued ||
      (screenshot && queuedScreenshots >= BRIDGE_LIMITS.maxQueuedScreenshots);
    if (full) {
      const limit = screenshot ? BRIDGE_LIMITS.maxQueuedScreenshots : BRIDGE_LIMITS.maxQueued;
      const busy = errorResponse(head.id, {
        code: 'busy',
        message: text.errors.busy(head.command || 'command', limit),
      });
      source.postMessage(busy, { targetOrigin: event.origin });
      return;
    }
    if (screenshot) queuedScreenshots += 1;
    queue.push(item);
    drainTimer ??= setTimeout(drain, 0);
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
    if (drainTimer !== null) clearTimeout(drainTimer);
    queue.length = 0;
    unsubscribe();
  };
}
