/** Who may send commands to an embedded viewer (`origins=` parameter). */
export type AllowedOrigins = { any: true } | { any: false; list: string[] };

/**
 * Read `origins=https://a.example,https://b.example` (or `*`). Without it only the viewer's
 * own origin may send commands. Entries that are not http(s) origins are returned as invalid.
 */
export function parseAllowedOrigins(
  param: string | null,
  selfOrigin: string,
): { allowed: AllowedOrigins; invalid: string[] } {
  if (param === null || param.trim() === '') {
    return { allowed: { any: false, list: [selfOrigin] }, invalid: [] };
  }
  const list: string[] = [];
  const invalid: string[] = [];
  for (const entry of param
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (entry === '*') return { allowed: { any: true }, invalid: [] };
    const origin = originOf(entry);
    if (origin) list.push(origin);
    else invalid.push(entry);
  }
  return { allowed: { any: false, list: [...new Set(list)] }, invalid };
}

function originOf(entry: string): string | null {
  try {
    const url = new URL(entry);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Only a bare origin: a path or query would suggest a misunderstanding.
    if (`${url.origin}` !== entry.replace(/\/$/, '')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function isOriginAllowed(allowed: AllowedOrigins, origin: string): boolean {
  return allowed.any || allowed.list.includes(origin);
}

/** Where events may be posted: each allowed origin, or anywhere for `*`. */
export function eventTargets(allowed: AllowedOrigins): string[] {
  return allowed.any ? ['*'] : allowed.list;
}
