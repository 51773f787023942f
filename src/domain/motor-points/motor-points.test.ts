import { describe, expect, it } from 'vitest';
import { motorPointRecordSchema } from '../../../tests/support/schemas/motor-point.schema';
import { LANDMARK_IDS, MUSCLE_IDS, NERVE_IDS } from '../anatomy';
import { MOTOR_POINT_RECORDS, MOTOR_POINTS } from './data/motor-points';
import { landmarksOfRule } from './landmark-rule';
import { evidenceHref, FINER_TYPES, isQuizScorable, placementConfidenceOf } from './motor-point';

describe('MOTOR_POINTS data', () => {
  it('holds all 25 source records and shows all but the one awaiting its reference lines', () => {
    expect(MOTOR_POINT_RECORDS).toHaveLength(25);
    expect(MOTOR_POINTS.map((r) => r.id)).not.toContain('piriformis-nerve-dense-center');
    expect(MOTOR_POINTS).toHaveLength(24);
  });

  it.each(MOTOR_POINT_RECORDS.map((r) => [r.id, r] as const))(
    '%s validates against the schema',
    (_, record) => {
      const result = motorPointRecordSchema.safeParse(record);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it('has unique ids', () => {
    const ids = MOTOR_POINTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses vocabulary ids for muscles, nerves and every landmark a rule names', () => {
    for (const r of MOTOR_POINTS) {
      expect(MUSCLE_IDS, r.id).toContain(r.muscle);
      if (r.nerve.id !== null) expect(NERVE_IDS, r.id).toContain(r.nerve.id);
      for (const landmark of landmarksOfRule(r.rule)) {
        expect(LANDMARK_IDS, `${r.id} names ${landmark}`).toContain(landmark);
      }
    }
  });

  it('gives every record a citation with a DOI or URL', () => {
    for (const r of MOTOR_POINTS) {
      expect(r.evidence.citation.length, r.id).toBeGreaterThan(20);
      expect(evidenceHref(r.evidence), r.id).toMatch(/^https:\/\//);
    }
  });

  it('groups each finer type under its point type', () => {
    for (const r of MOTOR_POINTS) expect(r.pointType, r.id).toBe(FINER_TYPES[r.finerType]);
  });

  it('keeps nominal values inside their stated ranges', () => {
    for (const { id, rule } of MOTOR_POINTS) {
      const pairs: [number, readonly [number, number] | undefined][] = [];
      if (rule.kind === 'line-fraction') {
        pairs.push([rule.fraction, rule.fractionRange]);
        const p = rule.perpendicular;
        if (p && 'toward' in p) pairs.push([p.fraction, p.fractionRange]);
        if (p && 'direction' in p) pairs.push([p.offsetMm, p.offsetRangeMm]);
      }
      if (rule.kind === 'offset') pairs.push([rule.offsetMm, rule.offsetRangeMm]);
      if (rule.kind === 'quad') pairs.push([rule.u, rule.uRange], [rule.v, rule.vRange]);
      for (const [value, range] of pairs) {
        if (!range) continue;
        expect(value, id).toBeGreaterThanOrEqual(range[0]);
        expect(value, id).toBeLessThanOrEqual(range[1]);
      }
    }
  });

  it('flags the reference axis as unverified wherever the source axis is unclear', () => {
    for (const r of MOTOR_POINTS) {
      if (r.figureStatus === 'measured-axis-unclear') expect(r.axisUnverified, r.id).toBe(true);
    }
    expect(MOTOR_POINT_RECORDS.filter((r) => r.axisUnverified).map((r) => r.id)).toContain(
      'piriformis-nerve-dense-center',
    );
  });

  it('keeps the source wording of each location', () => {
    for (const r of MOTOR_POINTS)
      expect(r.sourceLocation.description.length, r.id).toBeGreaterThan(40);
  });

  it('turns every description-only location into an explicit rule with a reading note', () => {
    const described = MOTOR_POINTS.filter((r) => r.sourceLocation.method === 'description');
    expect(described.length).toBeGreaterThanOrEqual(8);
    for (const r of described) expect(r.rule.readingNote, r.id).toMatch(/assum|inferen|read/i);
  });
});

describe('placement confidence and quiz eligibility', () => {
  it('keeps placement confidence apart from evidence confidence', () => {
    const byId = (id: string) => {
      const r = MOTOR_POINT_RECORDS.find((x) => x.id === id);
      if (!r) throw new Error(id);
      return r;
    };
    // Moderate evidence, guessed placement.
    for (const id of [
      'gluteus-maximus-middle-nerve-dense-zone',
      'tensor-fasciae-latae-entry-near-lcfa',
    ]) {
      expect(byId(id).confidence, id).toBe('moderate');
      expect(placementConfidenceOf(byId(id)), id).toBe('low');
    }
    expect(placementConfidenceOf(byId('gluteus-medius-posterior'))).toBe('moderate');
  });

  it('quizzes only measured coordinates on a confirmed axis', () => {
    const scorable = MOTOR_POINT_RECORDS.filter(isQuizScorable).map((r) => r.id);
    expect(scorable).toContain('gluteus-medius-posterior');
    for (const id of [
      'gluteus-medius-anterior',
      'gluteus-minimus-posterior',
      'gluteus-maximus-central-stimulation-site',
      'gluteus-maximus-caudal-nerve-dense-zone',
      'piriformis-nerve-dense-center',
    ])
      expect(scorable, id).not.toContain(id);
  });
});
