import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, MUSCLE_IDS, STRUCTURES } from '../anatomy';
import { BODY_SEXES } from '../body';
import { CAMERA_PRESET_IDS } from '../camera';
import { BASELINE_STRENGTHS, CANE_SIDES } from '../mechanics';
import { CONFIDENCES, MOTOR_POINTS, POINT_TYPES } from '../motor-points';
import { fittedBody } from './body-param';
import { effectiveVisibility } from './effective-visibility';
import { sortPins } from './pinned-labels';
import { MAX_PARAM_NOTICES, parseViewParams, serializeViewState } from './url-params';
import { defaultViewState, VIEW_MODES, VISIBILITIES, type ViewState } from './view-state';

describe('parseViewParams', () => {
  it('gives the default view for an empty query', () => {
    expect(parseViewParams('')).toEqual({ state: defaultViewState(), notices: [] });
  });

  it('reads layers, structures, selection, camera, mode and labels', () => {
    const { state, notices } = parseViewParams(
      '?hide=superficial:left,piriformis&ghost=bones&show=skin&sel=gluteus-medius:right&cam=posterior&mode=patient&labels=1&peel=1',
    );
    expect(notices).toEqual([]);
    expect(state.layers.superficial).toEqual({ left: 'hidden', right: 'shown' });
    expect(state.layers.bones).toEqual({ left: 'ghosted', right: 'ghosted' });
    expect(state.layers.skin).toEqual({ left: 'shown', right: 'shown' });
    expect(state.structures).toEqual({ 'piriformis:left': 'hidden', 'piriformis:right': 'hidden' });
    expect(state.selection).toBe('gluteus-medius:right');
    expect(state.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    expect(state.mode).toBe('patient');
    expect(state.labels).toBe(true);
    expect(state.peel).toBe(1);
  });

  it('names every junk parameter and keeps the valid ones', () => {
    const { state, notices } = parseViewParams(
      '?foo=bar&hide=gluteus-maximus,bogus-muscle&cam=1,2,nope&sel=femur:upside&peel=9&mode=party&labels=yes&<script>=1',
    );
    expect(state.structures['gluteus-maximus:left']).toBe('hidden');
    expect(notices.map((n) => [n.param, n.problem, n.detail ?? null])).toEqual([
      ['foo', 'unknown-parameter', null],
      ['hide', 'unknown-name', 'bogus-muscle'],
      ['cam', 'malformed-value', null],
      ['sel', 'unknown-name', null],
      ['peel', 'malformed-value', null],
      ['mode', 'unknown-name', null],
      ['labels', 'malformed-value', null],
      ['<script>', 'unknown-parameter', null],
    ]);
  });

  it('accepts a midline structure without a side', () => {
    expect(parseViewParams('sel=sacrum').state.selection).toBe('sacrum:midline');
    expect(parseViewParams('sel=femur').notices).toHaveLength(1);
  });

  it('applies a mechanics preset and lets explicit settings refine it', () => {
    const { state, notices } = parseViewParams('stance=left&preset=trendelenburg&comp=100');
    expect(notices).toEqual([]);
    expect(state.dysfunction.stanceSide).toBe('left');
    expect(state.dysfunction.muscles['gluteus-medius']).toEqual({ weakness: 1, tightness: 0 });
    expect(state.dysfunction.compensationStyle).toBe(1);
  });

  it('reads dysfunction, task, cane and marker settings', () => {
    const { state, notices } = parseViewParams(
      'dys=gluteus-medius:w50,psoas-major:t60:w0&task=hip-hinge:45&cane=contralateral:10&point=piriformis-nerve-entry:left&xray=1&types=nerve-entry&conf=moderate&acu=1',
    );
    expect(notices).toEqual([]);
    expect(state.dysfunction.muscles).toEqual({
      'gluteus-medius': { weakness: 0.5, tightness: 0 },
      'psoas-major': { weakness: 0, tightness: 0.6 },
    });
    expect(state.dysfunction.task).toEqual({ kind: 'hip-hinge', trunkFlexionDeg: 45 });
    expect(state.dysfunction.cane).toEqual({ side: 'contralateral', loadBW: 0.1 });
    expect(state.point).toBe('piriformis-nerve-entry:left');
    expect(state.markers).toMatchObject({
      xray: true,
      types: ['nerve-entry'],
      minConfidence: 'moderate',
    });
    expect(state.acupuncture).toBe(true);
  });

  it('names bad dysfunction settings', () => {
    const { notices } = parseViewParams(
      'dys=gluteus-medius:w150,knee:w10&task=hip-hinge:200&mass=-3&cane=left:10&preset=nope',
    );
    expect(notices.map((n) => [n.param, n.detail ?? null])).toEqual([
      ['dys', 'gluteus-medius:w150'],
      ['dys', 'knee:w10'],
      ['task', null],
      ['mass', null],
      ['cane', null],
      ['preset', null],
    ]);
  });

  it('reads a custom camera in metres', () => {
    const { state } = parseViewParams('cam=0.1,0.2,1.5,0,0,0');
    expect(state.camera).toEqual({ kind: 'custom', position: [0.1, 0.2, 1.5], target: [0, 0, 0] });
  });

  it('opens a link with a point or a muscle and no camera facing it, and keeps a camera it names', () => {
    const point = parseViewParams('point=gluteus-medius-posterior:right').state;
    expect(point.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    expect(parseViewParams('sel=psoas-major:left').state.camera).toEqual({
      kind: 'preset',
      preset: 'anterior',
    });
    expect(
      parseViewParams('point=gluteus-medius-posterior:right&cam=anterior').state.camera,
    ).toEqual({ kind: 'preset', preset: 'anterior' });
    // A bone faces no particular way: the default camera.
    expect(parseViewParams('sel=femur:left').state.camera).toEqual(defaultViewState().camera);
    // The link stays as short as it came, and a camera that differs from the facing one is kept.
    expect(serializeViewState(point).toString()).toBe('point=gluteus-medius-posterior%3Aright');
    const fromFront = {
      ...point,
      camera: { kind: 'preset' as const, preset: 'anterior' as const },
    };
    expect(serializeViewState(fromFront).get('cam')).toBe('anterior');
  });
});

const visibility = fc.constantFrom(...VISIBILITIES);
const mm = fc.integer({ min: -5000, max: 5000 });
const percent = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const arbitraryState: fc.Arbitrary<ViewState> = fc
  .record({
    layers: fc.record(
      Object.fromEntries(
        LAYER_IDS.map((id) => [id, fc.record({ left: visibility, right: visibility })]),
      ) as {
        [K in (typeof LAYER_IDS)[number]]: fc.Arbitrary<{
          left: (typeof VISIBILITIES)[number];
          right: (typeof VISIBILITIES)[number];
        }>;
      },
    ),
    structures: fc
      .subarray(STRUCTURES.map((s) => `${s.id}:${s.side}` as const))
      .chain((keys) =>
        fc
          .tuple(...keys.map(() => visibility))
          .map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]]))),
      ),
    peel: fc.integer({ min: 0, max: 4 }),
    selection: fc.option(fc.constantFrom(...STRUCTURES.map((s) => `${s.id}:${s.side}` as const)), {
      nil: null,
    }),
    camera: fc.oneof(
      fc.constantFrom(...CAMERA_PRESET_IDS).map((preset) => ({ kind: 'preset' as const, preset })),
      fc
        .tuple(mm, mm, mm, mm, mm, mm)
        .filter(([a, b, c, d, e, f]) => a !== d || b !== e || c !== f)
        .map(([a, b, c, d, e, f]) => ({
          kind: 'custom' as const,
          position: [a / 1000, b / 1000, c / 1000] as [number, number, number],
          target: [d / 1000, e / 1000, f / 1000] as [number, number, number],
        })),
    ),
    mode: fc.constantFrom(...VIEW_MODES),
    labels: fc.boolean(),
    pinnedLabels: fc
      .subarray(
        STRUCTURES.map((s) => `${s.id}:${s.side}` as const),
        { maxLength: 12 },
      )
      .map((keys) => sortPins(keys)),
    point: fc.option(
      fc
        .tuple(
          fc.constantFrom(...MOTOR_POINTS.map((p) => p.id)),
          fc.constantFrom('left' as const, 'right' as const),
        )
        .map(([id, side]) => `${id}:${side}` as const),
      { nil: null },
    ),
    markers: fc.record({
      shown: fc.boolean(),
      xray: fc.boolean(),
      types: fc.subarray([...POINT_TYPES]),
      minConfidence: fc.option(fc.constantFrom(...CONFIDENCES), { nil: null }),
      muscle: fc.option(fc.constantFrom(...MUSCLE_IDS), { nil: null }),
    }),
    acupuncture: fc.boolean(),
    dysfunction: fc.record({
      stanceSide: fc.constantFrom('left' as const, 'right' as const),
      muscles: fc
        .subarray([...MUSCLE_IDS])
        .chain((ids) =>
          fc
            .tuple(...ids.map(() => fc.record({ weakness: percent, tightness: percent })))
            .map((severities) => Object.fromEntries(ids.map((id, i) => [id, severities[i]]))),
        ),
      task: fc.oneof(
        fc.constant({ kind: 'single-leg-stance' as const }),
        fc.constant({ kind: 'quiet-standing' as const }),
        fc
          .integer({ min: 0, max: 90 })
          .map((trunkFlexionDeg) => ({ kind: 'hip-hinge' as const, trunkFlexionDeg })),
      ),
      compensationStyle: percent,
      bodyMassKg: fc.integer({ min: 200, max: 2500 }).map((n) => n / 10),
      heightM: fc.integer({ min: 120, max: 220 }).map((n) => n / 100),
      baselineStrength: fc.constantFrom(...BASELINE_STRENGTHS),
      cane: fc.option(
        fc.record({
          side: fc.constantFrom(...CANE_SIDES),
          loadBW: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
        }),
        { nil: null },
      ),
    }),
    bodySex: fc.option(fc.constantFrom(...BODY_SEXES), { nil: null }),
  })
  .filter((state) => state.bodySex === null || fittedBody(state) !== null);

