import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, STRUCTURES } from '../anatomy';
import { CAMERA_PRESET_IDS } from '../camera';
import { effectiveVisibility } from './effective-visibility';
import { parseViewParams, serializeViewState } from './url-params';
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

  it('reads a custom camera in metres', () => {
    const { state } = parseViewParams('cam=0.1,0.2,1.5,0,0,0');
    expect(state.camera).toEqual({ kind: 'custom', position: [0.1, 0.2, 1.5], target: [0, 0, 0] });
  });
});

const visibility = fc.constantFrom(...VISIBILITIES);
const mm = fc.integer({ min: -5000, max: 5000 });
const arbitraryState: fc.Arbitrary<ViewState> = fc.record({
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
