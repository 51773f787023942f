import { describe, expect, it } from 'vitest';
import { acupuncturePointSchema } from '../../../tests/support/schemas/acupuncture-point.schema';
import { LANDMARK_IDS } from '../anatomy';
import { landmarksOfAnchor, landmarksOfRule } from '../motor-points';
import type { AcupunctureRule } from './acupuncture-point';
import { ACUPUNCTURE_POINTS, HIP_ACUPUNCTURE_CODES } from './data/acupuncture-points';
import { ACUPUNCTURE_SOURCES } from './data/sources';

function landmarksOf(rule: AcupunctureRule): string[] {
  if (rule.kind !== 'offset-cun') return landmarksOfRule(rule);
  const toward = 'toward' in rule.direction ? landmarksOfAnchor(rule.direction.toward) : [];
  return [...landmarksOfAnchor(rule.from), ...toward];
}

describe('ACUPUNCTURE_POINTS data', () => {
  it('holds the hip points and the others the landmarks allow', () => {
    const codes = ACUPUNCTURE_POINTS.map((p) => p.code);
    for (const code of ['GB29', 'GB30', 'GB31', 'BL53', 'BL54', 'BL36', 'ST31']) {
      expect(codes).toContain(code);
    }
    expect(codes).toHaveLength(14);
    expect(new Set(codes).size).toBe(codes.length);
    expect(HIP_ACUPUNCTURE_CODES).toEqual(['GB29', 'GB30', 'GB31', 'BL53', 'BL54', 'BL36', 'ST31']);
  });

  it.each(ACUPUNCTURE_POINTS.map((p) => [p.code, p] as const))(
    '%s validates against the schema',
    (_, point) => {
      const result = acupuncturePointSchema.safeParse(point);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it('names only vocabulary landmarks in its rules', () => {
    for (const p of ACUPUNCTURE_POINTS) {
      for (const rule of [p.rule, ...p.alternatives.map((a) => a.rule)]) {
        for (const id of landmarksOf(rule)) expect(LANDMARK_IDS, `${p.code}: ${id}`).toContain(id);
      }
    }
  });

  it('cites at least one source with a URL for every point', () => {
    for (const p of ACUPUNCTURE_POINTS) {
      const urls = p.sourceIds.map((id) => ACUPUNCTURE_SOURCES[id].url).filter((u) => u !== null);
      expect(urls.length, p.code).toBeGreaterThan(0);
      for (const u of urls) expect(u, p.code).toMatch(/^https?:\/\//);
    }
  });

  it('keeps the WHO rule text for every WHO point and a used rule for extra points', () => {
    for (const p of ACUPUNCTURE_POINTS) {
      if (p.who2008.covered) expect(p.who2008.locationRule, p.code).toBeTruthy();
      else expect(p.locationRuleUsed, p.code).toBeTruthy();
    }
  });

  it('explains every approximate point', () => {
    for (const p of ACUPUNCTURE_POINTS) {
      if (p.approximate) expect(p.approximateNote, p.code).toBeTruthy();
    }
    const approx = ACUPUNCTURE_POINTS.filter((p) => p.approximate).map((p) => p.code);
    expect(approx).toEqual(expect.arrayContaining(['GB31', 'ST31', 'BL53', 'BL54']));
  });
});
