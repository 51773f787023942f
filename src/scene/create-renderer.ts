import { Vector2, WebGLRenderer } from 'three';

/** The device pixel ratios the view renders at: the screen's, within these bounds. */
export const PIXEL_RATIO_RANGE: [min: number, max: number] = [1, 2];

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
  const renderer = new WebGLRenderer({ ...CONTEXT_ATTRIBUTES, canvas, context });
  // Three asks the driver for each program's and shader's info log on first use, a blocking
  // round trip that costs about as much as the link itself under software rendering. Its own
  // shaders are what the view compiles: the check is for development.
  renderer.debug.checkShaderErrors = import.meta.env.DEV;
  // The ratio the canvas will have, before React Three Fiber sizes it (see below).
  const [min, max] = PIXEL_RATIO_RANGE;
  renderer.setPixelRatio(Math.min(Math.max(window.devicePixelRatio || 1, min), max));
  return resizingOnlyOnChange(renderer);
}

/**
 * React Three Fiber sets the pixel ratio and then the size whenever either changes, and three
 * resizes the canvas on each call even when nothing changed. Every resize makes a new
 * (multisampled) drawing buffer: a few hundred milliseconds each under software rendering, two
 * or three times before the first frame. Here only a real change resizes the canvas, and the
 * renderer starts at the screen's ratio, so the first sizing is the only full-size one.
 */
function resizingOnlyOnChange(renderer: WebGLRenderer): WebGLRenderer {
  const canvas = renderer.domElement;
  const setSize = renderer.setSize.bind(renderer);
  const setPixelRatio = renderer.setPixelRatio.bind(renderer);
  const size = new Vector2();
  renderer.setPixelRatio = (ratio) => {
    if (ratio !== renderer.getPixelRatio()) setPixelRatio(ratio);
  };
  renderer.setSize = (width, height, updateStyle = true) => {
    const ratio = renderer.getPixelRatio();
    renderer.getSize(size);
    const unchanged =
      size.x === width &&
      size.y === height &&
      canvas.width === Math.floor(width * ratio) &&
      canvas.height === Math.floor(height * ratio);
    if (!unchanged) {
      setSize(width, height, updateStyle);
    } else if (updateStyle) {
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
  };
  return renderer;
}
