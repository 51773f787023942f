import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MechanicsInput } from './input';
import type { MechanicsResult } from './result';
import { simulate } from './simulate';

const ABDUCTORS = [
  'gluteus-medius',
  'gluteus-minimus',
  'tensor-fasciae-latae',
  'gluteus-maximus',
  'piriformis',
] as const;

function allAbductors(w: number): MechanicsInput['muscles'] {
  return Object.fromEntries(ABDUCTORS.map((id) => [id, { weakness: w }]));
}

const PALSY = {
  'gluteus-medius': { weakness: 1 },
  'gluteus-minimus': { weakness: 1 },
  'tensor-fasciae-latae': { weakness: 1 },
} as const;

/** Every numeric output of a result, by name. */
function numbers(r: MechanicsResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.posture)) out[`posture.${k}`] = v;
  for (const [k, v] of Object.entries(r.loads)) out[`loads.${k}`] = v;
  for (const [k, v] of Object.entries(r.change)) out[`change.${k}`] = v;
  if (r.hipExtensorShares) {
    out['shares.activation'] = r.hipExtensorShares.activation;
    out['shares.gluteusMaximus'] = r.hipExtensorShares.gluteusMaximus.fraction;
  }
  return out;
}

/** Largest step of each output between neighbouring points of an n-step grid over [a, b]. */
function maxJumps(
  make: (x: number) => MechanicsInput,
  a: number,
  b: number,
  n: number,
): Record<string, number> {
  const jumps: Record<string, number> = {};
  let prev = numbers(simulate(make(a)));
  for (let i = 1; i <= n; i++) {
    const next = numbers(simulate(make(a + ((b - a) * i) / n)));
    for (const [k, v] of Object.entries(next)) {
      const d = Math.abs(v - (prev[k] ?? v));
      if (!(d <= (jumps[k] ?? 0))) jumps[k] = d;
    }
    prev = next;
  }
  return jumps;
}

const SWEEPS: readonly [string, (x: number) => MechanicsInput, number, number][] = [
  ['all-abductor weakness, style 0.7', (w) => ({ muscles: allAbductors(w) }), 0, 1],
  [
    'all-abductor weakness, style 0 (through the drop cap)',
    (w) => ({ muscles: allAbductors(w), compensationStyle: 0 }),
    0,
    1,
  ],
  [
    'compensation style, no abductors',
    (s) => ({ muscles: allAbductors(1), compensationStyle: s }),
    0,
    1,
  ],
  [
    'contralateral cane load, palsy (through deficit 0 and the force floor)',
    (c) => ({ muscles: PALSY, cane: { side: 'contralateral', loadBW: c } }),
    0,
    0.5,
  ],
  [
    'ipsilateral cane load, palsy',
    (c) => ({ muscles: PALSY, cane: { side: 'ipsilateral', loadBW: c } }),
    0,
    0.5,
  ],
  ['forced drop', (d) => ({ forcedPosture: { pelvicDropDeg: d } }), -20, 20],
  ['forced lean', (l) => ({ forcedPosture: { pelvicDropDeg: 5, trunkLeanDeg: l } }), -45, 45],
  [
    'hinge flexion, weak gluteus maximus',
    (b) => ({
      task: { kind: 'hip-hinge', trunkFlexionDeg: b },
      muscles: { 'gluteus-maximus': { weakness: 0.6 } },
    }),
    0,
    90,
  ],
  [
    'gluteus maximus weakness in a hinge',
    (w) => ({
      task: { kind: 'hip-hinge', trunkFlexionDeg: 45 },
      muscles: { 'gluteus-maximus': { weakness: w } },
    }),
    0,
    1,
  ],
  [
    'iliopsoas tightness',
    (t) => ({ task: { kind: 'quiet-standing' }, muscles: { iliacus: { tightness: t } } }),
    0,
    1,
  ],
  ['psoas activation', (a) => ({ psoasActivation: a }), 0, 1],
  ['body mass, palsy', (m) => ({ bodyMassKg: m, muscles: PALSY }), 20, 250],
  [
    'height, palsy, style 0',
    (h) => ({ heightM: h, muscles: PALSY, compensationStyle: 0 }),
    1.2,
    2.2,
  ],
  [
    'passive stiffness K_p, palsy, style 0',
    (k) => ({
      muscles: PALSY,
      compensationStyle: 0,
      parameters: { passiveAbductionStiffnessNmPerKgPerDeg: k },
    }),
    0.04,
    0.12,
  ],
];

describe('continuity: small input steps give small output steps', () => {
  it.each(SWEEPS)('%s', (_label, make, a, b) => {
    const coarse = maxJumps(make, a, b, 50);
    const fine = maxJumps(make, a, b, 500);
    for (const [k, fineJump] of Object.entries(fine)) {
      // A jump discontinuity keeps its size when the grid is refined; a continuous (piecewise
      // smooth) output shrinks about tenfold. Allow a factor 3 and a numerical floor.
      expect(fineJump, k).toBeLessThanOrEqual((coarse[k] ?? 0) / 3 + 1e-6);
    }
  });
});

