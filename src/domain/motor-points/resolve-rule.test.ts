import { describe, expect, it } from 'vitest';
import { distance, type Vec3 } from '../geometry';
import { resolveAnchor } from './anchor';
import { anatomicalVector } from './direction';
import type { LandmarkRule } from './landmark-rule';
import { resolveRule } from './resolve-rule';
import { RuleProblemError } from './rule-problem';
import { syntheticLandmarks } from './synthetic-hip.fixture';

const landmarks = syntheticLandmarks();
const NOTE = 'Reading note long enough to satisfy the schema in the data tests.';

function at(rule: LandmarkRule, side: 'left' | 'right' = 'right'): Vec3 {
  const r = resolveRule(rule, side, landmarks, 10);
  return r.at(r.nominal[0], r.nominal[1]);
}

function expectClose(actual: Vec3, expected: Vec3, label = ''): void {
  expect(distance(actual, expected), label).toBeLessThan(1e-9);
}

describe('anatomical directions', () => {
  it('maps lateral to -X on the right and +X on the left; medial the opposite', () => {
    expect(anatomicalVector('lateral', 'right')).toEqual([-1, 0, 0]);
    expect(anatomicalVector('lateral', 'left')).toEqual([1, 0, 0]);
    expect(anatomicalVector('medial', 'right')).toEqual([1, 0, 0]);
    expect(anatomicalVector('superior', 'left')).toEqual([0, 1, 0]);
    expect(anatomicalVector('anterior', 'right')).toEqual([0, 0, 1]);
    expect(anatomicalVector('posterior', 'right')).toEqual([0, 0, -1]);
  });
});

describe('anchors', () => {
  it('interpolates between two landmarks', () => {
    // ASIS (-0.125, 0.10, 0.06), iliac tubercle (-0.145, 0.135, 0.03)
    expectClose(
      resolveAnchor({ between: ['ASIS', 'iliac-tubercle'], fraction: 0.5 }, 'right', landmarks),
      [-0.135, 0.1175, 0.045],
    );
  });

  it('finds the point of a line level with another landmark, plus an offset', () => {
    // L4 SP (0, 0.21, -0.11) → L5 SP (0, 0.17, -0.115); S2 foramen at y 0.065 → t = 3.625
    const p = resolveAnchor(
      {
        onLine: ['L4-spinous-process', 'L5-spinous-process'],
        levelOf: 'S2-posterior-sacral-foramen',
      },
      'right',
      landmarks,
    );
    expectClose(p, [0, 0.065, -0.11 - 3.625 * 0.005]);
    const raised = resolveAnchor(
      { onLine: ['ASIS', 'patella-center'], levelOf: 'ASIS', levelOffsetMm: -51 },
      'left',
      landmarks,
    );
    // 51 mm below the ASIS on ASIS → patella centre (dy = -0.51): t = 0.1
    expectClose(raised, [0.125 - 0.1 * 0.035, 0.1 - 0.051, 0.06 - 0.1 * 0.01]);
  });

  it('throws a rule problem naming the missing landmark and the side asked for', () => {
    const lookup = syntheticLandmarks([{ id: 'coccyx-tip', side: 'midline' }]);
    try {
      resolveAnchor('coccyx-tip', 'left', lookup);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleProblemError);
      expect((error as RuleProblemError).problem).toEqual({
        code: 'missing-landmark',
        landmark: 'coccyx-tip',
        side: 'midline',
      });
    }
  });
});

