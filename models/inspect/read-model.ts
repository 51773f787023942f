import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document, Node } from '@gltf-transform/core';
import { createIo } from '../gltf/encode-glb';

export const MODEL_PATH = resolve(import.meta.dirname, '../../public/models/hip.glb');
/** The first-view file beside it (see models/lod/first-view-spec.ts). */
export const FIRST_VIEW_PATH = resolve(import.meta.dirname, '../../public/models/hip-first.glb');

/** Reads a GLB (default: the committed model), decoding meshopt and quantization. */
export async function readModel(path = MODEL_PATH): Promise<{ doc: Document; bytes: Uint8Array }> {
  const bytes = new Uint8Array(readFileSync(path));
  const io = await createIo();
  const doc = await io.readBinary(bytes);
  return { doc, bytes };
}

export interface NodeExtras {
  kind: string;
  id: string;
  side: string;
  layer?: string;
}

/** Nodes that carry contract extras, with their extras typed. */
export function contractNodes(doc: Document): { node: Node; extras: NodeExtras }[] {
  return doc
    .getRoot()
    .listNodes()
    .flatMap((node) => {
      const x = node.getExtras() as Partial<NodeExtras>;
      return typeof x.kind === 'string' ? [{ node, extras: x as NodeExtras }] : [];
    });
}

/** World position of a node (metres, glTF frame) in the rest pose. */
export function worldPosition(node: Node): [number, number, number] {
  const m = node.getWorldMatrix();
  return [m[12]!, m[13]!, m[14]!];
}
