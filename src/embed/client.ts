/**
 * A typed client for an embedded viewer (`embed.html` in an iframe): commands become promises
 * and events typed listeners. Tiny on purpose: no domain code, only the envelopes.
 */
import { embed as text } from '../domain/messages/en/embed';
import type { CommandMap, EventMap, ViewerSnapshot } from './api-types';
import {
  COMMAND_TYPE,
  type CommandName,
  type ErrorCode,
  type EventName,
  isEventMessage,
  isResponseMessage,
  PROTOCOL_VERSION,
  type ResponseMessage,
} from './protocol-envelope';

// Every argument and result type, so a host can name them (they are the published package's API).
export type {
  ApplyPresetArgs,
  CommandMap,
  EventMap,
  GetMotorPointsArgs,
  LayerVisibilityArg,
  LearnerContext,
  MotorPointInfo,
  MuscleSeverityArg,
  SelectArgs,
  SelectPointArgs,
  SetBodyArgs,
  SetCameraArgs,
  SetDysfunctionArgs,
  SetLayersArgs,
  ShowOnlyArgs,
  TaskArg,
  ViewerSnapshot,
  XapiActor,
  XapiStatement,
} from './api-types';
export type { CommandMessage, CommandName, ErrorCode, EventName } from './protocol-envelope';

/** A command the viewer refused, or that got no reply; `code` says which. */
export class EmbedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmbedError';
  }
}

export interface ViewerClientOptions {
  /** The viewer's origin; by default the origin of the iframe's `src`. */
  origin?: string;
  /** How long a command may wait for its reply, in ms (default 30 000). */
  timeoutMs?: number;
  /**
   * How long to wait for the viewer's first answer before `ready` rejects, in ms (default
   * 15 000). After the first answer `ready` waits for the model as long as it takes (a viewer
   * off screen is not drawn until scrolled to) and rejects only on a model or WebGL error.
   */
  connectTimeoutMs?: number;
}

type Args<K extends CommandName> = CommandMap[K]['args'];
type Result<K extends CommandName> = Promise<CommandMap[K]['result']>;
type Listener<K extends EventName> = (detail: EventMap[K]) => void;

export interface ViewerClient {
  /** Send any command by name. */
  call<K extends CommandName>(command: K, args?: Args<K>): Result<K>;
  setLayers(args: Args<'setLayers'>): Result<'setLayers'>;
  showOnly(args: Args<'showOnly'>): Result<'showOnly'>;
  select(args: Args<'select'>): Result<'select'>;
  selectPoint(args: Args<'selectPoint'>): Result<'selectPoint'>;
  setDysfunction(args: Args<'setDysfunction'>): Result<'setDysfunction'>;
  applyPreset(args: Args<'applyPreset'>): Result<'applyPreset'>;
  setCamera(args: Args<'setCamera'>): Result<'setCamera'>;
  resetView(): Result<'resetView'>;
  getState(): Result<'getState'>;
  getMotorPoints(args?: Args<'getMotorPoints'>): Result<'getMotorPoints'>;
  screenshot(): Result<'screenshot'>;
  playStory(args: Args<'playStory'>): Result<'playStory'>;
  setBody(args: Args<'setBody'>): Result<'setBody'>;
  setLearner(args: Args<'setLearner'>): Result<'setLearner'>;
  setLanguage(args: Args<'setLanguage'>): Result<'setLanguage'>;
  setAssessment(args: Args<'setAssessment'>): Result<'setAssessment'>;
  setPlanExercises(args: Args<'setPlanExercises'>): Result<'setPlanExercises'>;
  /** Listen to an event; returns a function that stops listening. */
  on<K extends EventName>(event: K, listener: Listener<K>): () => void;
  off<K extends EventName>(event: K, listener: Listener<K>): void;
  /**
   * Resolves when the model is loaded and drawn (at once if it already was). Rejects with an
   * `EmbedError` when the viewer never answers (code `timeout`, naming the likely cause) or
   * cannot load the model (`model-error`, `webgl-unavailable`).
   */
  readonly ready: Promise<EventMap['ready']>;
  /** Stop listening; pending commands are rejected. */
  destroy(): void;
}

interface Pending {
  command: CommandName;
  args: unknown;
  resolve: (value: never) => void;
  reject: (error: EmbedError) => void;
  timer: ReturnType<typeof setTimeout>;
}

const PROBE_INTERVAL_MS = 250;
/** Probes before giving up (a minute): a viewer that never answers is not asked forever. */
const MAX_PROBES = 240;
let clientCount = 0;

