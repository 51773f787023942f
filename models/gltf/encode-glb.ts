import type { Document } from '@gltf-transform/core';
import { NodeIO } from '@gltf-transform/core';
import {
  EXTMeshoptCompression,
  KHRMeshQuantization,
  KHRTextureTransform,
} from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

export interface EncodeGlbOptions {
  /** meshopt level: 'high' adds filters (octahedral normals, quaternion, exponent). */
  level: 'medium' | 'high';
  quantizePosition: number;
  quantizeNormal: number;
  quantizeTexcoord: number;
  quantizeColor: number;
}

const ENCODE_GLB_DEFAULTS: EncodeGlbOptions = {
  level: 'high',
  quantizePosition: 14,
  quantizeNormal: 8,
  quantizeTexcoord: 11,
  quantizeColor: 8,
};

/**
 * An IO that reads and writes meshopt-compressed, quantized glTF.
 * @internal
 */
export async function createIo(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization, KHRTextureTransform])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/** Quantizes, reorders and meshopt-compresses the document, then writes GLB bytes. */
export async function encodeGlb(
  doc: Document,
  options: Partial<EncodeGlbOptions> = {},
): Promise<Uint8Array> {
  const o = { ...ENCODE_GLB_DEFAULTS, ...options };
  const io = await createIo();
  await doc.transform(
    meshopt({
      encoder: MeshoptEncoder,
      level: o.level,
      quantizePosition: o.quantizePosition,
      quantizeNormal: o.quantizeNormal,
      quantizeTexcoord: o.quantizeTexcoord,
      quantizeColor: o.quantizeColor,
    }),
  );
  return io.writeBinary(doc);
}
