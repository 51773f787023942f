import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, MUSCLE_IDS, STRUCTURES } from '../domain/anatomy';
import { CAMERA_PRESET_IDS } from '../domain/camera';
import { MECHANICS_PRESETS } from '../domain/mechanics';
import { MOTOR_POINTS } from '../domain/motor-points';
import { BUILT_IN_STORIES } from '../domain/stories';
import {
  defaultViewState,
  parseViewParams,
  serializeViewState,
  VISIBILITIES,
  type ViewState,
} from '../domain/view-state';
import { createViewerStore } from '../state';
import type { MotorPointInfo, ViewerSnapshot } from './api-types';
import { handleMessage } from './handle-message';
import {
  COMMAND_NAMES,
  COMMAND_TYPE,
  ERROR_CODES,
  isEventMessage,
  isResponseMessage,
  type ResponseMessage,
} from './protocol-envelope';

let nextId = 0;
const send = (
  store: ReturnType<typeof createViewerStore>,
  command: string,
  args?: Record<string, unknown>,
) => {
  const outcome = handleMessage(store, {
    type: COMMAND_TYPE,
    version: 1,
    id: `t${++nextId}`,
    command,
    ...(args ? { args } : {}),
  });
  if (outcome.kind !== 'respond') throw new Error(`no response: ${JSON.stringify(outcome)}`);
  return outcome.response;
};

function resultOf<T = ViewerSnapshot>(response: ResponseMessage): T {
  if (!response.ok) throw new Error(response.error.message);
  return response.result as T;
}

/** A view is valid when its link reads back to exactly the same view, with no notices. */
function expectValidView(view: ViewState) {
  const parsed = parseViewParams(serializeViewState(view));
  expect(parsed.notices).toEqual([]);
  expect(parsed.state).toEqual(view);
}

