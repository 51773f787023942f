import { describe, expect, it } from 'vitest';
import { resolveModelSource } from './model-source';

const PAGE = 'https://viewer.example/app/?sel=sacrum';
const BUILT_IN = '/app/models/hip.glb';

describe('resolveModelSource', () => {
  it('uses the built-in model without a parameter, or with an empty one', () => {
    expect(resolveModelSource(null, PAGE, BUILT_IN)).toEqual({ kind: 'built-in', url: BUILT_IN });
    expect(resolveModelSource('  ', PAGE, BUILT_IN)).toEqual({ kind: 'built-in', url: BUILT_IN });
    expect(resolveModelSource('models/hip.glb', PAGE, BUILT_IN).kind).toBe('built-in');
  });

  it('loads a path on this site, relative or absolute', () => {
    expect(resolveModelSource('better/hip.glb', PAGE, BUILT_IN)).toEqual({
      kind: 'custom',
      url: '/app/better/hip.glb',
    });
    expect(resolveModelSource('https://viewer.example/m.glb?v=2', PAGE, BUILT_IN)).toEqual({
      kind: 'custom',
      url: '/m.glb?v=2',
    });
  });

  it('loads from an allowed origin only, and names the refused origin', () => {
    const allowed = ['https://models.example.org'];
    expect(
      resolveModelSource('https://models.example.org/hip.glb', PAGE, BUILT_IN, allowed),
    ).toEqual({ kind: 'custom', url: 'https://models.example.org/hip.glb' });
    const refused = resolveModelSource('https://evil.example/hip.glb', PAGE, BUILT_IN, allowed);
    expect(refused.kind).toBe('refused');
    if (refused.kind === 'refused') expect(refused.problem).toContain('https://evil.example');
  });

  it('refuses what is not an http(s) address', () => {
    for (const value of ['javascript:alert(1)', 'data:model/gltf-binary;base64,AA', 'http://[']) {
      const source = resolveModelSource(value, PAGE, BUILT_IN);
      expect(source.kind, value).toBe('refused');
    }
  });
});
