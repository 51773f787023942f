/**
 * What a glTF declares, checked before anything is decoded (reliability review F6, F7, F10):
 * declared buffer, accessor and compressed-view sizes within a budget, every reference inside
 * the file, node trees without cycles or absurd depth, and external buffers and images only on
 * allowed sites. A 620-byte file can otherwise declare gigabytes that the loader allocates.
 * Pure: reads the GLB bytes and the JSON; never throws.
 */

export const GLTF_BUDGET_DEFAULTS = {
  /** Largest model download. The built-in model is under 1 MB. */
  maxDownloadBytes: 64 * 1024 * 1024,
  /** Largest declared buffer, accessor or decompressed view. */
  maxItemBytes: 64 * 1024 * 1024,
  /** Sum over accessors, and over decompressed views. */
  maxTotalBytes: 256 * 1024 * 1024,
  maxNodes: 20_000,
  maxDepth: 128,
} as const;
type GltfBudget = typeof GLTF_BUDGET_DEFAULTS;

export type GltfFault =
  | { readonly kind: 'too-large'; readonly what: string; readonly limitBytes: number }
  | { readonly kind: 'malformed'; readonly fault: string }
  | { readonly kind: 'reference'; readonly uri: string };

export type GlbContents =
  | { readonly kind: 'glb'; readonly json: unknown; readonly binLength: number }
  | { readonly kind: 'json'; readonly json: unknown }
  /** Not a glTF at all: the loader names that. */
  | { readonly kind: 'other' }
  | { readonly kind: 'fault'; readonly fault: GltfFault };

const GLB_MAGIC = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

