/**
 * Generated embed messages through the iframe's message bridge: 1,000 sequences of commands
 * (near-valid and junk) from an allowed origin never throw, always leave a valid view state
 * (checked by an independent schema) and get exactly one well-formed reply per command with an
 * id; the same messages from an origin that is not allowed change nothing and get no reply.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, MUSCLE_IDS, STRUCTURES } from '../../src/domain/anatomy';
import { CAMERA_PRESET_IDS } from '../../src/domain/camera';
import { MECHANICS_PRESETS } from '../../src/domain/mechanics';
import { MOTOR_POINTS } from '../../src/domain/motor-points';
import { VISIBILITIES } from '../../src/domain/view-state';
import { installMessageBridge } from '../../src/embed/message-bridge';
import { parseAllowedOrigins } from '../../src/embed/origins';
import {
  COMMAND_NAMES,
  COMMAND_TYPE,
  isEventMessage,
  isResponseMessage,
} from '../../src/embed/protocol-envelope';
import { createViewerStore } from '../../src/state';
import { viewStateProblems } from '../support/schemas/view-state.schema';

const RUNS = 1_000;
const SELF = 'https://viewer.example';
const ALLOWED = 'https://school.example';
const FOREIGN = 'https://attacker.example';

const junk = fc.anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true });
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: junk });
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString');
const number = fc.oneof(
  fc.double({ min: -300, max: 300 }),
  fc.double(),
  fc.integer({ min: -2, max: 300 }),
  fc.constantFrom(-0, 0.5, 1, Number.NaN, Number.POSITIVE_INFINITY),
);
const structure = fc.oneof(
  fc.constantFrom(...STRUCTURES.map((s) => `${s.id}:${s.side}`)),
  fc.constantFrom(...STRUCTURES.map((s) => s.id)),
  hostileKey,
  fc.string({ maxLength: 12 }),
);
const point = fc.oneof(
  fc
    .tuple(fc.constantFrom(...MOTOR_POINTS.map((p) => p.id)), fc.constantFrom('left', 'right'))
    .map(([id, side]) => `${id}:${side}`),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
const visibility = maybe(fc.constantFrom(...VISIBILITIES));
const layerKey = fc.oneof(fc.constantFrom(...LAYER_IDS), hostileKey);
const muscleKey = fc.oneof(fc.constantFrom(...MUSCLE_IDS), hostileKey);

/** Arguments shaped like each command's, with junk mixed in at every level. */
const args = fc.oneof(
  fc.record(
    {
      layers: fc.dictionary(layerKey, fc.oneof(visibility, fc.record({ left: visibility }))),
      structures: fc.dictionary(structure, fc.oneof(visibility, fc.constant(null))),
      peel: maybe(number),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      layers: fc.array(maybe(layerKey), { maxLength: 3 }),
      structures: fc.array(structure, { maxLength: 3 }),
      side: maybe(fc.constantFrom('left', 'right', 'both')),
    },
    { requiredKeys: [] },
  ),
  fc.record({ structure: fc.oneof(structure, fc.constant(null)), frame: maybe(fc.boolean()) }),
  fc.record({ point, frame: maybe(fc.boolean()) }, { requiredKeys: [] }),
  fc.record(
    {
      reset: maybe(fc.boolean()),
      stanceSide: maybe(fc.constantFrom('left', 'right')),
      muscles: fc.dictionary(
        muscleKey,
        fc.oneof(fc.constant(null), fc.record({ weakness: number, tightness: number }), junk),
      ),
      task: fc.oneof(
        fc.constantFrom({ kind: 'single-leg-stance' }, { kind: 'quiet-standing' }),
        fc.record({ kind: fc.constant('hip-hinge'), trunkFlexionDeg: number }),
        junk,
      ),
      compensationStyle: number,
      bodyMassKg: number,
      heightM: number,
      baselineStrength: maybe(fc.constantFrom('young-adult', 'older-adult')),
      cane: fc.oneof(
        fc.constant(null),
        fc.record({ side: fc.constantFrom('contralateral', 'ipsilateral'), loadBW: number }),
        junk,
      ),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      preset: maybe(fc.constantFrom(...MECHANICS_PRESETS.map((p) => p.id))),
      stanceSide: maybe(fc.constantFrom('left', 'right')),
    },
    { requiredKeys: [] },
  ),
  fc.oneof(
    fc.record({ preset: maybe(fc.constantFrom(...CAMERA_PRESET_IDS)) }),
    fc.record({
      position: fc.array(number, { minLength: 2, maxLength: 4 }),
      target: fc.array(number, { minLength: 3, maxLength: 3 }),
    }),
  ),
  junk,
);

