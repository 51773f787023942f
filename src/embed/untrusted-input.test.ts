/**
 * Hostile input from an allowed origin (reliability review F3, F5, F9): holes and non-finite
 * numbers in any command, a flood of commands, and element sources that are not http(s).
 */
import { describe, expect, it } from 'vitest';
import { createViewerStore } from '../state';
import { safeHttpUrl } from './embed-params';
import { BRIDGE_LIMITS, emptyBridgeProbe, installMessageBridge } from './message-bridge';
import { findUnsafeValue, parseCommandMessage } from './protocol';
import { COMMAND_TYPE } from './protocol-envelope';

const command = (name: string, args?: unknown, id = 'a') => ({
  type: COMMAND_TYPE,
  version: 1,
  id,
  command: name,
  ...(args === undefined ? {} : { args }),
});

describe('commands with holes or non-finite numbers', () => {
  it('refuses a sparse camera position (it used to put NaN in the view)', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test.
    const position = [0.5, , 1.5];
    const parsed = parseCommandMessage(command('setCamera', { position, target: [0, -0.1, 0] }));
    expect(parsed).toMatchObject({ kind: 'invalid', error: { code: 'bad-arguments' } });
    if (parsed.kind === 'invalid') expect(parsed.error.message).toContain('args.position[1]');
  });

  it('refuses an all-holes array and NaN or Infinity anywhere in the arguments', () => {
    for (const args of [
      { position: new Array(3), target: [0, 0, 0] },
      { position: [0, 0, Number.NaN], target: [0, 0, 0] },
      { muscles: { 'gluteus-medius': { weakness: Number.POSITIVE_INFINITY } } },
    ]) {
      const name = 'position' in args ? 'setCamera' : 'setDysfunction';
      expect(parseCommandMessage(command(name, args))).toMatchObject({
        kind: 'invalid',
        error: { code: 'bad-arguments' },
      });
    }
  });

  it('names the first unsafe place, and accepts plain values', () => {
    expect(findUnsafeValue({ a: [1, 2, { b: Number.NEGATIVE_INFINITY }] })).toBe('args.a[2].b');
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test.
    expect(findUnsafeValue({ list: ['x', , 'y'] })).toBe('args.list[1]');
    expect(findUnsafeValue({ a: [1, 'two', null, { c: -0 }] })).toBeNull();
    expect(findUnsafeValue(undefined)).toBeNull();
  });

  it('still takes a valid custom camera, and a showOnly list with a hole is refused', () => {
    expect(
      parseCommandMessage(command('setCamera', { position: [0.5, 0, 1.5], target: [0, -0.1, 0] })),
    ).toMatchObject({ kind: 'command' });
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test.
    const layers = ['deep', , 'bones'];
    expect(parseCommandMessage(command('showOnly', { layers }))).toMatchObject({
      kind: 'invalid',
    });
    expect(parseCommandMessage(command('showOnly', { layers: ['deep', 'bones'] }))).toMatchObject({
      kind: 'command',
    });
  });
});

/** A bridge driven by hand: `send` delivers a message from the allowed origin. */
function bridge() {
  const store = createViewerStore();
  let listener: ((event: MessageEvent) => void) | null = null;
  const self = {
    addEventListener: (_: string, l: (event: MessageEvent) => void) => {
      listener = l;
    },
    removeEventListener: () => {
      listener = null;
    },
  } as unknown as Window;
  const replies: { id?: string; ok?: boolean; error?: { code: string } }[] = [];
  const source = { postMessage: (m: (typeof replies)[number]) => replies.push(m) };
  const parent = { postMessage: () => {} } as unknown as Window;
  const allowed = { any: false as const, list: ['https://host.example'] };
  const probe = emptyBridgeProbe();
  const dispose = installMessageBridge({ store, allowed, self, parent, probe });
  const send = (data: unknown) =>
    listener?.({ data, origin: 'https://host.example', source } as unknown as MessageEvent);
  return { store, send, replies, dispose, probe };
}

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

