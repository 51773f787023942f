import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewerStore, type ViewerStore } from '../state';
import { createViewerClient, EmbedError, type ViewerClient } from './client';
import { installMessageBridge, postViewerEvent } from './message-bridge';
import { parseAllowedOrigins } from './origins';
import { COMMAND_TYPE, EVENT_TYPE } from './protocol-envelope';

const HOST = 'https://school.example';
const VIEWER = 'https://viewer.example';

type Listener = (event: MessageEvent) => void;

/**
 * A window that delivers posted messages the way a browser does: asynchronously, cloned, only
 * when the target origin matches, with the sender's window proxy as `source` and its origin.
 */
class FakeWindow {
  readonly listeners = new Set<Listener>();
  readonly received: unknown[] = [];
  readonly #proxies = new Map<FakeWindow, WindowProxyLike>();
  constructor(readonly origin: string) {}
  addEventListener(type: string, listener: Listener) {
    if (type === 'message') this.listeners.add(listener);
  }
  removeEventListener(type: string, listener: Listener) {
    if (type === 'message') this.listeners.delete(listener);
  }
  /** This window as another window sees it (one stable object per pair, like a WindowProxy). */
  seenFrom(sender: FakeWindow): WindowProxyLike {
    let proxy = this.#proxies.get(sender);
    if (!proxy) {
      proxy = {
        postMessage: (data, target) => {
          const targetOrigin = typeof target === 'string' ? target : target.targetOrigin;
          if (targetOrigin !== '*' && targetOrigin !== this.origin) return;
          const copy = structuredClone(data);
          setTimeout(() => this.deliver(copy, sender));
        },
      };
      this.#proxies.set(sender, proxy);
    }
    return proxy;
  }
  deliver(data: unknown, sender: FakeWindow) {
    this.received.push(data);
    const event = { data, origin: sender.origin, source: sender.seenFrom(this) };
    for (const listener of this.listeners) listener(event as unknown as MessageEvent);
  }
}

interface WindowProxyLike {
  postMessage(data: unknown, target: string | { targetOrigin: string }): void;
}

interface Setup {
  host: FakeWindow;
  viewer: FakeWindow;
  store: ViewerStore;
  client: ViewerClient;
}

const cleanups: (() => void)[] = [];

async function setup(
  host = new FakeWindow(HOST),
  origins: string | null = HOST,
  beforeClient: (store: ViewerStore) => void = () => {},
): Promise<Setup> {
  const viewer = new FakeWindow(VIEWER);
  const store = createViewerStore();
  const { allowed } = parseAllowedOrigins(origins, VIEWER);
  cleanups.push(
    installMessageBridge({
      store,
      allowed,
      self: viewer as unknown as Window,
      parent: host.seenFrom(viewer) as unknown as Window,
    }),
  );
  beforeClient(store);
  // Let whatever the viewer posted so far arrive before the client listens.
  await new Promise((done) => setTimeout(done, 5));
  const frame = {
    src: `${VIEWER}/embed.html?origins=${HOST}`,
    contentWindow: viewer.seenFrom(host),
    addEventListener() {},
    removeEventListener() {},
  } as unknown as HTMLIFrameElement;
  const client = createViewerClient(frame, { timeoutMs: 2000 });
  cleanups.push(() => client.destroy());
  return { host, viewer, store, client };
}

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: `${HOST}/` });
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.unstubAllGlobals();
});