describe('handleMessage: each command on a store', () => {
  it('setLayers and showOnly change visibility without moving the camera', () => {
    const store = createViewerStore();
    const seq = store.getState().cameraSeq;
    const state = resultOf(
      send(store, 'setLayers', {
        layers: { skin: 'ghosted', deep: { right: 'hidden' } },
        structures: { piriformis: 'hidden' },
        peel: 1,
      }),
    );
    expect(state.view.layers.skin).toEqual({ left: 'ghosted', right: 'ghosted' });
    expect(state.view.layers.deep).toEqual({ left: 'shown', right: 'hidden' });
    expect(state.view.structures['piriformis:left']).toBe('hidden');
    expect(decodeURIComponent(state.query)).toBe('hide=deep:right,piriformis&ghost=skin&peel=1');
    const only = resultOf(send(store, 'showOnly', { structures: ['gluteus-medius:left'] }));
    expect(Object.values(only.view.layers).every((l) => l.left === 'hidden')).toBe(true);
    expect(only.view.structures).toEqual({ 'gluteus-medius:left': 'shown' });
    expect(only.view.peel).toBe(0);
    expect(store.getState().cameraSeq).toBe(seq);
  });

  it('select frames the structure unless asked not to; null clears', () => {
    const store = createViewerStore();
    resultOf(send(store, 'select', { structure: 'gluteus-medius:left' }));
    expect(store.getState().view.selection).toBe('gluteus-medius:left');
    expect(store.getState().frameRequest?.target).toEqual({
      kind: 'structure',
      key: 'gluteus-medius:left',
    });
    const before = store.getState().frameRequest?.seq;
    send(store, 'select', { structure: 'piriformis:right', frame: false });
    expect(store.getState().frameRequest?.seq).toBe(before);
    send(store, 'select', { structure: null });
    expect(store.getState().view.selection).toBeNull();
  });

  it('selectPoint, setDysfunction, applyPreset, setCamera and resetView', () => {
    const store = createViewerStore();
    const point = `${MOTOR_POINTS[0]!.id}:left`;
    expect(resultOf(send(store, 'selectPoint', { point })).view.point).toBe(point);
    const dys = resultOf(
      send(store, 'setDysfunction', {
        muscles: { 'gluteus-medius': { weakness: 0.5 } },
        stanceSide: 'left',
      }),
    );
    expect(dys.view.dysfunction.muscles).toEqual({
      'gluteus-medius': { weakness: 0.5, tightness: 0 },
    });
    expect(dys.query).toContain('dys=gluteus-medius%3Aw50%3At0');
    const cleared = resultOf(
      send(store, 'setDysfunction', { muscles: { 'gluteus-medius': { weakness: 0 } } }),
    );
    expect(cleared.view.dysfunction.muscles).toEqual({});
    const preset = resultOf(
      send(store, 'applyPreset', { preset: 'trendelenburg', stanceSide: 'right' }),
    );
    expect(preset.view.dysfunction.stanceSide).toBe('right');
    expect(preset.view.dysfunction.muscles['gluteus-medius']).toEqual({
      weakness: 1,
      tightness: 0,
    });
    const seq = store.getState().cameraSeq;
    const camera = resultOf(send(store, 'setCamera', { preset: 'posterior' }));
    expect(camera.view.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    expect(store.getState().cameraSeq).toBe(seq + 1);
    const reset = resultOf(send(store, 'resetView'));
    expect(reset.view).toEqual(defaultViewState());
    expect(reset.query).toBe('');
  });

  it('getState returns the view, its query and the model phase', () => {
    const store = createViewerStore(parseViewParams('sel=sacrum&cam=posterior').state);
    expect(resultOf(send(store, 'getState'))).toEqual({
      view: store.getState().view,
      query: 'sel=sacrum%3Amidline&cam=posterior',
      model: 'loading',
    });
  });

  it('getMotorPoints lists each point per side with its placed position', () => {
    const store = createViewerStore();
    const first = MOTOR_POINTS[0]!;
    store.setState({ pointPositions: { [`${first.id}:left`]: [0.1, 0.2, 0.3] } });
    const all = resultOf<MotorPointInfo[]>(send(store, 'getMotorPoints'));
    expect(all).toHaveLength(MOTOR_POINTS.length * 2);
    expect(all[0]).toEqual({
      id: first.id,
      key: `${first.id}:left`,
      muscle: first.muscle,
      side: 'left',
      pointType: first.pointType,
      position: [0.1, 0.2, 0.3],
    });
    expect(all[1]?.position).toBeNull();
    const some = resultOf<MotorPointInfo[]>(
      send(store, 'getMotorPoints', { muscle: 'piriformis', side: 'right' }),
    );
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((p) => p.muscle === 'piriformis' && p.side === 'right')).toBe(true);
  });

  it('screenshot is not-ready until the scene registers capture', () => {
    const store = createViewerStore();
    const early = send(store, 'screenshot');
    expect(early).toMatchObject({ ok: false, error: { code: 'not-ready' } });
    store.getState().setCapture(() => 'data:image/png;base64,AAAA');
    expect(resultOf<string>(send(store, 'screenshot'))).toBe('data:image/png;base64,AAAA');
    store.getState().setCapture(() => {
      throw new Error('context lost');
    });
    expect(send(store, 'screenshot')).toMatchObject({
      ok: false,
      error: { code: 'command-failed', message: expect.stringContaining('context lost') },
    });
  });

  it('reports a broken command without an id as an error event', () => {
    const outcome = handleMessage(createViewerStore(), { type: COMMAND_TYPE, version: 1 });
    expect(outcome.kind).toBe('event');
    if (outcome.kind === 'event') {
      expect(isEventMessage(outcome.event)).toBe(true);
      expect(outcome.event.detail).toMatchObject({ code: 'bad-message' });
    }
  });
});