const message = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        type: maybe(fc.constant(COMMAND_TYPE)),
        version: maybe(fc.constant(1)),
        id: maybe(fc.string({ minLength: 1, maxLength: 8 })),
        command: fc.oneof(
          fc.constantFrom(...COMMAND_NAMES),
          fc.string({ maxLength: 8 }),
          hostileKey,
        ),
        args,
      },
      { requiredKeys: ['type', 'command'] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

/** A viewer with its bridge, driven by hand: what it replies, and to whom. */
function bridgedViewer() {
  const store = createViewerStore();
  const { allowed } = parseAllowedOrigins(ALLOWED, SELF);
  let listener: ((event: MessageEvent) => void) | null = null;
  const self = {
    addEventListener: (_type: string, fn: (event: MessageEvent) => void) => {
      listener = fn;
    },
    removeEventListener: () => {
      listener = null;
    },
  } as unknown as Window;
  const replies: { message: unknown; origin: string }[] = [];
  const events: unknown[] = [];
  const parent = { postMessage: (m: unknown) => events.push(m) } as unknown as Window;
  const source = {
    postMessage: (m: unknown, options: { targetOrigin: string }) =>
      replies.push({ message: m, origin: options.targetOrigin }),
  };
  const dispose = installMessageBridge({ store, allowed, self, parent });
  const send = (data: unknown, origin: string) =>
    listener?.({ data, origin, source } as unknown as MessageEvent);
  return { store, send, replies, events, dispose };
}

/** Commands run in slices, one task each: wait for the slice that holds what was sent. */
const nextSlice = () => new Promise<void>((done) => setTimeout(done, 0));

const hasId = (data: unknown): data is { id: string } =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === COMMAND_TYPE &&
  typeof (data as { id?: unknown }).id === 'string';

describe('embed messages through the bridge', () => {
  it(`keep the view valid and answer each command once (${RUNS} generated sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 5 }), async (messages) => {
        const viewer = bridgedViewer();
        try {
          for (const data of messages) {
            const before = viewer.replies.length;
            expect(() => viewer.send(data, ALLOWED)).not.toThrow();
            await nextSlice();
            expect(viewStateProblems(viewer.store.getState().view)).toEqual([]);
            const replies = viewer.replies.slice(before);
            for (const reply of replies) {
              expect(reply.origin).toBe(ALLOWED);
              expect(isResponseMessage(reply.message) || isEventMessage(reply.message)).toBe(true);
            }
            if (
              hasId(data) &&
              (data as { version?: unknown }).version === 1 &&
              data.id.length > 0 &&
              data.id.length <= 200
            ) {
              expect(replies.map((r) => (r.message as { id?: unknown }).id)).toEqual([data.id]);
            }
          }
          await Promise.resolve();
          for (const event of viewer.events) expect(isEventMessage(event)).toBe(true);
        } finally {
          viewer.dispose();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`ignore messages from an origin that is not allowed (${RUNS} generated sequences)`, () => {
    fc.assert(
      fc.property(
        fc.array(message, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(FOREIGN, 'null', SELF, `${ALLOWED}:8443`, 'http://school.example'),
        (messages, origin) => {
          const viewer = bridgedViewer();
          const view = viewer.store.getState().view;
          for (const data of messages) viewer.send(data, origin);
          expect(viewer.store.getState().view).toBe(view);
          expect(viewer.replies).toEqual([]);
          viewer.dispose();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('carries out a valid command from the allowed origin (the harness is live)', async () => {
    const viewer = bridgedViewer();
    viewer.send(
      { type: COMMAND_TYPE, version: 1, id: 'a', command: 'select', args: { structure: 'sacrum' } },
      ALLOWED,
    );
    await nextSlice();
    expect(viewer.store.getState().view.selection).toBe('sacrum:midline');
    expect(viewer.replies).toEqual([
      { message: expect.objectContaining({ id: 'a', ok: true }), origin: ALLOWED },
    ]);
    viewer.dispose();
  });
});
