import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './url-safe-text';

describe('base64url text', () => {
  it('encodes without padding and with the URL-safe alphabet', () => {
    // "??>" is 0x3f 0x3f 0x3e: standard base64 "Pz8+", base64url "Pz8-".
    expect(encodeBase64Url('??>')).toBe('Pz8-');
    expect(encodeBase64Url('a')).toBe('YQ');
    expect(encodeBase64Url('')).toBe('');
  });

  it('round-trips any text, including accents and emoji', () => {
    expect(decodeBase64Url(encodeBase64Url('Hüfte – Übung 💪'))).toBe('Hüfte – Übung 💪');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeBase64Url(encodeBase64Url(text))).toBe(text);
      }),
    );
  });

  it('rejects values that are not base64url of UTF-8', () => {
    expect(decodeBase64Url('abc$')).toBeUndefined();
    expect(decodeBase64Url('Pz8+')).toBeUndefined();
    expect(decodeBase64Url('A')).toBeUndefined();
    // 0xff is never valid UTF-8.
    expect(decodeBase64Url('_w')).toBeUndefined();
  });
});
