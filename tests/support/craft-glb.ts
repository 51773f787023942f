/**
 * Tiny hostile glTF binaries built in code (reliability review F6, F7, F8): a GLB from a JSON
 * object and a binary chunk, plus the crafted files the review used.
 */

/** A GLB 2.0 file: header, JSON chunk (space-padded), optional BIN chunk (zero-padded). */
export function craftGlb(json: unknown, bin?: Uint8Array): Uint8Array {
  const jsonBytes = new TextEncoder().encode(JSON.stringify(json));
  const jsonPadded = Math.ceil(jsonBytes.length / 4) * 4;
  const binPadded = bin ? Math.ceil(bin.length / 4) * 4 : 0;
  const total = 12 + 8 + jsonPadded + (bin ? 8 + binPadded : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonPadded, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.fill(0x20, 20, 20 + jsonPadded);
  out.set(jsonBytes, 20);
  if (bin) {
    const at = 20 + jsonPadded;
    view.setUint32(at, binPadded, true);
    view.setUint32(at + 4, 0x004e4942, true);
    out.set(bin, at + 8);
  }
  return out;
}

const asset = { version: '2.0' };

/** The review's 620-byte meshopt file: a compressed view that claims 100,000,000 items. */
export function meshoptGarbageGlb(): Uint8Array {
  const bin = new Uint8Array(64).fill(0xa0);
  return craftGlb(
    {
      asset,
      extensionsUsed: ['EXT_meshopt_compression'],
      extensionsRequired: ['EXT_meshopt_compression'],
      buffers: [
        { byteLength: 64 },
        { byteLength: 1_200_000_000, extensions: { EXT_meshopt_compression: { fallback: true } } },
      ],
      bufferViews: [
        {
          buffer: 1,
          byteLength: 1_200_000_000,
          byteStride: 12,
          extensions: {
            EXT_meshopt_compression: {
              buffer: 0,
              byteOffset: 0,
              byteLength: 64,
              byteStride: 12,
              count: 100_000_000,
              mode: 'ATTRIBUTES',
            },
          },
        },
      ],
      accessors: [{ bufferView: 0, componentType: 5126, count: 100_000_000, type: 'VEC3' }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
      nodes: [{ mesh: 0 }],
      scenes: [{ nodes: [0] }],
    },
    bin,
  );
}

/** The review's 352-byte file: a VEC3 accessor of 2^28 items and no bufferView (3.2 GB of zeros). */
export function countWithoutBufferViewGlb(): Uint8Array {
  return craftGlb({
    asset,
    accessors: [
      { componentType: 5126, count: 2 ** 28, type: 'VEC3', min: [0, 0, 0], max: [0, 0, 0] },
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    nodes: [{ mesh: 0 }],
    scenes: [{ nodes: [0] }],
  });
}

/** A small valid triangle whose buffer (or image) lives on `uri`. */
export function externalReferenceGlb(uri: string, what: 'buffer' | 'image'): Uint8Array {
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  const bin = new Uint8Array(positions.buffer);
  const json =
    what === 'buffer'
      ? {
          asset,
          buffers: [{ byteLength: 36, uri }],
          bufferViews: [{ buffer: 0, byteLength: 36 }],
          accessors: [
            {
              bufferView: 0,
              componentType: 5126,
              count: 3,
              type: 'VEC3',
              min: [0, 0, 0],
              max: [1, 1, 0],
            },
          ],
          meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
          nodes: [{ mesh: 0 }],
          scenes: [{ nodes: [0] }],
        }
      : {
          asset,
          buffers: [{ byteLength: 36 }],
          bufferViews: [{ buffer: 0, byteLength: 36 }],
          accessors: [
            {
              bufferView: 0,
              componentType: 5126,
              count: 3,
              type: 'VEC3',
              min: [0, 0, 0],
              max: [1, 1, 0],
            },
          ],
          images: [{ uri }],
          textures: [{ source: 0 }],
          materials: [{ pbrMetallicRoughness: { baseColorTexture: { index: 0 } } }],
          meshes: [{ primitives: [{ attributes: { POSITION: 0 }, material: 0 }] }],
          nodes: [{ mesh: 0 }],
          scenes: [{ nodes: [0] }],
        };
  return craftGlb(json, what === 'buffer' ? undefined : bin);
}

/** A triangle with a NaN position (it passes every structural check). */
export function nanPositionGlb(): Uint8Array {
  const positions = new Float32Array([0, 0, 0, Number.NaN, 0, 0, 0, 1, 0]);
  return craftGlb(
    {
      asset,
      buffers: [{ byteLength: 36 }],
      bufferViews: [{ buffer: 0, byteLength: 36 }],
      accessors: [{ bufferView: 0, componentType: 5126, count: 3, type: 'VEC3' }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
      nodes: [{ mesh: 0, name: 'gluteus-medius-left' }],
      scenes: [{ nodes: [0] }],
    },
    new Uint8Array(positions.buffer),
  );
}
