import { Vector2, WebGLRenderer } from 'three';

/** The device pixel ratios the view renders at: the screen's, within these bounds. */
export const PIXEL_RATIO_RANGE: [min: number, max: number] = [1, 2];

/**
 * The drawing buffer the 3D view asks for (three's defaults, plus r3f's transparent canvas);
 * multisampling only where a GPU draws it (see `contextAttributes`).
 */
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

/** Renderer names of WebGL drawn by the CPU (Chromium's SwiftShader, Mesa's llvmpipe, Windows' WARP). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * Whether a WebGL renderer name (`UNMASKED_RENDERER_WEBGL`, else `RENDERER`) is a CPU renderer.
 * @internal
 */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE_RENDERER.test(name);
}

/**
 * The context attributes for a renderer drawn by the GPU or by the CPU. Drawn by the CPU,
 * multisampling about halves the frame rate (hip.glb orbiting in plain three.js: 3.7 against
 * 7.5 frames a second) and a click waited for the frame before it: click -> highlight on a
 * posed skeleton was 89-114 ms median with it, 17-28 ms without. There the edges stay jagged
 * and the thinnest nerves can break into dashes at a distance; a GPU keeps multisampling.
 * @internal
 */
export function contextAttributes(software: boolean): WebGLContextAttributes {
  return { ...CONTEXT_ATTRIBUTES, antialias: !software };
}

/**
 * Asks a throwaway 1 px context which renderer the browser would give the view (a context's
 * antialiasing is fixed when it is made, so the view's own cannot be asked first). False when
 * WebGL 2 is missing: the view's own context then reports that.
 */
function rendersInSoftware(): boolean {
  const probe = document.createElement('canvas');
  probe.width = 1;
  probe.height = 1;
  const gl = probe.getContext('webgl2', { antialias: false, depth: false, alpha: false });
  if (!gl) return false;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info
      ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL)
      : gl.getParameter(gl.RENDERER);
    return isSoftwareRenderer(String(name));
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

/**
 * The view's renderer, on the one WebGL context the view keeps. A browser that has the WebGL
 * API but cannot make a context (GPU blocked, WebGL turned off) is reported through
 * `onUnavailable` (the page then swaps the view for its fallback) before the view's error
 * boundary gets the error.
 */
export function createRenderer(
  canvas: HTMLCanvasElement,
  onUnavailable?: () => void,
): WebGLRenderer {
  const attributes = contextAttributes(rendersInSoftware());
  const context = canvas.getContext('webgl2', attributes);
  if (!context) {
    onUnavailable?.();
    throw new Error('This browser could not start WebGL 2 for the 3D view.');
  }
  const renderer = new WebGLRenderer({ ...attributes, canvas, context });
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