/** Talk to the viewer in `frame`. Commands sent before the viewer listens are queued. */
export function createViewerClient(
  frame: HTMLIFrameElement,
  options: ViewerClientOptions = {},
): ViewerClient {
  const origin = options.origin ?? new URL(frame.src, document.baseURI).origin;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const prefix = `c${++clientCount}-${Math.random().toString(36).slice(2, 8)}`;
  const pending = new Map<string, Pending>();
  const listeners = new Map<EventName, Set<(detail: never) => void>>();
  /** Ids of commands waiting for the viewer to listen. */
  let queue: string[] = [];
  let connected = false;
  let readySeen = false;
  let sequence = 0;
  let resolveReady: (detail: EventMap['ready']) => void = () => {};
  let rejectReady: (error: EmbedError) => void = () => {};
  const ready = new Promise<EventMap['ready']>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // A host that never awaits `ready` must not get an unhandled rejection; awaiting still throws.
  ready.catch(() => {});
  const connectTimeoutMs = options.connectTimeoutMs ?? 15_000;
  const connectTimer = setTimeout(() => {
    if (connected) return;
    rejectReady(
      new EmbedError(
        'timeout',
        text.errors.noAnswer(frame.src, window.location.origin, connectTimeoutMs),
      ),
    );
  }, connectTimeoutMs);

  const send = (id: string, command: CommandName, args?: unknown) => {
    if (origin === 'null') return;
    frame.contentWindow?.postMessage(
      { type: COMMAND_TYPE, version: PROTOCOL_VERSION, id, command, ...(args ? { args } : {}) },
      origin,
    );
  };

  const emit = <K extends EventName>(event: K, detail: EventMap[K]) => {
    if (event === 'ready') {
      if (readySeen) return;
      readySeen = true;
      resolveReady(detail as EventMap['ready']);
    }
    if (event === 'error' && !readySeen) {
      const { code, message } = detail as EventMap['error'];
      if (code === 'model-error' || code === 'webgl-unavailable') {
        rejectReady(new EmbedError(code, text.errors.readyFailed(code, message)));
      }
    }
    for (const listener of listeners.get(event) ?? []) {
      try {
        (listener as Listener<K>)(detail);
      } catch (error) {
        // One faulty listener must not stop the others; report it as uncaught.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  // Until the viewer answers, keep asking for its state: the first reply means it listens.
  // An opaque origin ('null', from a data: or blob: frame) cannot be posted to: never probe it.
  const reachable = origin !== 'null';
  let probes = 0;
  const probe = () => {
    if (!reachable || ++probes > MAX_PROBES) {
      clearInterval(probeTimer);
      return;
    }
    send(`${prefix}-probe`, 'getState');
  };
  const probeTimer = setInterval(probe, PROBE_INTERVAL_MS);
  frame.addEventListener('load', probe);

  const connect = () => {
    if (connected) return;
    connected = true;
    clearTimeout(connectTimer);
    clearInterval(probeTimer);
    frame.removeEventListener('load', probe);
    for (const id of queue) {
      const entry = pending.get(id);
      if (entry) send(id, entry.command, entry.args);
    }
    queue = [];
  };

  const settle = (message: ResponseMessage) => {
    if (message.id === `${prefix}-probe`) {
      const snapshot = message.ok ? (message.result as ViewerSnapshot) : null;
      connect();
      if (snapshot?.model === 'ready') emit('ready', { state: snapshot });
      return;
    }
    const entry = pending.get(message.id);
    if (!entry) return;
    pending.delete(message.id);
    clearTimeout(entry.timer);
    if (message.ok) entry.resolve(message.result as never);
    else entry.reject(new EmbedError(message.error.code as ErrorCode, message.error.message));
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    if (isResponseMessage(event.data)) settle(event.data);
    else if (isEventMessage(event.data)) {
      connect();
      emit(event.data.event, event.data.detail as never);
    }
  };
  window.addEventListener('message', onMessage);

  const call = <K extends CommandName>(command: K, args?: Args<K>): Result<K> =>
    new Promise((resolve, reject) => {
      const id = `${prefix}-${++sequence}`;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new EmbedError('timeout', text.errors.timeout(command, timeoutMs)));
      }, timeoutMs);
      pending.set(id, { command, args, resolve, reject, timer });
      if (connected) send(id, command, args);
      else queue.push(id);
    });

  const off = <K extends EventName>(event: K, listener: Listener<K>) => {
    listeners.get(event)?.delete(listener as (detail: never) => void);
  };

  return {
    call,
    setLayers: (args) => call('setLayers', args),
    showOnly: (args) => call('showOnly', args),
    select: (args) => call('select', args),
    selectPoint: (args) => call('selectPoint', args),
    setDysfunction: (args) => call('setDysfunction', args),
    applyPreset: (args) => call('applyPreset', args),
    setCamera: (args) => call('setCamera', args),
    resetView: () => call('resetView'),
    getState: () => call('getState'),
    getMotorPoints: (args) => call('getMotorPoints', args),
    screenshot: () => call('screenshot'),
    playStory: (args) => call('playStory', args),
    setBody: (args) => call('setBody', args),
    setLearner: (args) => call('setLearner', args),
    setLanguage: (args) => call('setLanguage', args),
    setAssessment: (args) => call('setAssessment', args),
    setPlanExercises: (args) => call('setPlanExercises', args),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (detail: never) => void);
      return () => off(event, listener);
    },
    off,
    ready,
    destroy() {
      clearInterval(probeTimer);
      clearTimeout(connectTimer);
      frame.removeEventListener('load', probe);
      window.removeEventListener('message', onMessage);
      for (const entry of pending.values()) {
        clearTimeout(entry.timer);
        entry.reject(new EmbedError('closed', text.errors.closed(entry.command)));
      }
      pending.clear();
      listeners.clear();
    },
  };
}