describe('resolveRule', () => {
  it('offsets along named directions and toward landmarks', () => {
    expectClose(
      at(
        {
          kind: 'offset',
          from: 'sacral-hiatus',
          direction: { anatomical: ['lateral'] },
          offsetMm: 70,
          readingNote: NOTE,
        },
        'right',
      ),
      [-0.07, 0.02, -0.125],
    );
    expectClose(
      at(
        {
          kind: 'offset',
          from: 'sacral-hiatus',
          direction: { anatomical: ['lateral'] },
          offsetMm: 70,
          readingNote: NOTE,
        },
        'left',
      ),
      [0.07, 0.02, -0.125],
    );
    const s = Math.SQRT1_2 * 0.02;
    expectClose(
      at({
        kind: 'offset',
        from: 'fibular-head',
        direction: { anatomical: ['anterior', 'inferior'] },
        offsetMm: 20,
        readingNote: NOTE,
      }),
      [-0.13, -0.49 - s, -0.02 + s],
    );
    // Greater sciatic notch apex (-0.07, 0.05, -0.085) toward the trochanter tip (-0.16, -0.01, -0.01)
    const p = at({
      kind: 'offset',
      from: 'greater-sciatic-notch-apex',
      direction: { toward: 'greater-trochanter-tip' },
      offsetMm: 30,
      readingNote: NOTE,
    });
    expect(distance(p, [-0.07, 0.05, -0.085])).toBeCloseTo(0.03, 12);
  });

  it('moves a line point perpendicular to the line toward a second landmark', () => {
    // ASIS → PSIS at 0.5, then half of the perpendicular toward the lesser trochanter.
    const rule: LandmarkRule = {
      kind: 'line-fraction',
      from: 'ASIS',
      to: 'PSIS',
      fraction: 0.5,
      perpendicular: { toward: 'lesser-trochanter', fraction: 1, axis: 'to the lesser trochanter' },
      readingNote: NOTE,
    };
    const p = at(rule);
    const asis: Vec3 = [-0.125, 0.1, 0.06];
    const psis: Vec3 = [-0.045, 0.115, -0.1];
    const lt: Vec3 = [-0.1, -0.07, -0.005];
    // Moving the full perpendicular lands on the line through LT parallel to ASIS-PSIS.
    const d = [psis[0] - asis[0], psis[1] - asis[1], psis[2] - asis[2]] as const;
    const dd = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
    const rel = [p[0] - lt[0], p[1] - lt[1], p[2] - lt[2]] as const;
    const along = (rel[0] * d[0] + rel[1] * d[1] + rel[2] * d[2]) / dd;
    const off = distance(p, [lt[0] + along * d[0], lt[1] + along * d[1], lt[2] + along * d[2]]);
    expect(off).toBeLessThan(1e-12);
  });

  it('offsets perpendicular to a line by millimetres', () => {
    const p = at({
      kind: 'line-fraction',
      from: 'L4-spinous-process',
      to: 'L2-spinous-process',
      fraction: 0,
      perpendicular: { direction: ['lateral'], offsetMm: 40 },
      readingNote: NOTE,
    });
    expectClose(p, [-0.04, 0.21, -0.11]);
  });

  it('evaluates a bilinear position inside a quadrilateral', () => {
    const rule: LandmarkRule = {
      kind: 'quad',
      corners: {
        u0v0: 'PSIS',
        u1v0: 'greater-trochanter-tip',
        u0v1: 'coccyx-tip',
        u1v1: 'ischial-tuberosity',
      },
      uAxis: 'medial to lateral',
      vAxis: 'cranial to caudal',
      u: 0.25,
      v: 0.5,
      readingNote: NOTE,
    };
    const top: Vec3 = [
      -0.045 + 0.25 * (-0.16 + 0.045),
      0.115 + 0.25 * (-0.01 - 0.115),
      -0.1 + 0.25 * (-0.01 + 0.1),
    ];
    const bottom: Vec3 = [0.25 * -0.06, -0.03 + 0.25 * (-0.06 + 0.03), -0.1 + 0.25 * (-0.06 + 0.1)];
    expectClose(at(rule), [
      (top[0] + bottom[0]) / 2,
      (top[1] + bottom[1]) / 2,
      (top[2] + bottom[2]) / 2,
    ]);
  });

  it('rejects degenerate rules with a problem, not a NaN', () => {
    expect(() =>
      resolveRule(
        { kind: 'line-fraction', from: 'ASIS', to: 'ASIS', fraction: 0.5, readingNote: NOTE },
        'right',
        landmarks,
        10,
      ),
    ).toThrow(RuleProblemError);
    expect(() =>
      resolveRule(
        {
          kind: 'offset',
          from: 'ASIS',
          direction: { anatomical: ['medial', 'lateral'] },
          offsetMm: 5,
          readingNote: NOTE,
        },
        'right',
        landmarks,
        10,
      ),
    ).toThrow(RuleProblemError);
  });
});