describe('the pins= parameter', () => {
  it('reads pinned labels and writes them back in vocabulary order', () => {
    const { state, notices } = parseViewParams('pins=iliacus:left,gluteus-medius:right,sacrum');
    expect(notices).toEqual([]);
    expect(state.pinnedLabels).toEqual(['gluteus-medius:right', 'iliacus:left', 'sacrum:midline']);
    const link = serializeViewState(state).get('pins');
    expect(link).toBe('gluteus-medius:right,iliacus:left,sacrum');
    expect(parseViewParams(`pins=${link}`).state.pinnedLabels).toEqual(state.pinnedLabels);
  });

  it('leaves the link without pins= when nothing is pinned', () => {
    expect(serializeViewState(defaultViewState()).has('pins')).toBe(false);
  });

  it('drops a bad pin with a sentence that says how to write one, and keeps the rest', () => {
    const { state, notices } = parseViewParams('pins=gluteus-medius:up,knee,iliacus:left');
    expect(state.pinnedLabels).toEqual(['iliacus:left']);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatchObject({ param: 'pins', problem: 'invalid-content' });
    expect(notices[0]?.detail).toMatch(/"pins=gluteus-medius:up" names no structure/);
    expect(notices[0]?.detail).toMatch(/for example pins=gluteus-medius:right,iliacus:left/);
    expect(notices[1]?.detail).toMatch(/"pins=knee"/);
  });

  it('needs a side for a structure that has two', () => {
    const { state, notices } = parseViewParams('pins=iliacus');
    expect(state.pinnedLabels).toEqual([]);
    expect(notices).toHaveLength(1);
  });

  it('keeps repeated pins once and at most twelve pins', () => {
    const sides = ['left', 'right'] as const;
    const keys = MUSCLE_IDS.flatMap((id) => sides.map((side) => `${id}:${side}`));
    const { state, notices } = parseViewParams(`pins=iliacus:left,iliacus:left,${keys.join(',')}`);
    expect(state.pinnedLabels).toHaveLength(12);
    expect(new Set(state.pinnedLabels).size).toBe(12);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.detail).toMatch(/at most 12 labels/);
  });
});

