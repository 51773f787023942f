/**
 * Drops from a GLB's JSON chunk what the glTF spec makes default or optional and a viewer does
 * not need: `normalized: false`, `byteOffset: 0`, bufferView `target` hints and, on request,
 * names. The binary chunk
 * is untouched. A smaller JSON chunk matters for the first-view file, whose many small
 * accessors make the JSON a third of its bytes.
 */
export interface CompactGlbJsonOptions {
  /** Also drop node, mesh and skin names (a viewer that reads node extras does not need them). */
  dropNames: boolean;
}

const COMPACT_GLB_JSON_DEFAULTS: CompactGlbJsonOptions = { dropNames: false };

export function compactGlbJson(
  glb: Uint8Array,
  options: Partial<CompactGlbJsonOptions> = {},
): Uint8Array {
  const o = { ...COMPACT_GLB_JSON_DEFAULTS, ...options };
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as {
    accessors?: Record<string, unknown>[];
    bufferViews?: Record<string, unknown>[];
    nodes?: Record<string, unknown>[];
    meshes?: Record<string, unknown>[];
    skins?: Record<string, unknown>[];
  };
  if (o.dropNames) {
    for (const list of [json.nodes, json.meshes, json.skins]) {
      for (const item of list ?? []) delete item.name;
    }
  }
  for (const accessor of json.accessors ?? []) {
    if (accessor.normalized === false) delete accessor.normalized;
    if (accessor.byteOffset === 0) delete accessor.byteOffset;
  }
  for (const bufferView of json.bufferViews ?? []) {
    delete bufferView.target;
    if (bufferView.byteOffset === 0) delete bufferView.byteOffset;
  }
  const text = new TextEncoder().encode(JSON.stringify(json));
  // Chunks are padded to 4 bytes; JSON with spaces.
  const paddedJson = Math.ceil(text.length / 4) * 4;
  const rest = glb.subarray(20 + jsonLength);
  const out = new Uint8Array(12 + 8 + paddedJson + rest.length);
  const outView = new DataView(out.buffer);
  out.set(glb.subarray(0, 12));
  outView.setUint32(8, out.length, true);
  outView.setUint32(12, paddedJson, true);
  outView.setUint32(16, 0x4e4f534a, true);
  out.set(text, 20);
  out.fill(0x20, 20 + text.length, 20 + paddedJson);
  out.set(rest, 20 + paddedJson);
  return out;
}
