/** True when the browser can create a WebGL context (checked before loading the 3D chunk). */
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

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Phone-sized screens, where the 3D view waits for the user to ask for it. */
export function isSmallScreen(): boolean {
  return window.matchMedia?.('(max-width: 480px)').matches ?? false;
}
