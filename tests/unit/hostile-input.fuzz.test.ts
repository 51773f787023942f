/**
 * Fuzzing every door input comes through (reliability review): 12,000 generated inputs in
 * total, across URL parameters (4,000 links), embed messages (4,000, with holes, NaN and
 * ±Infinity the older generators never made) and stored values (4,000 session plans and quiz
 * progress texts). Nothing may throw; every view stays valid; what the app writes back (the
 * Share link, the stored plan) is always something its own reader accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRUCTURES } from '../../src/domain/anatomy';
import { CAMERA_PRESET_IDS } from '../../src/domain/camera';
import { parseProgress } from '../../src/domain/quiz';
import {
  decidePlanSave,
  movePlanToFragment,
  openSessionPlan,
  readStoredPlan,
  sessionPlanFromLocation,
  storedPlanText,
} from '../../src/domain/session-plan';
import { storyFromUrlParam } from '../../src/domain/stories';
import { parseViewParams, serializeViewState } from '../../src/domain/view-state';
import { handleMessage } from '../../src/embed/handle-message';
import { COMMAND_NAMES, COMMAND_TYPE, isResponseMessage } from '../../src/embed/protocol-envelope';
import { createViewerStore } from '../../src/state';
import { viewStateProblems } from '../support/schemas/view-state.schema';

const URL_RUNS = 4_000;
const MESSAGE_RUNS = 4_000;
const STORED_RUNS = 2_000;

const weird = fc.constantFrom(
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-0',
  '9007199254740993',
  '__proto__',
  'constructor',
  '\u202e',
  '\u0000',
  '%',
  '%%%',
  '😀',
  '\ud800',
  ',,,',
  ':',
  '0,0,30,0,0,0',
  '0.5,NaN,1.5,0,-0.1,0',
);
const urlValue = fc.oneof(
  weird,
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 1_900, maxLength: 2_200 }),
  fc.array(fc.double(), { minLength: 6, maxLength: 6 }).map((n) => n.join(',')),
  fc.constantFrom(...CAMERA_PRESET_IDS, ...STRUCTURES.map((s) => `${s.id}:${s.side}`)),
);
const urlName = fc.oneof(
  fc.constantFrom(
    'cam',
    'sel',
    'point',
    'hide',
    'show',
    'ghost',
    'peel',
    'dys',
    'mass',
    'height',
    'comp',
    'task',
    'cane',
    'plan',
    'story',
    'model',
    'mode',
    'types',
  ),
  weird,
  fc.string({ maxLength: 12 }),
);
const link = fc.array(fc.tuple(urlName, urlValue), { maxLength: 10 });

describe('URL parameters (4,000 generated links)', () => {
  it('never throw, always give a valid view, and the Share link re-reads without notices', () => {
    fc.assert(
      fc.property(link, fc.string({ maxLength: 40 }), (pairs, hash) => {
        const search = `?${new URLSearchParams(pairs)}`;
        const { state, notices } = parseViewParams(search);
        expect(viewStateProblems(state)).toEqual([]);
        expect(notices.length).toBeLessThanOrEqual(20);
        for (const n of notices) expect(n.param.length + n.value.length).toBeLessThanOrEqual(200);
        // What the app writes, its own parser reads back without complaint (review F5).
        const written = serializeViewState(state);
        expect(parseViewParams(written).notices).toEqual([]);
        // The plan and story readers never throw on anything a link can carry.
        const opened = openSessionPlan(search, state, `#${hash}`);
        expect(viewStateProblems(opened.view)).toEqual([]);
        sessionPlanFromLocation(search, `#${hash}`);
        movePlanToFragment(search, `#${hash}`);
        const story = new URLSearchParams(pairs).get('story');
        if (story !== null) storyFromUrlParam(story);
      }),
      { numRuns: URL_RUNS },
    );
  });
});

const hostileNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308),
);
/** Arrays with holes: structured clone keeps them, and `every` skips them. */
const sparse = fc
  .tuple(fc.array(hostileNumber, { minLength: 0, maxLength: 4 }), fc.nat({ max: 4 }))
  .map(([items, holeAt]) => {
    const array = [...items];
    array.length = Math.max(array.length, holeAt + 1, 3);
    delete array[holeAt];
    return array;
  });