// Generated messages: mostly near-valid commands built from the vocabulary, plus junk.
const junk = fc.anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true });
/** Mostly the valid value, sometimes anything at all. */
const orJunk = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: junk });
const structureName = fc.oneof(
  fc.constantFrom(...STRUCTURES.map((s) => `${s.id}:${s.side}`)),
  fc.constantFrom(...STRUCTURES.map((s) => s.id)),
  fc.string({ maxLength: 12 }),
);
const visibility = orJunk(fc.constantFrom(...VISIBILITIES));
const unit = orJunk(fc.double({ min: -0.1, max: 1.1, noNaN: false }));
const argsByCommand: Record<string, fc.Arbitrary<unknown>> = {
  setLayers: fc.oneof(
    fc.record({
      layers: fc.dictionary(fc.constantFrom(...LAYER_IDS), fc.constantFrom(...VISIBILITIES), {
        maxKeys: 3,
      }),
    }),
    fc.record(
      {
        layers: fc.dictionary(
          fc.oneof(fc.constantFrom(...LAYER_IDS), fc.string({ maxLength: 6 })),
          fc.oneof(
            visibility,
            fc.record({ left: visibility, right: visibility }, { requiredKeys: [] }),
          ),
          { maxKeys: 4 },
        ),
        structures: fc.dictionary(structureName, fc.oneof(visibility, fc.constant(null)), {
          maxKeys: 4,
        }),
        peel: orJunk(fc.integer({ min: -1, max: 6 })),
      },
      { requiredKeys: [] },
    ),
  ),
  showOnly: fc.record(
    {
      layers: fc.array(orJunk(fc.constantFrom(...LAYER_IDS)), { maxLength: 3 }),
      structures: fc.array(structureName, { maxLength: 3 }),
      side: orJunk(fc.constantFrom('left', 'right', 'both')),
    },
    { requiredKeys: [] },
  ),
  select: fc.record(
    { structure: fc.oneof(structureName, fc.constant(null), junk), frame: fc.boolean() },
    { requiredKeys: [] },
  ),
  selectPoint: fc.record(
    {
      point: fc.oneof(
        fc
          .tuple(
            fc.constantFrom(...MOTOR_POINTS.map((p) => p.id)),
            fc.constantFrom('left', 'right'),
          )
          .map(([id, side]) => `${id}:${side}`),
        fc.constant(null),
        junk,
      ),
      frame: orJunk(fc.boolean()),
    },
    { requiredKeys: [] },
  ),
  setDysfunction: fc.oneof(
    // Clean settings (so the happy path is reached) and messy ones.
    fc.record(
      {
        muscles: fc.dictionary(
          fc.constantFrom(...MUSCLE_IDS),
          fc.record({ weakness: fc.double({ min: 0, max: 1, noNaN: true }) }),
          { maxKeys: 2 },
        ),
        stanceSide: fc.constantFrom('left', 'right'),
        bodyMassKg: fc.double({ min: 20, max: 250, noNaN: true }),
      },
      { requiredKeys: ['muscles'] },
    ),
    fc.record(
      {
        reset: fc.boolean(),
        stanceSide: orJunk(fc.constantFrom('left', 'right')),
        muscles: fc.dictionary(
          fc.oneof(fc.constantFrom(...MUSCLE_IDS), fc.string({ maxLength: 5 })),
          fc.oneof(
            fc.constant(null),
            fc.record({ weakness: unit, tightness: unit }, { requiredKeys: [] }),
            junk,
          ),
          { maxKeys: 3 },
        ),
        task: fc.oneof(
          fc.constantFrom({ kind: 'single-leg-stance' }, { kind: 'quiet-standing' }),
          fc.record({
            kind: fc.constant('hip-hinge'),
            trunkFlexionDeg: orJunk(fc.double({ min: -10, max: 100 })),
          }),
          junk,
        ),
        compensationStyle: unit,
        bodyMassKg: orJunk(fc.double({ min: 0, max: 300 })),
        heightM: orJunk(fc.double({ min: 1, max: 2.5 })),
        baselineStrength: orJunk(fc.constantFrom('young-adult', 'older-adult')),
        cane: fc.oneof(
          fc.constant(null),
          fc.record({
            side: fc.constantFrom('contralateral', 'ipsilateral', 'left'),
            loadBW: unit,
          }),
          junk,
        ),
      },
      { requiredKeys: [] },
    ),
  ),
  applyPreset: fc.record(
    {
      preset: orJunk(fc.constantFrom(...MECHANICS_PRESETS.map((p) => p.id))),
      stanceSide: fc.constantFrom('left', 'right', 'up'),
    },
    { requiredKeys: [] },
  ),
  setCamera: fc.oneof(
    fc.record({ preset: orJunk(fc.constantFrom(...CAMERA_PRESET_IDS)) }),
    fc.record({
      position: fc.array(fc.double({ min: -200, max: 200 }), { minLength: 2, maxLength: 4 }),
      target: fc.oneof(
        fc.array(fc.double({ min: -2, max: 2 }), { minLength: 3, maxLength: 3 }),
        junk,
      ),
    }),
  ),
  getMotorPoints: fc.record(
    { muscle: orJunk(fc.constantFrom(...MUSCLE_IDS)), side: fc.constantFrom('left', 'x') },
    { requiredKeys: [] },
  ),
  setBody: fc.oneof(
    fc.record(
      {
        sex: orJunk(fc.constantFrom('female', 'male')),
        heightM: fc.oneof(fc.double({ min: 1, max: 2.4 }), junk),
        massKg: fc.oneof(fc.double({ min: 10, max: 300 }), junk),
      },
      { requiredKeys: [] },
    ),
    fc.record({ reference: fc.oneof(fc.constant(true), junk) }),
  ),
  playStory: fc.record({
    story: fc.oneof(
      fc.constantFrom(null, ...BUILT_IN_STORIES),
      fc.record({ id: fc.string(), steps: fc.array(junk, { maxLength: 3 }) }),
      junk,
    ),
  }),
  setLanguage: fc.record({ language: fc.oneof(fc.constantFrom('en', 'es'), junk) }),
  // A valid learner needs every field right at once: weight it, so each run reaches the happy
  // path (the check below requires one) as well as the many ways to get it wrong.
  setLearner: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constant({
        actor: { mbox: 'mailto:learner@school.example' },
        activityId: 'https://school.example/hip',
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          actor: fc.oneof(
            fc.constant({ mbox: 'mailto:learner@school.example' }),
            fc.record({ mbox: fc.string() }),
            junk,
          ),
          activityId: fc.oneof(fc.constant('https://school.example/hip'), fc.string(), junk),
          registration: fc.oneof(fc.uuid(), fc.string()),
        },
        { requiredKeys: ['actor', 'activityId'] },
      ),
    },
  ),
  setAssessment: fc.record({
    assessment: fc.oneof(
      fc.constant(null),
      fc.record({
        strength: fc.record({
          right: fc.record({
            abductors: fc.record({
              kind: fc.constant('oxford'),
              grade: fc.integer({ min: -1, max: 6 }),
            }),
          }),
        }),
      }),
      junk,
    ),
  }),
  // A valid list needs every id right: weight it, so each run reaches the happy path too.
  setPlanExercises: fc.record({
    exercises: fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom([], ['clamshell'], ['bridge', 'clamshell']),
      },
      {
        weight: 2,
        arbitrary: fc.oneof(fc.array(fc.constantFrom('clamshell', 'bridge', 'cartwheel')), junk),
      },
    ),
  }),
};

