/**
 * Text ↔ base64url (RFC 4648 §5, no padding) over UTF-8, for values that travel in links:
 * session plans and stories. Pure: uses only `TextEncoder`, `TextDecoder`, `btoa` and `atob`,
 * which browsers and Node 20 both provide.
 */

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text, or `undefined` when the value is not base64url of valid UTF-8. */
export function decodeBase64Url(value: string): string | undefined {
  if (!BASE64URL.test(value) || value.length % 4 === 1) return undefined;
  const padded = value.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