describe('a flood of commands from an allowed origin', () => {
  it('coalesces a flood of one kind of change: one store update, no busy, getState at the next drain', async () => {
    const viewer = bridge();
    const flood = 5_000;
    for (let i = 0; i < flood; i++) {
      viewer.send(command('setCamera', { preset: i % 2 ? 'anterior' : 'posterior' }, `c${i}`));
    }
    viewer.send(command('getState', undefined, 'last'));
    // Nothing carried out while the flood arrives; one drain answers everything.
    expect(viewer.replies).toHaveLength(0);
    await settle();
    expect(viewer.replies).toHaveLength(flood + 1);
    expect(viewer.replies.filter((r) => r.error?.code === 'busy')).toHaveLength(0);
    expect(viewer.replies.at(-1)).toMatchObject({ id: 'last', ok: true });
    expect(viewer.store.getState().view.camera).toEqual({ kind: 'preset', preset: 'anterior' });
    expect(viewer.probe).toMatchObject({
      commandsReceived: flood + 1,
      commandsCarriedOut: 1,
      commandsCoalesced: flood - 1,
      carriedOutBeforeLastRead: 1,
      drains: 1,
    });
    viewer.dispose();
  });

  it('refuses changes that cannot coalesce beyond the queue with busy, and never refuses a read', async () => {
    const viewer = bridge();
    const flood = 1_000;
    for (let i = 0; i < flood; i++) viewer.send(command('resetView', undefined, `r${i}`));
    viewer.send(command('getState', undefined, 'last'));
    await settle();
    const busy = viewer.replies.filter((r) => r.error?.code === 'busy');
    expect(busy).toHaveLength(flood - BRIDGE_LIMITS.maxQueued);
    expect(viewer.replies.find((r) => r.id === 'last')).toMatchObject({ ok: true });
    // The read waited for one drain of at most the queue's bound of changes.
    expect(viewer.probe.carriedOutBeforeLastRead).toBe(BRIDGE_LIMITS.maxQueued);
    expect(viewer.replies).toHaveLength(flood + 1);
    viewer.dispose();
  });

  it('carries the queue out without a read too, a slice at a time', async () => {
    const viewer = bridge();
    for (let i = 0; i < 300; i++) viewer.send(command('resetView', undefined, `r${i}`));
    for (let slice = 0; slice <= BRIDGE_LIMITS.maxQueued / BRIDGE_LIMITS.perSlice; slice++) {
      await settle();
    }
    expect(viewer.replies.filter((r) => r.ok === true)).toHaveLength(BRIDGE_LIMITS.maxQueued);
    expect(viewer.replies).toHaveLength(300);
    expect(viewer.probe.drains).toBe(BRIDGE_LIMITS.maxQueued / BRIDGE_LIMITS.perSlice);
    viewer.dispose();
  });

  it('keeps at most a few screenshots waiting', () => {
    const viewer = bridge();
    for (let i = 0; i < 10; i++) viewer.send(command('screenshot', undefined, `s${i}`));
    expect(viewer.replies.filter((r) => r.error?.code === 'busy')).toHaveLength(
      10 - BRIDGE_LIMITS.maxQueuedScreenshots,
    );
    viewer.dispose();
  });
});

describe('the element source', () => {
  const base = 'https://school.example/lesson/';
  it('accepts http(s) and relative addresses', () => {
    expect(safeHttpUrl('https://viewer.example/embed.html', base)?.href).toBe(
      'https://viewer.example/embed.html',
    );
    expect(safeHttpUrl('../embed.html', base)?.href).toBe('https://school.example/embed.html');
  });
  it('refuses javascript:, data: and blob: sources (they would run in, or hide from, the host)', () => {
    for (const src of [
      'javascript:parent.__xss=1//',
      ' JavaScript:alert(1)',
      'data:text/html,<script>parent.x=1</script>',
      'blob:https://school.example/1234',
      'http://[bad',
    ]) {
      expect(safeHttpUrl(src, base)).toBeNull();
    }
  });
});
