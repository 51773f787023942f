import { describe, expect, it } from 'vitest';
import { acupunctureCardContent, acupunctureSourceLinks, groupSafetyFor } from './acupuncture-card';
import { acupunctureKey, parseAcupunctureKey } from './acupuncture-key';
import { ACUPUNCTURE_POINTS } from './data/acupuncture-points';

const point = (code: string) => {
  const found = ACUPUNCTURE_POINTS.find((p) => p.code === code);
  if (!found) throw new Error(`test: no point ${code}`);
  return found;
};

describe('acupuncture keys', () => {
  it('round-trips every point on both sides, and keeps apart from motor point keys', () => {
    for (const p of ACUPUNCTURE_POINTS) {
      for (const side of ['left', 'right'] as const) {
        const key = acupunctureKey(p.code, side);
        expect(key).toBe(`acu:${p.code}:${side}`);
        expect(parseAcupunctureKey(key)).toEqual({ point: p, side });
      }
    }
    expect(parseAcupunctureKey('acu:EX-B7:right')?.point.code).toBe('EX-B7');
  });

  it('rejects unknown codes, sides and motor point keys', () => {
    expect(parseAcupunctureKey('acu:GB99:left')).toBeUndefined();
    expect(parseAcupunctureKey('acu:GB30:midline')).toBeUndefined();
    expect(parseAcupunctureKey('gluteus-medius-posterior:left')).toBeUndefined();
    expect(parseAcupunctureKey('GB30:left')).toBeUndefined();
  });
});

describe('acupuncture card content', () => {
  it('GB30: WHO rule, not approximate, buttock group safety, sources with links', () => {
    const card = acupunctureCardContent(point('GB30'), 'left');
    expect(card.title).toBe('GB30 Huántiào (left)');
    expect(card.ruleHeading).toMatch(/WHO 2008/);
    expect(card.ruleText).toMatch(/greater trochanter/);
    expect(card.approximate).toBeNull();
    expect(card.cunHeuristic).toBeNull();
    expect(card.depth.length).toBeGreaterThan(0);
    expect(card.safety.some((s) => /sciatic/i.test(s))).toBe(true);
    expect(card.sources.length).toBeGreaterThan(0);
    expect(card.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
    expect(card.caveats.length).toBeGreaterThan(0);
  });

  it('an extra point uses its own rule, says it is not in WHO 2008 and is approximate', () => {
    const card = acupunctureCardContent(point('EX-B7'), 'right');
    expect(card.ruleHeading).toMatch(/not in WHO 2008/);
    expect(card.ruleText).toMatch(/L4/);
    expect(card.verification).toMatch(/Not part of WHO 2008/);
    expect(card.approximate).toMatch(/app estimate/);
    expect(card.cunHeuristic).toMatch(/no scapula/);
  });

  it('every point has a rule text, a depth and at least one source', () => {
    for (const p of ACUPUNCTURE_POINTS) {
      const card = acupunctureCardContent(p, 'left');
      expect(card.ruleText, p.code).not.toBe('');
      expect(card.depth, p.code).not.toBe('');
      expect(card.sources.length, p.code).toBeGreaterThan(0);
    }
  });

  it('group safety notes match whole codes only', () => {
    expect(groupSafetyFor('GB30').length).toBeGreaterThan(0);
    expect(groupSafetyFor('GB3')).toEqual([]);
    expect(groupSafetyFor('BL23').some((s) => /kidney/.test(s))).toBe(true);
  });

  it('links a source to its page for the point when it has one, each source once', () => {
    const links = acupunctureSourceLinks(point('GB31'));
    expect(new Set(links.map((l) => l.title)).size).toBe(links.length);
    expect(links.map((l) => l.url)).toContain('https://higokoro.com/tag/gb31/');
  });
});
