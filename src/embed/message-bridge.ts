import { embed as text } from '../domain/messages/en/embed';
import type { ViewerStore } from '../state';
import { createCommandQueue, isReadOnlyCommand, type QueueEntry } from './command-queue';
import { commandResponse, errorResponse, invalidOutcome } from './handle-message';
import { type AllowedOrigins, eventTargets, isOriginAllowed } from './origins';
import { parseCommandMessage, type ValidCommand } from './protocol';
import {
  EVENT_TYPE,
  type EventMessage,
  PROTOCOL_VERSION,
  type ResponseMessage,
} from './protocol-envelope';
import { type CommandOutcome, runCommand } from './run-command';
import { eventsBetween, type ViewerEvent } from './viewer-events';
import { viewerSnapshot } from './viewer-snapshot';

export interface MessageBridgeOptions {
  store: ViewerStore;
  allowed: AllowedOrigins;
  /** The viewer's window (listens for commands). */
  self?: Window;
  /** Where events go (the embedding page). */
  parent?: Window;
  /** Filled with counts of how commands were handled (for tests and benchmarks). */
  probe?: BridgeProbe;
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
 * Limits that keep the viewer answering under a flood from an allowed origin (review F9):
 * state-changing commands wait in a bounded, coalescing queue (see `command-queue.ts`) that is
 * carried out once per animation frame, `perSlice` at a time, so the view renders and the
 * `stateChange` event is sent once per frame, not once per command; beyond the queue a command
 * is refused at once with `busy`. Read-only commands are never refused: they are answered at the
 * next drain, after every change sent before them. `frameFallbackMs` carries the
 * queue out when the browser pauses frames (a hidden or off-screen frame).
 * @internal
 */
export const BRIDGE_LIMITS = {
  maxQueued: 200,
  perSlice: 50,
  maxQueuedScreenshots: 2,
  frameFallbackMs: 50,
} as const;

/** Counts a test or benchmark can read from the viewer's window: how a flood was handled. */
export interface BridgeProbe {
  commandsReceived: number;
  /** Commands carried out on the store (a coalesced group counts once). */
  commandsCarriedOut: number;
  /** Commands answered with the outcome of a later command of the same kind. */
  commandsCoalesced: number;
  commandsRefusedBusy: number;
  /** Times the queue was carried out (at most one per frame, plus reads that flushed it). */
  drains: number;
  /** For the latest read-only command: queued changes carried out just before answering it. */
  carriedOutBeforeLastRead: number;
  /** For the latest read-only command: ms from its arrival to its answer (one frame or less). */
  lastReadMs: number;
}

export function emptyBridgeProbe(): BridgeProbe {
  return {
    commandsReceived: 0,
    commandsCarriedOut: 0,
    commandsCoalesced: 0,
    commandsRefusedBusy: 0,
    drains: 0,
    carriedOutBeforeLastRead: 0,
    lastReadMs: 0,
  };
}

interface Waiter {
  id: string;
  origin: string;
  source: Window;
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
  probe = emptyBridgeProbe(),
}: MessageBridgeOptions): () => void {
  const post = (event: ViewerEvent) => postViewerEvent(event, { allowed, self, parent });
  const queue = createCommandQueue<Waiter>(BRIDGE_LIMITS);
  const reply = ({ source, origin }: Waiter, message: ResponseMessage | EventMessage) =>
    source.postMessage(message, { targetOrigin: origin });

  const carryOut = (entries: QueueEntry<Waiter>[]) => {
    for (const { command, waiters } of entries) {
      const outcome = runCommand(store, command);
      probe.commandsCarriedOut += 1;
      for (const waiter of waiters) reply(waiter, commandResponse(waiter.id, outcome));
    }
    if (entries.length > 0) probe.drains += 1;
  };

  // One drain per frame; the timer covers frames the browser does not draw.
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancelDrain = () => {
    if (frame !== null) self.cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  // Reads wait for the next drain, which first carries out every change sent before them.
  const reads: { command: ValidCommand; waiter: Waiter; arrivedMs: number }[] = [];
  const answerReads = () => {
    // One snapshot serves every getState of the frame.
    let state: CommandOutcome | null = null;
    for (const { command, waiter, arrivedMs } of reads.splice(0)) {
      if (command.name === 'getState') state ??= runCommand(store, command);
      const outcome = command.name === 'getState' && state ? state : runCommand(store, command);
      reply(waiter, commandResponse(waiter.id, outcome));
      probe.lastReadMs = performance.now() - arrivedMs;
    }
  };
  const drain = () => {
    cancelDrain();
    const reading = reads.length > 0;
    const entries = queue.take(reading ? queue.size : BRIDGE_LIMITS.perSlice);
    carryOut(entries);
    if (reading) {
      probe.carriedOutBeforeLastRead = entries.length;
      answerReads();
    }
    if (queue.size > 0) scheduleDrain();
  };
  const scheduleDrain = () => {
    if (timer !== null) return;
    const hasFrames = typeof self.requestAnimationFrame === 'function';
    timer = setTimeout(drain, hasFrames ? BRIDGE_LIMITS.frameFallbackMs : 0);
    if (hasFrames) frame = self.requestAnimationFrame(drain);
  };

  const onMessage = (event: MessageEvent) => {
    // Not allowed: ignored without a reply, so a foreign page learns nothing.
    if (!isOriginAllowed(allowed, event.origin) || event.origin === 'null') return;
    const source = event.source as Window | null;
    if (!source) return;
    const parsed = parseCommandMessage(event.data);
    if (parsed.kind === 'ignore') return;
    const sender = { id: '', origin: event.origin, source };
    if (parsed.kind === 'invalid') {
      const outcome = invalidOutcome(parsed);
      if (outcome.kind === 'respond') reply(sender, outcome.response);
      else if (outcome.kind === 'event') reply(sender, outcome.event);
      return;
    }
    probe.commandsReceived += 1;
    const waiter = { ...sender, id: parsed.id };
    if (isReadOnlyCommand(parsed.command)) {
      // Never refused and never behind a slice limit: answered at the next frame.
      reads.push({ command: parsed.command, waiter, arrivedMs: performance.now() });
      scheduleDrain();
      return;
    }
    const offered = queue.offer(parsed.command, waiter);
    if (offered === 'busy') {
      probe.commandsRefusedBusy += 1;
      const screenshot = parsed.command.name === 'screenshot';
      const limit = screenshot ? BRIDGE_LIMITS.maxQueuedScreenshots : BRIDGE_LIMITS.maxQueued;
      reply(
        waiter,
        errorResponse(parsed.id, {
          code: 'busy',
          message: text.errors.busy(parsed.command.name, limit),
        }),
      );
      return;
    }
    if (offered === 'coalesced') probe.commandsCoalesced += 1;
    scheduleDrain();
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
    cancelDrain();
    queue.take();
    reads.length = 0;
    unsubscribe();
  };
}
