/**
 * True when the browser can create a WebGL context. Costs a context of its own (a long task on
 * a slow device): the embed checks it before its 3D chunk; the app only asks whether the API
 * exists (`hasWebGLApi`) and lets the 3D view say when its own context fails.
 */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!context) return false;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/** Whether the browser has WebGL 2 at all (no context made; it may still be turned off). */
export function hasWebGLApi(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Phone-sized screens, where the 3D view waits for the user to ask for it. */
export function isSmallScreen(): boolean {
  return window.matchMedia?.('(max-width: 480px)').matches ?? false;
}
