/**
 * Origins, besides the app's own, that a link may load a model from (`?model=https://…`).
 * Each one must also be in the site's Content-Security-Policy `connect-src`, or the browser
 * blocks the download. Example: `['https://models.example.org']`. Empty: same origin only.
 */
export const MODEL_ORIGINS: readonly string[] = [];