function malformed(fault: string): { kind: 'fault'; fault: GltfFault } {
  return { kind: 'fault', fault: { kind: 'malformed', fault } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Split a GLB (or read a JSON glTF) without decoding any buffer. */
export function readGlbContents(bytes: Uint8Array): GlbContents {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength >= 4 && view.getUint32(0, true) === GLB_MAGIC) {
    if (bytes.byteLength < 20) return malformed('the file ends inside the GLB header');
    const version = view.getUint32(4, true);
    if (version !== 2) return malformed(`GLB version ${version}; only version 2 is supported`);
    const declared = view.getUint32(8, true);
    if (declared > bytes.byteLength) {
      return malformed(`the GLB header says ${declared} bytes, the file has ${bytes.byteLength}`);
    }
    const jsonLength = view.getUint32(12, true);
    if (view.getUint32(16, true) !== CHUNK_JSON) {
      return malformed('the first GLB chunk is not JSON');
    }
    if (20 + jsonLength > declared)
      return malformed('the JSON chunk runs past the end of the file');
    const json = parseJson(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength)));
    if (json === undefined) return malformed('its JSON chunk is not valid JSON');
    let binLength = 0;
    const binStart = 20 + jsonLength + ((4 - (jsonLength % 4)) % 4);
    if (binStart + 8 <= declared && view.getUint32(binStart + 4, true) === CHUNK_BIN) {
      binLength = view.getUint32(binStart, true);
      if (binStart + 8 + binLength > declared) {
        return malformed('the binary chunk runs past the end of the file');
      }
    }
    return { kind: 'glb', json, binLength };
  }
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (!start.startsWith('{')) return { kind: 'other' };
  const json = parseJson(new TextDecoder().decode(bytes));
  return json === undefined ? { kind: 'other' } : { kind: 'json', json };
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isIndex = (v: unknown, length: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length;
const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

const COMPONENT_BYTES: Record<number, number> = {
  5120: 1,
  5121: 1,
  5122: 2,
  5123: 2,
  5125: 4,
  5126: 4,
};
const TYPE_COMPONENTS: Record<string, number> = {
  SCALAR: 1,
  VEC2: 2,
  VEC3: 3,
  VEC4: 4,
  MAT2: 4,
  MAT3: 9,
  MAT4: 16,
};
const MESHOPT = ['EXT_meshopt_compression', 'KHR_meshopt_compression'];

export interface GltfCheckOptions {
  /** Bytes in the GLB's binary chunk (0: none, or a JSON glTF). */
  readonly binLength: number;
  readonly isGlb: boolean;
  /** May the viewer load this referenced address (relative to the model)? */
  readonly isAllowedUri: (uri: string) => boolean;
  readonly budget?: GltfBudget;
}

function checkUri(uri: unknown, options: GltfCheckOptions): GltfFault | null {
  if (typeof uri !== 'string' || uri.startsWith('data:')) return null;
  return options.isAllowedUri(uri) ? null : { kind: 'reference', uri };
}

function checkBuffers(json: Json, options: GltfCheckOptions, budget: GltfBudget) {
  const buffers = list(json.buffers);
  for (const [i, buffer] of buffers.entries()) {
    if (!isRecord(buffer) || !isSize(buffer.byteLength)) {
      return { kind: 'malformed', fault: `buffer ${i} has no valid byteLength` } as const;
    }
    if (buffer.byteLength > budget.maxItemBytes) {
      return {
        kind: 'too-large',
        what: `buffer ${i} declares ${buffer.byteLength} bytes`,
        limitBytes: budget.maxItemBytes,
      } as const;
    }
    const extensions = isRecord(buffer.extensions) ? buffer.extensions : {};
    // A meshopt fallback buffer holds no data: its views are decompressed from another buffer.
    const fallback = MESHOPT.some(
      (name) => isRecord(extensions[name]) && (extensions[name] as Json).fallback === true,
    );
    if (buffer.uri === undefined && !fallback) {
      if (!options.isGlb || i !== 0) {
        return {
          kind: 'malformed',
          fault: `buffer ${i} has no uri and is not the GLB's binary chunk`,
        } as const;
      }
      if (options.binLength === 0) {
        return {
          kind: 'malformed',
          fault: 'the GLB has no binary chunk, yet buffer 0 needs one',
        } as const;
      }
      if (buffer.byteLength > options.binLength) {
        return {
          kind: 'malformed',
          fault: `buffer 0 declares ${buffer.byteLength} bytes, the binary chunk holds ${options.binLength}`,
        } as const;
      }
    }
    const reference = checkUri(buffer.uri, options);
    if (reference) return reference;
  }
  return null;
}

function checkBufferViews(json: Json, budget: GltfBudget): GltfFault | null {
  const buffers = list(json.buffers);
  let decoded = 0;
  for (const [i, view] of list(json.bufferViews).entries()) {
    if (!isRecord(view) || !isIndex(view.buffer, buffers.length) || !isSize(view.byteLength)) {
      return {
        kind: 'malformed',
        fault: `bufferView ${i} names no existing buffer or has no byteLength`,
      };
    }
    const buffer = buffers[view.buffer as number] as Json;
    const offset = isSize(view.byteOffset) ? view.byteOffset : 0;
    if (offset + view.byteLength > (buffer.byteLength as number)) {
      return {
        kind: 'malformed',
        fault: `bufferView ${i} runs past the end of buffer ${view.buffer}`,
      };
    }
    const extensions = isRecord(view.extensions) ? view.extensions : {};
    for (const name of MESHOPT) {
      const ext = extensions[name];
      if (ext === undefined) continue;
      if (
        !isRecord(ext) ||
        !isIndex(ext.buffer, buffers.length) ||
        !isSize(ext.count) ||
        !isSize(ext.byteStride) ||
        !isSize(ext.byteLength)
      ) {
        return { kind: 'malformed', fault: `bufferView ${i} has an invalid ${name}` };
      }
      const source = buffers[ext.buffer as number] as Json;
      const extOffset = isSize(ext.byteOffset) ? ext.byteOffset : 0;
      if (extOffset + ext.byteLength > (source.byteLength as number)) {
        return {
          kind: 'malformed',
          fault: `bufferView ${i}'s compressed data runs past its buffer`,
        };
      }
      const bytes = ext.count * ext.byteStride;
      if (bytes > budget.maxItemBytes) {
        return {
          kind: 'too-large',
          what: `bufferView ${i} decompresses to ${bytes} bytes`,
          limitBytes: budget.maxItemBytes,
        };
      }
      decoded += bytes;
      if (decoded > budget.maxTotalBytes) {
        return {
          kind: 'too-large',
          what: `its compressed views decompress to more than ${decoded} bytes`,
          limitBytes: budget.maxTotalBytes,
        };
      }
    }
  }
  return null;
}

function checkAccessors(json: Json, budget: GltfBudget): GltfFault | null {
  const views = list(json.bufferViews);
  let total = 0;
  for (const [i, accessor] of list(json.accessors).entries()) {
    if (!isRecord(accessor)) return { kind: 'malformed', fault: `accessor ${i} is not an object` };
    const size = COMPONENT_BYTES[accessor.componentType as number];
    const components = TYPE_COMPONENTS[accessor.type as string];
    if (!size || !components || !isSize(accessor.count) || !Number.isInteger(accessor.count)) {
      return {
        kind: 'malformed',
        fault: `accessor ${i} has an invalid componentType, type or count`,
      };
    }
    if (accessor.bufferView !== undefined && !isIndex(accessor.bufferView, views.length)) {
      return {
        kind: 'malformed',
        fault: `accessor ${i} names bufferView ${String(accessor.bufferView)}, which does not exist`,
      };
    }
    const bytes = accessor.count * components * size;
    if (bytes > budget.maxItemBytes) {
      return {
        kind: 'too-large',
        what: `accessor ${i} declares ${bytes} bytes`,
        limitBytes: budget.maxItemBytes,
      };
    }
    total += bytes;
    if (total > budget.maxTotalBytes) {
      return {
        kind: 'too-large',
        what: `its accessors declare more than ${total} bytes`,
        limitBytes: budget.maxTotalBytes,
      };
    }
    if (isRecord(accessor.sparse)) {
      const count = accessor.sparse.count;
      if (!isSize(count) || count > accessor.count) {
        return {
          kind: 'malformed',
          fault: `accessor ${i} has a sparse count larger than its count`,
        };
      }
    }
  }
  const accessors = list(json.accessors).length;
  for (const [m, mesh] of list(json.meshes).entries()) {
    for (const primitive of list(isRecord(mesh) ? mesh.primitives : undefined)) {
      if (!isRecord(primitive))
        return { kind: 'malformed', fault: `mesh ${m} has a primitive that is not an object` };
      const attributes = isRecord(primitive.attributes) ? Object.values(primitive.attributes) : [];
      const refs =
        primitive.indices === undefined ? attributes : [...attributes, primitive.indices];
      if (refs.some((ref) => !isIndex(ref, accessors))) {
        return { kind: 'malformed', fault: `mesh ${m} names an accessor that does not exist` };
      }
    }
  }
  return null;
}

/** Node trees: valid child indices, one parent each, no cycle, bounded depth and count. */
function checkNodes(json: Json, budget: GltfBudget): GltfFault | null {
  const nodes = list(json.nodes);
  if (nodes.length > budget.maxNodes) {
    return {
      kind: 'too-large',
      what: `it has ${nodes.length} nodes (at most ${budget.maxNodes})`,
      limitBytes: 0,
    };
  }
  const parent = new Array<number>(nodes.length).fill(-1);
  for (const [i, node] of nodes.entries()) {
    for (const child of list(isRecord(node) ? node.children : undefined)) {
      if (!isIndex(child, nodes.length))
        return { kind: 'malformed', fault: `node ${i} has a child that does not exist` };
      const c = child as number;
      if (c === i || parent[c] !== -1) {
        return {
          kind: 'malformed',
          fault: `node ${c} has more than one parent, or is its own child`,
        };
      }
      parent[c] = i;
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    let depth = 0;
    for (let at = parent[i] ?? -1; at !== -1; at = parent[at] ?? -1) {
      depth += 1;
      if (depth > budget.maxDepth) {
        return {
          kind: 'malformed',
          fault: `its node tree is deeper than ${budget.maxDepth} levels, or has a cycle`,
        };
      }
    }
  }
  return null;
}

/** The first fault of a glTF's JSON, or null when it is within budget and self-consistent. */
export function checkGltfBudget(json: unknown, options: GltfCheckOptions): GltfFault | null {
  const budget = options.budget ?? GLTF_BUDGET_DEFAULTS;
  if (!isRecord(json)) return { kind: 'malformed', fault: 'its JSON is not an object' };
  return (
    checkBuffers(json, options, budget) ??
    checkBufferViews(json, budget) ??
    checkAccessors(json, budget) ??
    checkNodes(json, budget) ??
    list(json.images).reduce<GltfFault | null>(
      (found, image) => found ?? (isRecord(image) ? checkUri(image.uri, options) : null),
      null,
    )
  );
}

/**
 * A model's mesh bounds must be finite and within a kilometre: NaN or 1e38 coordinates draw
 * nothing and turn the camera's framing into NaN. Returns the first bad node's name, or null.
 */
export function firstBadBounds(
  meshes: readonly {
    readonly name: string;
    readonly min: readonly number[];
    readonly max: readonly number[];
  }[],
  limitM = 1000,
): string | null {
  for (const mesh of meshes) {
    const values = [...mesh.min, ...mesh.max];
    if (values.some((v) => !Number.isFinite(v) || Math.abs(v) > limitM))
      return mesh.name || '(unnamed)';
  }
  return null;
}