const weaknessVector = fc.tuple(...ABDUCTORS.map(() => fc.double({ min: 0, max: 1, noNaN: true })));
const styleArb = fc.double({ min: 0, max: 1, noNaN: true });
const strengthArb = fc.constantFrom('young-adult' as const, 'older-adult' as const);

function muscles(w: readonly number[]): MechanicsInput['muscles'] {
  return Object.fromEntries(ABDUCTORS.map((id, i) => [id, { weakness: w[i] ?? 0 }]));
}

describe('invariants', () => {
  it('more weakness never reduces drop plus lean (nor either one)', () => {
    fc.assert(
      fc.property(
        weaknessVector,
        weaknessVector,
        styleArb,
        strengthArb,
        (w, extra, style, strength) => {
          const more = w.map((v, i) => Math.min(1, v + (extra[i] ?? 0) * (1 - v)));
          const a = simulate({
            muscles: muscles(w),
            compensationStyle: style,
            baselineStrength: strength,
          });
          const b = simulate({
            muscles: muscles(more),
            compensationStyle: style,
            baselineStrength: strength,
          });
          const tol = 1e-5;
          expect(b.posture.pelvicDropDeg).toBeGreaterThanOrEqual(a.posture.pelvicDropDeg - tol);
          expect(b.posture.trunkLeanOnPelvisDeg).toBeGreaterThanOrEqual(
            a.posture.trunkLeanOnPelvisDeg - tol,
          );
          expect(b.posture.pelvicDropDeg + b.posture.trunkLeanOnPelvisDeg).toBeGreaterThanOrEqual(
            a.posture.pelvicDropDeg + a.posture.trunkLeanOnPelvisDeg - tol,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('weakness changes loads only through posture', () => {
    // The loads of a weak person equal those of a healthy person forced into the same posture.
    fc.assert(
      fc.property(weaknessVector, styleArb, (w, style) => {
        const weak = simulate({ muscles: muscles(w), compensationStyle: style });
        const dropDeg = weak.posture.pelvicDropDeg;
        const healthyInSamePosture = simulate({
          forcedPosture: { pelvicDropDeg: dropDeg, trunkLeanDeg: weak.posture.trunkLeanDeg },
        });
        for (const [k, v] of Object.entries(weak.loads)) {
          expect(healthyInSamePosture.loads[k as keyof typeof weak.loads], k).toBeCloseTo(v, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a weakness that leaves the pelvis level changes no load', () => {
    fc.assert(
      fc.property(weaknessVector, strengthArb, (w, strength) => {
        const r = simulate({ muscles: muscles(w), baselineStrength: strength });
        if (r.posture.pelvicDropDeg === 0 && r.posture.trunkLeanOnPelvisDeg === 0) {
          for (const v of Object.values(r.change)) expect(v).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a 50 % weak gluteus medius alone changes no load', () => {
    const r = simulate({ muscles: { 'gluteus-medius': { weakness: 0.5 } } });
    expect(r.change).toEqual({
      abductorForcePct: 0,
      hipJointReactionPct: 0,
      kneeAdductionMomentPct: 0,
      l5s1CompressionPct: 0,
      l5s1CompressionWithSideBendingPct: 0,
      l5s1ShearPct: 0,
    });
    expect(r.posture.pelvicDropDeg).toBe(0);
    expect(r.posture.trunkLeanDeg).toBe(0);
  });

  it('a heavier contralateral cane never raises the abductor force; a deeper drop raises the knee moment', () => {
    let prevForce = Number.POSITIVE_INFINITY;
    for (let c = 0; c <= 0.5; c += 0.01) {
      const f = simulate({ cane: { side: 'contralateral', loadBW: c } }).loads.abductorForceBW;
      expect(f).toBeLessThanOrEqual(prevForce + 1e-12);
      prevForce = f;
    }
    let prevKam = Number.NEGATIVE_INFINITY;
    for (let d = 0; d <= 20; d += 0.5) {
      const k = simulate({ forcedPosture: { pelvicDropDeg: d } }).loads.kneeAdductionMomentNmPerKg;
      expect(k).toBeGreaterThan(prevKam);
      prevKam = k;
    }
  });

  it('outputs are finite for any valid input', () => {
    fc.assert(
      fc.property(
        weaknessVector,
        styleArb,
        fc.double({ min: 20, max: 250, noNaN: true }),
        fc.double({ min: 1.2, max: 2.2, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.constantFrom('contralateral' as const, 'ipsilateral' as const),
        (w, style, mass, height, cane, side) => {
          const r = simulate({
            muscles: muscles(w),
            compensationStyle: style,
            bodyMassKg: mass,
            heightM: height,
            cane: { side, loadBW: cane },
          });
          for (const [k, v] of Object.entries(numbers(r))) expect(Number.isFinite(v), k).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
