/**
 * The URL parameters an embed accepts, which the element's attributes mirror one to one.
 * A plain list so the element needs no domain code; a unit test keeps it in step with the
 * URL parser.
 * @internal
 */
export const VIEW_PARAMS = [
  'show',
  'ghost',
  'hide',
  'peel',
  'sel',
  'point',
  'cam',
  'mode',
  'labels',
  'pins',
  'markers',
  'xray',
  'types',
  'conf',
  'pmuscle',
  'acu',
  'preset',
  'stance',
  'dys',
  'task',
  'comp',
  'mass',
  'height',
  'body',
  'strength',
  'cane',
] as const;

/**
 * Parameters of the embed route itself (not view state).
 * @internal
 */
export const EMBED_ONLY_PARAMS = ['ui', 'controls', 'quiz', 'lang', 'story'] as const;

const FORWARDED_ATTRIBUTES = [...VIEW_PARAMS, ...EMBED_ONLY_PARAMS] as const;

/**
 * The address of the viewer page for an element: its attributes as parameters, plus the page's
 * origin as the only one allowed to send commands.
 */
export function embedPageUrl(
  page: URL,
  attribute: (name: string) => string | null,
  hostOrigin: string,
): string {
  const url = new URL(page);
  for (const name of FORWARDED_ATTRIBUTES) {
    const value = attribute(name);
    if (value !== null) url.searchParams.set(name, value);
  }
  url.searchParams.set('origins', hostOrigin);
  return url.href;
}

/**
 * The element's `src` or `poster` as an address, or null when it is not http(s): a
 * `javascript:` frame source would run in the host page, and `data:` or `blob:` ones give an
 * opaque origin nobody can talk to. Relative addresses resolve against `base`.
 */
export function safeHttpUrl(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
