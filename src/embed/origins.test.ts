import { describe, expect, it } from 'vitest';
import { eventTargets, isOriginAllowed, parseAllowedOrigins } from './origins';

const SELF = 'https://viewer.example';

describe('allowed origins', () => {
  it('allows only the viewer itself by default', () => {
    const { allowed, invalid } = parseAllowedOrigins(null, SELF);
    expect(invalid).toEqual([]);
    expect(isOriginAllowed(allowed, SELF)).toBe(true);
    expect(isOriginAllowed(allowed, 'https://other.example')).toBe(false);
    expect(eventTargets(allowed)).toEqual([SELF]);
  });

  it('reads a comma-separated list and reports entries that are not origins', () => {
    const { allowed, invalid } = parseAllowedOrigins(
      'https://school.example, http://127.0.0.1:8080/,ftp://x.example,https://a.example/page,nope',
      SELF,
    );
    expect(eventTargets(allowed)).toEqual(['https://school.example', 'http://127.0.0.1:8080']);
    expect(invalid).toEqual(['ftp://x.example', 'https://a.example/page', 'nope']);
    // Listing origins replaces the default: the viewer's own origin must be listed to stay.
    expect(isOriginAllowed(allowed, SELF)).toBe(false);
  });

  it('allows any origin with *', () => {
    const { allowed } = parseAllowedOrigins('*', SELF);
    expect(isOriginAllowed(allowed, 'https://anyone.example')).toBe(true);
    expect(eventTargets(allowed)).toEqual(['*']);
  });
});
