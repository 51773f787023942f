import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useViewerStoreApi } from '../state';

/** Read-only figures a test or benchmark can read from the page: frames drawn and renderer counts. */
export interface ViewerProbe {
  frames: number;
  drawCalls: number;
  triangles: number;
  getView: () => unknown;
  getModelPhase: () => string;
  /** Frames requested but not drawn yet (an animation in progress keeps asking). */
  pendingFrames: () => number;
}

declare global {
  interface Window {
    __hipViewerProbe?: ViewerProbe;
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
  });

  useEffect(() => {
    probe.current.getView = () => store.getState().view;
    probe.current.getModelPhase = () => store.getState().model.phase;
    probe.current.pendingFrames = () => get().internal.frames;
    window.__hipViewerProbe = probe.current;
    return () => {
      if (window.__hipViewerProbe === probe.current) delete window.__hipViewerProbe;
    };
  }, [store, get]);

  useFrame(() => {
    const p = probe.current;
    p.frames += 1;
    // Counts of the previous frame: render info resets at the start of each frame.
    p.drawCalls = gl.info.render.calls;
    p.triangles = gl.info.render.triangles;
  });
  return null;
}
