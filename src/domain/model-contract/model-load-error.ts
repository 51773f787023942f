import { messages } from '../messages';

const text = messages.robustness;

/**
 * A readable message for a model that failed to load: what went wrong (not found, not a glTF,
 * no connection, unreadable) and how to fix it. Reads the errors of three's FileLoader
 * ("responded with 404: Not Found"), the glTF loader and fetch, as wrapped by the loader hook
 * ("Could not load <url>: …").
 */
export function describeModelLoadError(error: unknown, url: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const prefix = `Could not load ${url}: `;
  const detail = (raw.startsWith(prefix) ? raw.slice(prefix.length) : raw).trim() || raw;
  const http = /responded with (\d{3})(?::\s*([^\n]*))?/.exec(detail);
  if (http) return text.modelNotFound(url, [http[1], http[2]].filter(Boolean).join(' '));
  if (/failed to fetch|networkerror|load failed|network error|ERR_/i.test(detail)) {
    return text.modelUnreachable(url);
  }
  if (
    /unsupported asset|valid JSON|unexpected token|JSON\.parse|magic|glTF version/i.test(detail)
  ) {
    return text.modelNotGltf(url, shorten(detail));
  }
  return text.modelUnreadable(url, shorten(detail));
}

function shorten(detail: string): string {
  const line = detail.split('\n')[0] ?? detail;
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}
