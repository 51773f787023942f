import { WebGLRenderer } from 'three';

/** The drawing buffer the 3D view asks for (three's defaults, plus r3f's transparent canvas). */
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

/**
 * The view's renderer, on the one WebGL context the page makes. A browser that has the WebGL
 * API but cannot make a context (GPU blocked, WebGL turned off) is reported through
 * `onUnavailable` (the page then swaps the view for its fallback) before the view's error
 * boundary gets the error.
 */
export function createRenderer(
  canvas: HTMLCanvasElement,
  onUnavailable?: () => void,
): WebGLRenderer {
  const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  if (!context) {
    onUnavailable?.();
    throw new Error('This browser could not start WebGL 2 for the 3D view.');
  }
  return new WebGLRenderer({ ...CONTEXT_ATTRIBUTES, canvas, context });
}