describe('the body= parameter', () => {
  it('fits the body and shares height and mass with the mechanics', () => {
    const { state, notices } = parseViewParams('body=f,1.65,90');
    expect(notices).toEqual([]);
    expect(state.bodySex).toBe('female');
    expect(state.dysfunction.heightM).toBe(1.65);
    expect(state.dysfunction.bodyMassKg).toBe(90);
    expect(fittedBody(state)).toEqual({ sex: 'female', heightM: 1.65, massKg: 90 });
    expect(serializeViewState(state).toString()).toBe('body=f%2C1.65%2C90');
  });

  it('leaves a link without body= on the reference body, even with a mechanics height and mass', () => {
    const { state } = parseViewParams('height=1.6&mass=90');
    expect(state.bodySex).toBeNull();
    expect(fittedBody(state)).toBeNull();
  });

  it('names what is wrong, says how to write it, and keeps the reference body', () => {
    const cases: [string, RegExp][] = [
      ['x,1.65,90', /first part must be f or m/],
      ['f,3,90', /height must be a number from 1\.2 to 2\.2 m/],
      ['f,1.65,-4', /mass must be a number from 20 to 250 kg/],
      ['f,1.65,1e2', /mass must be/],
      ['f,1.65,NaN', /mass must be/],
      ['f,2.2,40', /body mass index 8\.3 is outside 15–65/],
      ['f,1.65', /three parts/],
      ['female,1.65,90', /first part must be f or m/],
      ['q,9,9', /first part.*; height.*; mass/],
    ];
    for (const [value, problem] of cases) {
      const { state, notices } = parseViewParams(new URLSearchParams([['body', value]]));
      expect(state.bodySex, value).toBeNull();
      expect(state.dysfunction.heightM, value).toBe(1.75);
      expect(
        notices.map((n) => [n.param, n.problem]),
        value,
      ).toEqual([['body', 'invalid-content']]);
      expect(notices[0]?.detail, value).toMatch(problem);
      expect(notices[0]?.detail, value).toMatch(/for example body=f,1\.65,90/);
    }
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(defaultViewState()).toString()).toBe('');
  });

  it('round-trips any view exactly through the URL', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const query = serializeViewState(state).toString();
        const parsed = parseViewParams(query);
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe('effectiveVisibility', () => {
  const gmaxLeft = { id: 'gluteus-maximus', side: 'left', layer: 'superficial' } as const;

  it('follows the layer, then the override, and peeling wins', () => {
    const state = defaultViewState();
    expect(effectiveVisibility(state, gmaxLeft)).toBe('shown');
    state.layers.superficial.left = 'ghosted';
    expect(effectiveVisibility(state, gmaxLeft)).toBe('ghosted');
    state.structures['gluteus-maximus:left'] = 'shown';
    expect(effectiveVisibility(state, gmaxLeft)).toBe('shown');
    state.peel = 2;
    expect(effectiveVisibility(state, gmaxLeft)).toBe('hidden');
  });

  it('shows a midline bone when either side shows', () => {
    const state = defaultViewState();
    state.layers.bones = { left: 'hidden', right: 'ghosted' };
    expect(effectiveVisibility(state, { id: 'sacrum', side: 'midline', layer: 'bones' })).toBe(
      'ghosted',
    );
  });
});

describe('parseViewParams with hostile sizes (reliability review F10)', () => {
  it('gives no notice for a long value of a parameter another part of the app reads', () => {
    const story = `{"id":"x","title":"${'a'.repeat(3000)}"}`;
    expect(parseViewParams(new URLSearchParams({ story })).notices).toEqual([]);
    expect(parseViewParams(new URLSearchParams({ plan: `1.${'A'.repeat(2500)}` })).notices).toEqual(
      [],
    );
  });

  it('caps the number of notices and the text each one echoes', () => {
    const many = new URLSearchParams(Array.from({ length: 5000 }, (_, i) => [`u${i}`, '1']));
    expect(parseViewParams(many).notices).toHaveLength(MAX_PARAM_NOTICES);
    const longName = parseViewParams(new URLSearchParams([['x'.repeat(200_000), '1']])).notices;
    expect(longName).toHaveLength(1);
    expect(longName[0]?.param.length).toBeLessThanOrEqual(60);
    const hide = parseViewParams(new URLSearchParams({ hide: Array(999).fill('x').join(',') }));
    expect(hide.notices.length).toBeLessThanOrEqual(5);
  });
});
