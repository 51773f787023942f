import { describe, expect, it } from 'vitest';
import {
  countWithoutBufferViewGlb,
  craftGlb,
  externalReferenceGlb,
  meshoptGarbageGlb,
} from '../../../tests/support/craft-glb';
import { checkGltfBudget, firstBadBounds, readGlbContents } from './check-gltf-budget';

const sameSiteOnly = (uri: string) => !/^[a-z]+:\/\//i.test(uri);

function check(bytes: Uint8Array, isAllowedUri = sameSiteOnly) {
  const contents = readGlbContents(bytes);
  if (contents.kind === 'fault') return contents.fault;
  if (contents.kind !== 'glb') throw new Error('test: expected a GLB');
  return checkGltfBudget(contents.json, {
    binLength: contents.binLength,
    isGlb: true,
    isAllowedUri,
  });
}

describe('checkGltfBudget: sizes declared before anything is decoded', () => {
  it('refuses the 620-byte meshopt file that claims 100 million items (7.8 s, 2.7 GB before)', () => {
    const bytes = meshoptGarbageGlb();
    expect(bytes.length).toBeLessThan(1000);
    expect(check(bytes)).toMatchObject({ kind: 'too-large' });
  });

  it('refuses the 352-byte file whose accessor of 2^28 VEC3 has no bufferView (3.2 GB before)', () => {
    const bytes = countWithoutBufferViewGlb();
    expect(bytes.length).toBeLessThan(400);
    expect(check(bytes)).toMatchObject({
      kind: 'too-large',
      what: expect.stringContaining('accessor 0'),
    });
  });

  it('accepts a small valid model', () => {
    const positions = new Uint8Array(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]).buffer);
    const glb = craftGlb(
      {
        asset: { version: '2.0' },
        buffers: [{ byteLength: 36 }],
        bufferViews: [{ buffer: 0, byteLength: 36 }],
        accessors: [{ bufferView: 0, componentType: 5126, count: 3, type: 'VEC3' }],
        meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
        nodes: [{ mesh: 0, children: [1] }, {}],
        scenes: [{ nodes: [0] }],
      },
      positions,
    );
    expect(check(glb)).toBeNull();
  });
});

describe('checkGltfBudget: references and structure', () => {
  it('refuses a buffer or an image on another site, and allows them on this one', () => {
    expect(check(externalReferenceGlb('http://localhost:4403/leak.bin', 'buffer'))).toEqual({
      kind: 'reference',
      uri: 'http://localhost:4403/leak.bin',
    });
    expect(check(externalReferenceGlb('https://evil.example/leak.png', 'image'))).toMatchObject({
      kind: 'reference',
    });
    expect(check(externalReferenceGlb('hip.bin', 'buffer'))).toBeNull();
  });

  it('names faults that the loader would report as raw JavaScript errors', () => {
    const base = { asset: { version: '2.0' } };
    const noBin = craftGlb({ ...base, buffers: [{ byteLength: 12 }] });
    expect(check(noBin)).toMatchObject({ fault: expect.stringContaining('no binary chunk') });
    const badBuffer = craftGlb(
      { ...base, buffers: [{ byteLength: 4 }], bufferViews: [{ buffer: 3, byteLength: 4 }] },
      new Uint8Array(4),
    );
    expect(check(badBuffer)).toMatchObject({ fault: expect.stringContaining('bufferView 0') });
    const cycle = craftGlb({ ...base, nodes: [{ children: [1] }, { children: [0] }] });
    expect(check(cycle)).toMatchObject({ kind: 'malformed' });
    const deep = craftGlb({
      ...base,
      nodes: Array.from({ length: 20_000 }, (_, i) => (i < 19_999 ? { children: [i + 1] } : {})),
    });
    expect(check(deep)).toMatchObject({ kind: 'malformed' });
  });

  it('refuses a GLB whose header lies about its length', () => {
    const glb = craftGlb({ asset: { version: '2.0' } });
    new DataView(glb.buffer).setUint32(8, glb.length + 1000, true);
    expect(check(glb)).toMatchObject({ kind: 'malformed' });
  });
});

describe('firstBadBounds', () => {
  it('names the mesh with NaN or absurd coordinates', () => {
    expect(firstBadBounds([{ name: 'ok', min: [-1, 0, 0], max: [1, 1, 1] }])).toBeNull();
    expect(
      firstBadBounds([
        { name: 'ok', min: [0, 0, 0], max: [1, 1, 1] },
        { name: 'gmed', min: [Number.NaN, 0, 0], max: [1, 1, 1] },
      ]),
    ).toBe('gmed');
    expect(firstBadBounds([{ name: 'gmax', min: [-3e38, 0, 0], max: [0, 0, 0] }])).toBe('gmax');
  });
});