const vector = fc.oneof(sparse, fc.array(hostileNumber, { minLength: 3, maxLength: 3 }));
const argsFor = fc.oneof(
  fc.record({ position: vector, target: vector }),
  fc.record({ preset: fc.constantFrom(...CAMERA_PRESET_IDS, 'nope') }),
  fc.record({ peel: hostileNumber }),
  fc.record({
    muscles: fc.dictionary(
      fc.constantFrom('gluteus-medius', 'piriformis', '__proto__'),
      fc.record({ weakness: hostileNumber, tightness: hostileNumber }),
    ),
    bodyMassKg: hostileNumber,
    heightM: hostileNumber,
  }),
  fc.record({ layers: fc.oneof(sparse, fc.array(fc.string({ maxLength: 8 }))) }),
  fc.record({ structure: fc.oneof(fc.string(), fc.constant(null)), frame: fc.anything() }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true }),
);
const message = fc.record(
  {
    type: fc.oneof(fc.constant(COMMAND_TYPE), fc.string({ maxLength: 8 })),
    version: fc.oneof(fc.constant(1), hostileNumber),
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.anything()),
    command: fc.oneof(fc.constantFrom(...COMMAND_NAMES), fc.string({ maxLength: 10 })),
    args: argsFor,
  },
  { requiredKeys: ['type', 'version', 'id', 'command'] },
);

describe('embed messages (4,000 generated, with holes, NaN and Infinity)', () => {
  it('never throw and never leave a view with a non-finite camera', () => {
    const store = createViewerStore();
    fc.assert(
      fc.property(message, (data) => {
        const outcome = handleMessage(store, data);
        if (outcome.kind === 'respond') expect(isResponseMessage(outcome.response)).toBe(true);
        const view = store.getState().view;
        expect(viewStateProblems(view)).toEqual([]);
        if (view.camera.kind === 'custom') {
          for (const v of [...view.camera.position, ...view.camera.target]) {
            expect(Number.isFinite(v)).toBe(true);
          }
        }
        // The Share link of whatever state the messages made is one the parser accepts.
        expect(parseViewParams(serializeViewState(view)).notices).toEqual([]);
      }),
      { numRuns: MESSAGE_RUNS },
    );
  });
});

const storedText = fc.oneof(
  fc.string({ maxLength: 80 }),
  weird,
  fc.constantFrom('1.', '2.eyJ4IjoxfQ', '1.WyIiLCJuZXcgbm90ZSJd', '1.%%%', 'null', '{}'),
  fc.string({ minLength: 6_000, maxLength: 6_100 }),
  fc
    .array(fc.oneof(fc.string({ maxLength: 20 }), fc.anything({ maxDepth: 1 })), { maxLength: 5 })
    .map((fields) => `1.${Buffer.from(JSON.stringify(fields)).toString('base64url')}`),
);

describe('stored values (2,000 session plans, 2,000 quiz progress texts)', () => {
  it('a stored plan is read or kept aside, never thrown; what is written back reads again', () => {
    fc.assert(
      fc.property(
        fc.option(storedText, { nil: null }),
        fc.option(storedText, { nil: null }),
        (raw, other) => {
          const stored = readStoredPlan(raw);
          expect(['none', 'plan', 'unreadable']).toContain(stored.kind);
          if (stored.kind === 'plan') {
            const text = storedPlanText(stored.plan);
            expect(text.ok).toBe(true);
            if (text.ok && text.raw !== null) expect(readStoredPlan(text.raw).kind).toBe('plan');
          }
          // Another tab's value is never written over without a choice.
          const decision = decidePlanSave({ knownRaw: raw, currentRaw: other, fromLink: false });
          expect(decision === 'write').toBe(raw === other);
        },
      ),
      { numRuns: STORED_RUNS },
    );
  });

  it('quiz progress text never throws', () => {
    fc.assert(
      fc.property(storedText, (text) => {
        expect(() => parseProgress(text)).not.toThrow();
      }),
      { numRuns: STORED_RUNS },
    );
  });
});
