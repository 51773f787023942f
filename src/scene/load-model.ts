import { LoaderUtils } from 'three';
import { type GLTF, GLTFLoader, MeshoptDecoder } from 'three-stdlib';
import { messages } from '../domain/messages';
import {
  checkGltfBudget,
  describeModelLoadError,
  GLTF_BUDGET_DEFAULTS,
  type GltfFault,
  readGlbContents,
} from '../domain/model-contract';
import { markStage, readableWhenSettled } from '../state';

const text = messages.robustness;

export type ModelLoadResult =
  | { readonly ok: true; readonly gltf: GLTF }
  | { readonly ok: false; readonly message: string };

export interface ModelLoadOptions {
  /** Origins besides the page's own that the model, and what it refers to, may come from. */
  readonly allowedOrigins: readonly string[];
  /** Download progress, 0..1, when the size is known. */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * A download that delivers less than `minBytes` in any `windowMs` has stalled (a server that
 * trickles a byte a second would otherwise hold "Loading…" for ever).
 */
const MODEL_STALL = {
  windowMs: 15_000,
  minBytes: 16 * 1024,
  lateToleranceMs: 1_000,
} as const;

/** Thrown inside this module with a message that is already readable. */
class ModelRefused extends Error {}

function faultMessage(url: string, fault: GltfFault): string {
  switch (fault.kind) {
    case 'too-large':
      return text.modelTooLarge(url, fault.what, Math.round(fault.limitBytes / 2 ** 20));
    case 'reference':
      return text.modelReferenceRefused(url, fault.uri);
    case 'malformed':
      return text.modelMalformed(url, fault.fault);
  }
}

/** Download with a size cap and a stall timeout, reporting progress. */
async function download(url: string, options: ModelLoadOptions): Promise<Uint8Array> {
  const max = GLTF_BUDGET_DEFAULTS.maxDownloadBytes;
  const controller = new AbortController();
  let received = 0;
  let lastCheck = 0;
  let stalled = false;
  let lastTick = performance.now();
  const watch = setInterval(() => {
    const now = performance.now();
    // A late tick means the page itself was busy (a long first render or shader compile on a
    // slow machine): bytes that arrived meanwhile may not be counted yet, so that window is not
    // judged. A server that trickles is still caught in the next one.
    const late = now - lastTick > MODEL_STALL.windowMs + MODEL_STALL.lateToleranceMs;
    lastTick = now;
    if (!late && received - lastCheck < MODEL_STALL.minBytes) {
      stalled = true;
      controller.abort();
    }
    lastCheck = received;
  }, MODEL_STALL.windowMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) {
      throw new Error(`responded with ${response.status}: ${response.statusText}`);
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > max) {
      controller.abort();
      throw new ModelRefused(text.modelTooLarge(url, `it is ${declared} bytes`, max / 2 ** 20));
    }
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array(await response.arrayBuffer());
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > max) {
        controller.abort();
        throw new ModelRefused(text.modelTooLarge(url, `it is over ${max} bytes`, max / 2 ** 20));
      }
      chunks.push(value);
      if (declared > 0) options.onProgress?.(Math.min(1, received / declared));
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return bytes;
  } catch (error) {
    if (stalled) throw new ModelRefused(text.modelStalled(url, MODEL_STALL.windowMs / 1000));
    throw error;
  } finally {
    clearInterval(watch);
  }
}

function parse(bytes: Uint8Array, url: string): Promise<GLTF> {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(
    typeof MeshoptDecoder === 'function'
      ? (MeshoptDecoder as unknown as () => typeof MeshoptDecoder)()
      : MeshoptDecoder,
  );
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return new Promise((resolve, reject) =>
    loader.parse(buffer as ArrayBuffer, LoaderUtils.extractUrlBase(url), resolve, reject),
  );
}

async function loadChecked(url: string, options: ModelLoadOptions): Promise<ModelLoadResult> {
  try {
    const pageOrigin = window.location.origin;
    const modelUrl = new URL(url, window.location.href);
    markStage(`model-requested:${modelUrl.pathname}`);
    const bytes = await download(url, options);
    markStage(`model-fetched:${modelUrl.pathname}`);
    const contents = readGlbContents(bytes);
    if (contents.kind === 'fault') return { ok: false, message: faultMessage(url, contents.fault) };
    if (contents.kind !== 'other') {
      const fault = checkGltfBudget(contents.json, {
        binLength: contents.kind === 'glb' ? contents.binLength : 0,
        isGlb: contents.kind === 'glb',
        // A buffer or image the model refers to obeys the same allow-list as the model.
        isAllowedUri: (uri) => {
          try {
            const origin = new URL(uri, modelUrl).origin;
            return origin === pageOrigin || options.allowedOrigins.includes(origin);
          } catch {
            return false;
          }
        },
      });
      if (fault) return { ok: false, message: faultMessage(url, fault) };
    }
    const gltf = await parse(bytes, modelUrl.href);
    markStage(`model-parsed:${modelUrl.pathname}`);
    return { ok: true, gltf };
  } catch (error) {
    if (error instanceof ModelRefused) return { ok: false, message: error.message };
    return { ok: false, message: describeModelLoadError(error, url) };
  }
}

const loads = new Map<string, Promise<ModelLoadResult>>();

/**
 * Load a model once per URL (the promise is what React's `use` suspends on). It never rejects:
 * a failure is a readable message, so nothing reaches the page's error handlers. A failure
 * holds no decoded data; `forgetModel` lets the next attempt download again.
 */
export function loadModel(url: string, options: ModelLoadOptions): Promise<ModelLoadResult> {
  let load = loads.get(url);
  if (!load) {
    load = readableWhenSettled(loadChecked(url, options));
    loads.set(url, load);
  }
  return load;
}

/** Drop a model from the cache (a failed one before a retry, or one no longer shown). */
export function forgetModel(url: string): void {
  loads.delete(url);
}
