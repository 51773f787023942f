import { describe, expect, it } from 'vitest';
import { mechanics as text } from '../messages/en/mechanics';
import { describeResult } from './describe-result';
import type { MechanicsInput } from './input';
import { MECHANICS_PRESETS } from './presets';
import type { MechanicsResult } from './result';
import { simulate } from './simulate';

/** Inputs: every preset, and a grid over weakness, style, strength, cane, forced posture, tasks. */
function inputs(): MechanicsInput[] {
  const list: MechanicsInput[] = MECHANICS_PRESETS.map((p) => p.input);
  for (const weakness of [0, 0.5, 0.8, 1]) {
    for (const style of [0, 0.25, 0.5, 0.7, 1]) {
      for (const baselineStrength of ['young-adult', 'older-adult'] as const) {
        for (const cane of [undefined, { side: 'contralateral' as const, loadBW: 0.1 }]) {
          list.push({
            baselineStrength,
            compensationStyle: style,
            muscles: {
              'gluteus-medius': { weakness },
              'gluteus-minimus': { weakness },
              'tensor-fasciae-latae': { weakness: weakness / 2 },
            },
            ...(cane ? { cane } : {}),
          });
        }
      }
    }
  }
  for (const drop of [-6, -2, 0, 2, 4, 8, 14]) {
    for (const lean of [undefined, -10, 0, 5, 15]) {
      list.push({
        forcedPosture: {
          pelvicDropDeg: drop,
          ...(lean === undefined ? {} : { trunkLeanDeg: lean }),
        },
      });
    }
  }
  for (const tightness of [0, 0.3, 0.8, 1]) {
    for (const task of [
      { kind: 'quiet-standing' } as const,
      { kind: 'hip-hinge', trunkFlexionDeg: 45 } as const,
      { kind: 'single-leg-stance' } as const,
    ]) {
      list.push({
        task,
        muscles: { 'psoas-major': { tightness }, 'gluteus-maximus': { weakness: tightness } },
      });
    }
  }
  return list;
}

const d = text.describe;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every "<load> rises/falls [about N %]" in a sentence must match the sign (and size) of its change. */
function checkLoads(sentence: string, r: MechanicsResult) {
  const changes: Record<string, number> = {
    [d.loadNames.kneeAdductionMomentNmPerKg]: r.change.kneeAdductionMomentPct,
    [d.loadNames.hipJointReactionBW]: r.change.hipJointReactionPct,
    [d.loadNames.abductorForceBW]: r.change.abductorForcePct,
    // one name for both compressions: on two legs they are equal
    [d.loadNames.l5s1CompressionWithSideBendingBW]: r.change.l5s1CompressionWithSideBendingPct,
    [d.loadNames.l5s1ShearBW]: r.change.l5s1ShearPct,
  };
  let found = 0;
  for (const [name, pct] of Object.entries(changes)) {
    const pattern = new RegExp(`${escapeRegExp(name)} (rises|falls)(?: about (\\d+) %)?`, 'g');
    for (const match of sentence.matchAll(pattern)) {
      found++;
      const direction = match[1];
      expect(direction === 'rises' ? pct > 0 : pct < 0, `${name} ${direction} (${pct} %)`).toBe(
        true,
      );
      if (match[2] !== undefined) expect(Number(match[2])).toBe(d.aboutPercent(pct));
    }
  }
  return found;
}

function checkPosture(sentence: string, r: MechanicsResult) {
  const drop = r.posture.pelvicDropDeg - r.baseline.posture.pelvicDropDeg;
  const lean = r.posture.trunkLeanDeg - r.baseline.posture.trunkLeanDeg;
  const dropMatch = sentence.match(/pelvis drops (\d+)°/);
  if (dropMatch) expect(Math.round(drop)).toBe(Number(dropMatch[1]));
  const riseMatch = sentence.match(/pelvis rises (\d+)°/);
  if (riseMatch) expect(Math.round(-drop)).toBe(Number(riseMatch[1]));
  const toward = sentence.match(/trunk leans (\d+)° toward/);
  if (toward) expect(Math.round(lean)).toBe(Number(toward[1]));
  const away = sentence.match(/trunk leans (\d+)° away/);
  if (away) expect(Math.round(-lean)).toBe(Number(away[1]));
  if (sentence.includes(d.kneeLoadReverses)) {
    expect(r.loads.kneeAdductionMomentNmPerKg).toBeLessThanOrEqual(0);
  }
  if (sentence.includes('on the standing-leg side pull')) {
    expect(r.loads.l5s1SideBendingMomentNmPerKg).toBeLessThan(0);
  }
  if (sentence.includes('on the lifted-leg side pull')) {
    expect(r.loads.l5s1SideBendingMomentNmPerKg).toBeGreaterThan(0);
  }
}

describe('describeResult never states a direction the numbers do not have', () => {
  const all = inputs();

  it(`holds over the presets and a grid of ${all.length} inputs`, () => {
    let claims = 0;
    for (const input of all) {
      const r = simulate(input);
      const sentence = describeResult(r);
      const context = JSON.stringify(input);
      claims += checkLoads(sentence, r);
      checkPosture(sentence, r);
      const outside = r.flags.some((f) => f.id === 'centre-of-pressure-outside-foot');
      if (outside) {
        expect(sentence, context).not.toMatch(/%/);
        expect(sentence, context).toContain(d.noPercentOutsideFoot);
      }
      expect(sentence, context).not.toMatch(/NaN|undefined|Infinity/);
    }
    // The grid really exercises the claims (not a vacuous pass).
    expect(claims).toBeGreaterThan(100);
  });

  it('catches a wrong direction (the checker itself can fail)', () => {
    const r = simulate({ forcedPosture: { pelvicDropDeg: 7 } });
    const flipped = describeResult(r).replace('inner-knee load rises', 'inner-knee load falls');
    expect(() => checkLoads(flipped, r)).toThrow();
  });
});