describe('message bridge and client', () => {
  it('turns commands into promises and events into listeners', async () => {
    const host = new FakeWindow(HOST);
    vi.stubGlobal('window', host);
    const { client, store } = await setup(host);
    const selected: unknown[] = [];
    const changes: unknown[] = [];
    client.on('select', (detail) => selected.push(detail));
    client.on('stateChange', (detail) => changes.push(detail.query));
    const state = await client.select({ structure: 'gluteus-medius:left' });
    expect(state.view.selection).toBe('gluteus-medius:left');
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(selected).toEqual([
      { structure: 'gluteus-medius:left', label: 'Gluteus medius (left)' },
    ]);
    // No 3D view here moves the camera to the muscle, so the view still looks from the front; the
    // link says so, since a link with this muscle and no camera would open from behind.
    expect(changes).toEqual(['sel=gluteus-medius%3Aleft&cam=anterior']);

    store.getState().setModelStatus({ phase: 'ready' });
    const ready = await client.ready;
    expect(ready.state.model).toBe('ready');
  });

  it('rejects refused commands with the code and message', async () => {
    const host = new FakeWindow(HOST);
    vi.stubGlobal('window', host);
    const { client } = await setup(host);
    const error = await client
      .select({ structure: 42 as unknown as string })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbedError);
    expect(error).toMatchObject({
      code: 'bad-arguments',
      message:
        'embed: select expects args.structure like "gluteus-medius:left" (or "sacrum"), or null; got 42',
    });
    await expect(client.screenshot()).rejects.toMatchObject({ code: 'not-ready' });
  });

  it('ignores commands from origins that are not allowed, and sends them no events', async () => {
    const host = new FakeWindow(HOST);
    vi.stubGlobal('window', host);
    const { viewer, store } = await setup(host);
    const evil = new FakeWindow('https://evil.example');
    viewer.deliver(
      { type: COMMAND_TYPE, version: 1, id: 'x', command: 'select', args: { structure: null } },
      evil,
    );
    viewer.deliver({ type: COMMAND_TYPE, version: 1, id: 'y', command: 'resetView' }, evil);
    store.getState().select('piriformis:left');
    await new Promise((done) => setTimeout(done, 20));
    expect(evil.received).toEqual([]);
    expect(store.getState().view.selection).toBe('piriformis:left');
  });

  it('posts events only to the allowed origins', async () => {
    const host = new FakeWindow('https://elsewhere.example');
    vi.stubGlobal('window', host);
    const { store } = await setup(host, HOST);
    store.getState().select('piriformis:left');
    await new Promise((done) => setTimeout(done, 20));
    // The parent is not the allowed origin, so the browser drops every event.
    expect(host.received.filter((m) => (m as { type?: string }).type === EVENT_TYPE)).toEqual([]);
  });

  it('answers a broken command with no id by an error event', async () => {
    const host = new FakeWindow(HOST);
    vi.stubGlobal('window', host);
    const { client, viewer } = await setup(host);
    const errors: unknown[] = [];
    client.on('error', (detail) => errors.push(detail));
    await client.getState();
    viewer.deliver({ type: COMMAND_TYPE, version: 1, command: 'getState' }, host);
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'bad-message' });
  });

  it('gives a client that connects late the ready it missed', async () => {
    const host = new FakeWindow(HOST);
    vi.stubGlobal('window', host);
    const { client } = await setup(host, HOST, (store) =>
      store.getState().setModelStatus({ phase: 'ready' }),
    );
    const seen: unknown[] = [];
    client.on('ready', (detail) => seen.push(detail.state.model));
    await expect(client.ready).resolves.toMatchObject({ state: { model: 'ready' } });
    expect(seen).toEqual(['ready']);
  });

  it('keeps two viewers apart', async () => {
    const host = new FakeWindow(HOST);
    vi.stubGlobal('window', host);
    const first = await setup(host);
    const second = await setup(host);
    await first.client.select({ structure: 'piriformis:left' });
    await second.client.select({ structure: 'sacrum' });
    expect(first.store.getState().view.selection).toBe('piriformis:left');
    expect(second.store.getState().view.selection).toBe('sacrum:midline');
  });

  it('posts a startup error to the allowed origins only, and never to itself', () => {
    const posted: [unknown, string][] = [];
    const parent = { postMessage: (data: unknown, target: string) => posted.push([data, target]) };
    const self = {} as Window;
    const event = {
      event: 'error' as const,
      detail: { code: 'webgl-unavailable' as const, message: 'embed: no WebGL; …' },
    };
    const { allowed } = parseAllowedOrigins(`${HOST},https://other.example`, VIEWER);
    postViewerEvent(event, { allowed, self, parent: parent as unknown as Window });
    expect(posted.map(([, target]) => target)).toEqual([HOST, 'https://other.example']);
    expect(posted[0]?.[0]).toEqual({ type: EVENT_TYPE, version: 1, ...event });
    posted.length = 0;
    postViewerEvent(event, { allowed, self, parent: self });
    expect(posted).toEqual([]);
  });
});
