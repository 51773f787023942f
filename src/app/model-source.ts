import { messages } from '../domain/messages';
import { MODEL_ORIGINS } from './model-origins';

/** Which model the viewer loads: the built-in one, another allowed one, or none (refused). */
export type ModelSource =
  | { kind: 'built-in'; url: string }
  | { kind: 'custom'; url: string }
  | { kind: 'refused'; problem: string };

/**
 * Read the `model=` parameter: a path on this site or an http(s) address on an allowed origin.
 * Anything else is refused with a message that says why (the viewer then offers the built-in
 * model). Never throws.
 */
export function resolveModelSource(
  param: string | null,
  pageUrl: string,
  builtInUrl: string,
  allowedOrigins: readonly string[] = MODEL_ORIGINS,
): ModelSource {
  const value = param?.trim() ?? '';
  if (value === '') return { kind: 'built-in', url: builtInUrl };
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { kind: 'refused', problem: messages.robustness.modelBadAddress(value) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'refused', problem: messages.robustness.modelBadAddress(value) };
  }
  const own = new URL(pageUrl).origin;
  if (url.origin !== own && !allowedOrigins.includes(url.origin)) {
    return { kind: 'refused', problem: messages.robustness.modelOriginRefused(value, url.origin) };
  }
  const builtIn = new URL(builtInUrl, pageUrl).href;
  return url.href === builtIn
    ? { kind: 'built-in', url: builtInUrl }
    : { kind: 'custom', url: url.origin === own ? `${url.pathname}${url.search}` : url.href };
}
