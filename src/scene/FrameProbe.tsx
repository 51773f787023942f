import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type * as THREE from 'three';
import { registerTestHook, renderCounts, testHooksEnabled, useViewerStoreApi } from '../state';

/** Read-only figures a test or benchmark can read from the page: frames drawn and renderer counts. */
export interface ViewerProbe {
  frames: number;
  drawCalls: number;
  triangles: number;
  getView: () => unknown;
  getModelPhase: () => string;
  /** Frames requested but not drawn yet (an animation in progress keeps asking). */
  pendingFrames: () => number;
  /**
   * What each draw call of the last frame drew (start tracing first; tracing costs a little,
   * so it is off until a test or the benchmark asks for it).
   */
  traceDrawCalls: () => void;
  drawCallTrace: () => DrawCallRecord[];
  /** How often parts of the interface rendered (the shell counts itself). */
  renderCounts: () => Readonly<Record<string, number>>;
  /** How often the motor point uncertainty regions were rebuilt. */
  markerRegionBuilds: () => number;
  /**
   * When (performance.now(), ms) the last frames finished rendering, oldest first (up to 64):
   * the benchmark times a click to the first frame drawn after it.
   */
  renderTimes: () => number[];
  /**
   * What the renderer holds on the GPU now: geometries and textures (three's `info.memory`) and
   * compiled shader programs. Flat across model switches when old models are disposed.
   */
  gpuResources: () => GpuResources;
}

interface GpuResources {
  geometries: number;
  textures: number;
  programs: number;
}

/**
 * One draw call: the object drawn, its structure id (model metadata) and its material.
 * @internal
 */
export interface DrawCallRecord {
  object: string;
  type: string;
  id: string;
  material: string;
  /** How many instances the call drew (1 for a plain mesh). */
  instances: number;
}

const RENDER_TIMES_KEPT = 64;

type RenderBufferDirect = THREE.WebGLRenderer['renderBufferDirect'];

/** Wraps the renderer's per-draw entry point to record what each call of a frame draws. */
function startTracing(gl: THREE.WebGLRenderer, records: DrawCallRecord[]): void {
  const original: RenderBufferDirect = gl.renderBufferDirect.bind(gl);
  let frame = -1;
  gl.renderBufferDirect = (camera, scene, geometry, material, object, group) => {
    // info.render.frame advances once per render(): a new frame starts a new list.
    if (gl.info.render.frame !== frame) {
      frame = gl.info.render.frame;
      records.length = 0;
    }
    const data = object.userData as { id?: unknown; side?: unknown };
    records.push({
      object: object.name || object.parent?.name || '(unnamed)',
      type: object.type,
      id: typeof data.id === 'string' ? `${data.id}:${String(data.side ?? '')}` : '',
      material: material.name || material.type,
      instances: (object as THREE.InstancedMesh).isInstancedMesh
        ? (object as THREE.InstancedMesh).count
        : 1,
    });
    original(camera, scene, geometry, material, object, group);
  };
}

declare global {
  interface Window {
    /** The page's only viewer's probe (throws when there are several: see state/test-hooks). */
    readonly __hipViewerProbe?: ViewerProbe;
  }
}

/**
 * Counts rendered frames (an idle viewer must render none) and exposes renderer counts.
 * Allocation-free inside the frame callback.
 */
export function FrameProbe() {
  const gl = useThree((state) => state.gl);
  const get = useThree((state) => state.get);
  const store = useViewerStoreApi();
  const probe = useRef<ViewerProbe>({
    frames: 0,
    drawCalls: 0,
    triangles: 0,
    getView: () => null,
    getModelPhase: () => 'loading',
    pendingFrames: () => 0,
    traceDrawCalls: () => {},
    drawCallTrace: () => [],
    renderCounts: () => ({}),
    markerRegionBuilds: () => 0,
    renderTimes: () => [],
    gpuResources: () => ({ geometries: 0, textures: 0, programs: 0 }),
  });
  const scene = useThree((state) => state.scene);

  useEffect(() => {
    probe.current.getView = () => store.getState().view;
    probe.current.getModelPhase = () => store.getState().model.phase;
    probe.current.pendingFrames = () => get().internal.frames;
    const records: DrawCallRecord[] = [];
    let tracing = false;
    probe.current.traceDrawCalls = () => {
      if (tracing) return;
      tracing = true;
      startTracing(gl, records);
    };
    probe.current.drawCallTrace = () => records.slice();
    if (!testHooksEnabled()) return;
    // A ring of render end times, written after each render without allocating.
    const times = new Float64Array(RENDER_TIMES_KEPT);
    let rendered = 0;
    const previousAfterRender = scene.onAfterRender;
    scene.onAfterRender = () => {
      times[rendered % RENDER_TIMES_KEPT] = performance.now();
      rendered += 1;
    };
    probe.current.renderTimes = () => {
      const kept = Math.min(rendered, RENDER_TIMES_KEPT);
      return Array.from(
        { length: kept },
        (_, i) => times[(rendered - kept + i) % RENDER_TIMES_KEPT]!,
      );
    };
    probe.current.renderCounts = () => renderCounts(store);
    probe.current.markerRegionBuilds = () =>
      (get().scene.getObjectByName('motor-point-regions')?.userData.builds as number) ?? 0;
    probe.current.gpuResources = () => ({
      geometries: gl.info.memory.geometries,
      textures: gl.info.memory.textures,
      programs: gl.info.programs?.length ?? 0,
    });
    const unregister = registerTestHook(store, 'probe', probe.current);
    return () => {
      scene.onAfterRender = previousAfterRender;
      unregister();
    };
  }, [store, get, gl, scene]);

  useFrame(() => {
    const p = probe.current;
    p.frames += 1;
    // Counts of the previous frame: render info resets at the start of each frame.
    p.drawCalls = gl.info.render.calls;
    p.triangles = gl.info.render.triangles;
  });
  return null;
}