const commandMessage = fc
  .oneof(fc.constantFrom(...COMMAND_NAMES), fc.string({ maxLength: 10 }))
  .chain((name) =>
    fc.record(
      {
        type: fc.oneof(
          { weight: 8, arbitrary: fc.constant(COMMAND_TYPE) },
          { weight: 1, arbitrary: junk },
        ),
        version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: junk }),
        id: fc.oneof(
          { weight: 8, arbitrary: fc.string({ minLength: 1 }) },
          { weight: 1, arbitrary: junk },
        ),
        command: fc.oneof(
          { weight: 8, arbitrary: fc.constant(name) },
          { weight: 1, arbitrary: junk },
        ),
        args: fc.oneof(
          {
            weight: 8,
            arbitrary:
              (Object.hasOwn(argsByCommand, name) ? argsByCommand[name] : undefined) ??
              fc.constant(undefined),
          },
          { weight: 1, arbitrary: junk },
        ),
      },
      { requiredKeys: ['type'] },
    ),
  );
const message = fc.oneof({ weight: 9, arbitrary: commandMessage }, { weight: 1, arbitrary: junk });

describe('handleMessage: generated messages', () => {
  it('never throws, always answers well-formed, and keeps the view valid', () => {
    let handled = 0;
    const okByCommand = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 4 }), (messages) => {
        const store = createViewerStore();
        store.getState().setCapture(() => 'data:image/png;base64,AAAA');
        for (const data of messages) {
          handled += 1;
          const outcome = handleMessage(store, data);
          const ours =
            typeof data === 'object' &&
            data !== null &&
            (data as { type?: unknown }).type === COMMAND_TYPE;
          if (!ours) {
            expect(outcome.kind).toBe('ignore');
            continue;
          }
          expect(outcome.kind).not.toBe('ignore');
          if (outcome.kind === 'respond') {
            const response = outcome.response;
            expect(isResponseMessage(response)).toBe(true);
            expect(response.id).toBe((data as { id: unknown }).id);
            // The reply must survive postMessage.
            expect(() => structuredClone(response)).not.toThrow();
            if (response.ok) {
              const name = String((data as { command: unknown }).command);
              okByCommand.set(name, (okByCommand.get(name) ?? 0) + 1);
            } else {
              expect(ERROR_CODES).toContain(response.error.code);
              expect(response.error.message).toMatch(/^embed: .+; /);
            }
          } else if (outcome.kind === 'event') {
            expect(isEventMessage(outcome.event)).toBe(true);
          }
          expectValidView(store.getState().view);
        }
      }),
      { numRuns: 1000 },
    );
    expect(handled).toBeGreaterThanOrEqual(1000);
    // The generator reaches every command's happy path, not only its errors.
    for (const name of COMMAND_NAMES) expect(okByCommand.get(name) ?? 0, name).toBeGreaterThan(0);
  });
});
