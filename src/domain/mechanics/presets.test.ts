import { describe, expect, it } from 'vitest';
import { mechanics as text } from '../messages/en/mechanics';
import { findMechanicsPreset, MECHANICS_PRESETS } from './presets';
import { simulate } from './simulate';
import { validateInput } from './validate-input';

describe('MECHANICS_PRESETS', () => {
  it('holds the seven named scenarios, each with a label and a one-line description', () => {
    expect(MECHANICS_PRESETS.map((p) => p.id)).toEqual([
      'gluteus-medius-weakness',
      'moderate-pelvic-drop',
      'trendelenburg',
      'trendelenburg-compensated',
      'tight-iliopsoas',
      'weak-gluteus-maximus-hinge',
      'contralateral-cane',
    ]);
    for (const p of MECHANICS_PRESETS) {
      expect(p.label).toBe(text.presets[p.id].label);
      expect(p.description.length).toBeGreaterThan(10);
      expect(p.description).not.toContain('\n');
      expect(findMechanicsPreset(p.id)).toBe(p);
    }
    expect(findMechanicsPreset('nope')).toBeUndefined();
  });

  it.each(MECHANICS_PRESETS.map((p) => [p.id, p] as const))('%s is valid input', (_id, p) => {
    expect(() => validateInput(p.input)).not.toThrow();
  });

  it.each(MECHANICS_PRESETS.map((p) => [p.id, p] as const))(
    '%s visibly changes posture or loads',
    (_id, p) => {
      const r = simulate(p.input);
      const postureDeg = Math.max(
        Math.abs(r.posture.pelvicDropDeg),
        Math.abs(r.posture.trunkLeanDeg),
        Math.abs(r.posture.anteriorPelvicTiltChangeDeg),
      );
      const loadPct = Math.max(...Object.values(r.change).map(Math.abs));
      const shareShift = r.hipExtensorShares
        ? Math.abs(
            r.hipExtensorShares.gluteusMaximus.fraction -
              (r.baseline.hipExtensorShares?.gluteusMaximus.fraction ?? 0),
          )
        : 0;
      expect(postureDeg >= 2 || shareShift >= 0.1).toBe(true);
      expect(loadPct >= 5 || shareShift >= 0.1).toBe(true);
    },
  );

  it('shows the scenarios they are named for', () => {
    const get = (id: string) => {
      const p = findMechanicsPreset(id);
      if (!p) throw new Error(id);
      return simulate(p.input);
    };
    // the moderate case: about the 4° drop of the gait study, knee moment up about 30 %, no lean
    const moderate = get('moderate-pelvic-drop');
    expect(moderate.posture.pelvicDropDeg).toBeGreaterThan(3.5);
    expect(moderate.posture.pelvicDropDeg).toBeLessThan(4.5);
    expect(moderate.posture.trunkLeanOnPelvisDeg).toBe(0);
    expect(moderate.change.kneeAdductionMomentPct).toBeGreaterThan(25);
    expect(moderate.change.kneeAdductionMomentPct).toBeLessThan(38);
    expect(moderate.flags.map((f) => f.id)).not.toContain('centre-of-pressure-outside-foot');
    const trendelenburg = get('trendelenburg');
    expect(trendelenburg.posture.pelvicDropDeg).toBeGreaterThan(12);
    expect(trendelenburg.posture.trunkLeanOnPelvisDeg).toBe(0);
    const compensated = get('trendelenburg-compensated');
    expect(compensated.posture.pelvicDropDeg).toBe(0);
    expect(compensated.posture.trunkLeanDeg).toBeGreaterThan(20);
    expect(get('tight-iliopsoas').posture.anteriorPelvicTiltChangeDeg).toBeCloseTo(8, 10);
    const hinge = get('weak-gluteus-maximus-hinge');
    expect(hinge.flags.map((f) => f.id)).toContain('hinge-extensor-overload');
    expect(hinge.hipExtensorShares?.hamstrings.fraction).toBeGreaterThan(0.5);
    // the cane shrinks the lean the same palsy causes without it
    const cane = get('contralateral-cane');
    const noCane = simulate({
      ...findMechanicsPreset('contralateral-cane')?.input,
      cane: undefined,
    });
    expect(cane.posture.trunkLeanOnPelvisDeg).toBeLessThan(noCane.posture.trunkLeanOnPelvisDeg / 2);
    expect(cane.change.abductorForcePct).toBeLessThan(-50);
  });
});
