/**
 * Is this page shown inside a frame of another origin? The full app holds the clinician's
 * saved plan and its destructive controls, so it refuses to run there (clickjacking, review
 * F4); the header `frame-ancestors 'self'` does the same in the browser where a host sends it,
 * and this covers hosts that cannot. The embed route is the page meant for framing.
 */
export function framedByAnotherOrigin(win: Window = window): boolean {
  if (win.top === win.self) return false;
  const own = win.location.origin;
  // Chromium and Safari list every ancestor's origin.
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    return Array.from(ancestors).some((origin) => origin !== own);
  }
  try {
    // Throws for a cross-origin top window.
    return win.top?.location.origin !== own;
  } catch {
    return true;
  }
}
