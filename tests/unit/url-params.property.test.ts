/**
 * Generated URL parameters through the one URL parser: whatever a link contains, parsing never
 * throws, the view it yields is always valid (checked by an independent schema), every ignored
 * part is reported, and the view survives a round trip through its own link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, MUSCLE_IDS, STRUCTURES } from '../../src/domain/anatomy';
import { CAMERA_PRESET_IDS } from '../../src/domain/camera';
import { BASELINE_STRENGTHS, CANE_SIDES, MECHANICS_PRESETS } from '../../src/domain/mechanics';
import { CONFIDENCES, MOTOR_POINTS, POINT_TYPES } from '../../src/domain/motor-points';
import {
  MAX_PARAM_NOTICES,
  PASS_THROUGH_PARAMS,
  parseViewParams,
  serializeViewState,
  VIEW_MODES,
} from '../../src/domain/view-state';
import { viewStateProblems } from '../support/schemas/view-state.schema';

const RUNS = 1_000;

/** Names the parser knows, names it passes through, and names it does not know. */
const PARAM_NAMES = [
  'show',
  'ghost',
  'hide',
  'peel',
  'sel',
  'cam',
  'mode',
  'labels',
  'pins',
  'point',
  'markers',
  'xray',
  'acu',
  'types',
  'conf',
  'pmuscle',
  'preset',
  'stance',
  'dys',
  'task',
  'comp',
  'mass',
  'height',
  'strength',
  'cane',
  'body',
  ...PASS_THROUGH_PARAMS,
];

/** Words a value is built from: real names, near misses and hostile strings. */
const WORDS = [
  ...LAYER_IDS,
  ...STRUCTURES.map((s) => s.id),
  ...STRUCTURES.map((s) => `${s.id}:${s.side}`),
  ...MUSCLE_IDS,
  ...MOTOR_POINTS.map((p) => p.id),
  ...CAMERA_PRESET_IDS,
  ...VIEW_MODES,
  ...POINT_TYPES,
  ...CONFIDENCES,
  ...MECHANICS_PRESETS.map((p) => p.id),
  ...BASELINE_STRENGTHS,
  ...CANE_SIDES,
  'left',
  'right',
  'both',
  'midline',
  'single-leg-stance',
  'quiet-standing',
  'hip-hinge',
  'f',
  'm',
  'gluteus-maxi',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  'NaN',
  'Infinity',
  '-0',
  '1e3',
  '0x10',
  '',
  ' ',
  '\u0000',
  '\u202e',
  '😀',
];

const number = fc.oneof(
  fc.integer({ min: -300, max: 300 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -5000, max: 5000 }).map((n) => (n / 1000).toFixed(3)),
  fc.constantFrom('1', '0', '-1', '100', '101', '0.5', '.5', '5.', '1,2'),
);

/** One value: structured lists of known words, numbers and separators, or any text at all. */
const value = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(',')),
  },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...WORDS), number, fc.constantFrom('w', 't', 'w50', 't80')), {
        maxLength: 6,
      })
      .chain((parts) =>
        fc
          .array(fc.constantFrom(',', ':', ';', ' ', '='), {
            minLength: parts.length,
            maxLength: parts.length,
          })
          .map((seps) => parts.map((p, i) => `${p}${seps[i] ?? ''}`).join('')),
      ),
  },
  {
    weight: 2,
    arbitrary: fc.array(number, { minLength: 1, maxLength: 7 }).map((n) => n.join(',')),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1990, maxLength: 2100 }) },
);

const name = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PARAM_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'Sel', 'sel ', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const paramSet = fc.array(fc.tuple(name, value), { maxLength: 12 });

describe('parseViewParams with generated parameters', () => {
  it(`never throws and always yields a valid view (${RUNS} parameter sets)`, () => {
    fc.assert(
      fc.property(paramSet, (pairs) => {
        const params = new URLSearchParams(pairs);
        const { state, notices } = parseViewParams(params);
        expect(viewStateProblems(state)).toEqual([]);
        // Every notice names a parameter of the link, with a known problem.
        const names = new Set(pairs.map(([n]) => n));
        for (const notice of notices) {
          expect(names.has(notice.param)).toBe(true);
          expect([
            'unknown-parameter',
            'malformed-value',
            'unknown-name',
            'invalid-content',
          ]).toContain(notice.problem);
        }
        // Notices are capped; below the cap, parameters that are neither known nor passed
        // through are always reported.
        expect(notices.length).toBeLessThanOrEqual(MAX_PARAM_NOTICES);
        if (notices.length < MAX_PARAM_NOTICES)
          for (const [n] of pairs) {
            if (!PARAM_NAMES.includes(n)) expect(notices.some((x) => x.param === n)).toBe(true);
          }
      }),
      { numRuns: RUNS },
    );
  });

  it(`gives the same view again from the link it writes (${RUNS} parameter sets)`, () => {
    fc.assert(
      fc.property(paramSet, (pairs) => {
        const { state } = parseViewParams(new URLSearchParams(pairs));
        const again = parseViewParams(serializeViewState(state).toString());
        expect(again.notices).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      { numRuns: RUNS },
    );
  });

  it(`accepts any raw query string, encoded or not (${RUNS} strings)`, () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 200, unit: 'binary' }),
      paramSet.map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join('&')),
      fc
        .array(fc.constantFrom('%', '%2', '%zz', '&', '=', '?', '#', '+', 'sel', 'cam'), {
          maxLength: 20,
        })
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(raw, (query) => {
        const { state } = parseViewParams(query);
        expect(viewStateProblems(state)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps hostile text as plain data in notices (never markup the parser builds)', () => {
    const { notices } = parseViewParams('sel=<img src=x onerror=alert(1)>&x=<b>');
    expect(notices).toEqual([
      { param: 'sel', value: '<img src=x onerror=alert(1)>', problem: 'unknown-name' },
      { param: 'x', value: '<b>', problem: 'unknown-parameter' },
    ]);
  });
});
