import { describe, expect, it } from 'vitest';
import { mechanics as text } from '../messages/en/mechanics';
import { MECHANICS_OUTPUTS } from './outputs';
import { simulate, simulateBaseline } from './simulate';

const PALSY = {
  'gluteus-medius': { weakness: 1 },
  'gluteus-minimus': { weakness: 1 },
  'tensor-fasciae-latae': { weakness: 1 },
} as const;

describe('simulate', () => {
  it('healthy young adult in one-leg stance (hand values in frontal-plane and knee tests)', () => {
    const r = simulate();
    expect(r.task).toBe('single-leg-stance');
    expect(r.posture.pelvicDropDeg).toBe(0);
    expect(r.loads.superincumbentWeightBW).toBeCloseTo(0.839, 12);
    expect(r.loads.bodyWeightMomentArmM).toBeCloseTo(0.107211, 6);
    expect(r.loads.abductorForceBW).toBeCloseTo(1.550862, 6);
    expect(r.loads.hipJointReactionBW).toBeCloseTo(2.356799, 5);
    expect(r.loads.kneeAdductionMomentNmPerKg).toBeCloseTo(0.475667, 5);
    expect(r.loads.l5s1CompressionBW).toBeCloseTo(0.7112472, 6);
    expect(r.loads.l5s1ShearBW).toBeCloseTo(0.3724643, 6);
    expect(r.hipExtensorShares).toBeNull();
    expect(r.flags).toEqual([]);
    // D0 = 0.8824095, U = 0.9·2.0 = 1.8, deficit = -0.9175905 N·m/kg
    expect(r.working.deficitNmPerKg).toBeCloseTo(-0.9175905, 6);
  });

  it('an older adult has less capacity but the same healthy loads', () => {
    const r = simulate({ baselineStrength: 'older-adult' });
    // U = 0.9·1.3 = 1.17 N·m/kg
    expect(r.working.usableCapacityNmPerKg).toBeCloseTo(1.17, 12);
    expect(r.loads.abductorForceBW).toBeCloseTo(1.550862, 6);
  });

  it('the abductor force equals the usable capacity when the lean covers the deficit (style 1)', () => {
    const r = simulate({ muscles: PALSY, compensationStyle: 1 });
    // U / (g·r_ab) = 0.324 / 0.56898 = 0.569440 BW
    expect(r.loads.abductorForceBW).toBeCloseTo(0.56944, 5);
    expect(r.posture.trunkLeanDeg).toBeCloseTo(23.9907, 3);
    expect(r.posture.hipAdductionDeg).toBe(0);
  });

  it('follows a forced posture: a drop alone carries the trunk with the pelvis', () => {
    const r = simulate({ forcedPosture: { pelvicDropDeg: 4 } });
    expect(r.posture.pelvicDropDeg).toBe(4);
    expect(r.posture.trunkLeanDeg).toBe(-4);
    expect(r.posture.trunkLeanOnPelvisDeg).toBe(0);
    const lean = simulate({ forcedPosture: { pelvicDropDeg: 4, trunkLeanDeg: 6 } });
    expect(lean.posture.trunkLeanOnPelvisDeg).toBe(10);
    expect(simulate({ forcedPosture: { trunkLeanDeg: 6 } }).posture.pelvicDropDeg).toBe(0);
  });

  it('flags a forced posture the remaining strength cannot hold', () => {
    const r = simulate({ muscles: PALSY, forcedPosture: { pelvicDropDeg: 0 } });
    expect(r.flags.map((f) => f.id)).toContain('forced-posture-beyond-capacity');
    expect(r.posture.pelvicDropDeg).toBe(0);
    expect(simulate({ forcedPosture: { pelvicDropDeg: 0 } }).flags).toEqual([]);
  });

  it('flags a cane that carries more than the abductors need', () => {
    const r = simulate({ cane: { side: 'contralateral', loadBW: 0.3 } });
    // M_ext = 0.08995 - 0.3·0.3799 < 0 -> F_ab = 0
    expect(r.loads.abductorForceBW).toBe(0);
    expect(r.flags.map((f) => f.id)).toContain('cane-exceeds-abductor-need');
  });

  it('flags a pelvis that cannot be held level without leaning', () => {
    const r = simulate({
      compensationStyle: 0,
      muscles: { ...PALSY, 'gluteus-maximus': { weakness: 1 }, piriformis: { weakness: 1 } },
    });
    expect(r.posture.pelvicDropDeg).toBe(15);
    expect(r.posture.trunkLeanOnPelvisDeg).toBeCloseTo(9.415, 3);
    expect(r.flags.map((f) => f.id)).toContain('cannot-hold-pelvis-level');
    expect(r.flags.find((f) => f.id === 'cannot-hold-pelvis-level')?.message).toBe(
      text.flags.cannotHoldPelvisLevel,
    );
  });

  it('treats quiet standing and the hinge as symmetric two-leg stances', () => {
    const r = simulate({
      task: { kind: 'quiet-standing' },
      muscles: PALSY,
      cane: { side: 'contralateral', loadBW: 0.2 },
      forcedPosture: { pelvicDropDeg: 5 },
    });
    expect(r.posture.pelvicDropDeg).toBe(0);
    expect(r.loads.abductorForceBW).toBe(0);
    expect(r.loads.kneeAdductionMomentNmPerKg).toBe(0);
    // (1 - 2·0.161) / 2 = 0.339 BW per hip
    expect(r.loads.hipJointReactionBW).toBeCloseTo(0.339, 12);
    expect(r.flags.map((f) => f.id)).toEqual([
      'cane-ignored',
      'forced-posture-ignored',
      'abductor-weakness-idle',
    ]);
    expect(r.change.abductorForcePct).toBe(0);
    expect(r.outputs.pelvicDropDeg.trust).toBe('low');
  });

  it('reports hinge shares against the healthy hinge', () => {
    const r = simulate({
      task: { kind: 'hip-hinge', trunkFlexionDeg: 50 },
      muscles: { 'gluteus-maximus': { weakness: 0.8 } },
    });
    expect(r.hipExtensorShares?.gluteusMaximus.fraction).toBeCloseTo(0.117647, 5);
    expect(r.baseline.hipExtensorShares?.gluteusMaximus.fraction).toBeCloseTo(0.4, 12);
    expect(r.loads.l5s1CompressionBW).toBeCloseTo(2.396545, 5);
  });

  it('psoas activation raises compression by 0.95·F_ps and shear by 0.2·F_ps', () => {
    const r = simulate({ psoasActivation: 0.5 });
    // F_ps = 2·0.5·650 / 686.7 = 0.946556 BW; vs 0.0946556 at a_ps = 0.05: +0.8519 BW
    // compression = 0.7112472 + 0.95·0.8519004 = 1.5205526 BW
    expect(r.loads.l5s1CompressionBW).toBeCloseTo(1.5205526, 5);
    expect(r.working.psoasForceBW).toBeCloseTo(0.946556, 5);
    expect(r.change.l5s1CompressionPct).toBe(0); // the task is the same in the reference
  });

  it('uses one iliopsoas deficit: the larger of psoas major and iliacus', () => {
    const a = simulate({
      muscles: { 'psoas-major': { tightness: 0.5 }, iliacus: { tightness: 0.8 } },
    });
    const b = simulate({ muscles: { iliacus: { tightness: 0.8 } } });
    expect(a.posture).toEqual(b.posture);
    expect(a.posture.anteriorPelvicTiltChangeDeg).toBeCloseTo(8, 12);
  });

  it('flags settings the model does not use', () => {
    const r = simulate({
      muscles: { piriformis: { tightness: 0.5 }, 'psoas-major': { weakness: 0.4 } },
    });
    expect(r.flags.map((f) => f.id)).toEqual(['tightness-not-modelled', 'weakness-not-modelled']);
    expect(r.flags[0]?.message).toBe(text.flags.tightnessNotModelled('piriformis'));
    expect(r.flags[1]?.message).toBe(text.flags.weaknessNotModelled('psoas major'));
  });

  it('scales with height: the lengths follow H / 1.75', () => {
    const tall = simulate({ heightM: 2.0 });
    // every lever scales by 2.0 / 1.75, so the abductor force F_ab = l / r_ab is unchanged
    expect(tall.loads.abductorForceBW).toBeCloseTo(1.550862, 6);
    expect(tall.loads.bodyWeightMomentArmM).toBeCloseTo(0.107211 * (2.0 / 1.75), 6);
  });
});

describe('outputs table', () => {
  it('marks each output with the layer and trust of the model description', () => {
    const o = simulate().outputs;
    expect(o).toBe(MECHANICS_OUTPUTS);
    expect(o.abductorForceBW).toMatchObject({ layer: 'mechanics', trust: 'good' });
    expect(o.hipJointReactionBW).toMatchObject({ layer: 'mechanics', trust: 'good' });
    expect(o.pelvicDropDeg).toMatchObject({ layer: 'behaviour', trust: 'low' });
    expect(o.trunkLeanDeg).toMatchObject({ layer: 'behaviour', trust: 'low' });
    expect(o.hipAdductionDeg).toMatchObject({ layer: 'behaviour', trust: 'low' });
    expect(o.kneeAdductionMomentNmPerKg).toMatchObject({ layer: 'mechanics', trust: 'fair' });
    expect(o.l5s1CompressionBW).toMatchObject({ layer: 'mechanics', trust: 'fair' });
    expect(o.l5s1ShearBW).toMatchObject({ layer: 'mechanics', trust: 'fair' });
    expect(o.anteriorPelvicTiltChangeDeg).toMatchObject({ layer: 'behaviour', trust: 'low' });
    expect(o.lumbarLordosisChangeDeg).toMatchObject({ layer: 'behaviour', trust: 'low' });
    expect(o.hipExtensorShares).toMatchObject({ layer: 'mechanics', trust: 'illustrative' });
  });

  it('covers every posture and load output, with a label, trust label and one-line source', () => {
    const r = simulate();
    const keys = [...Object.keys(r.posture), ...Object.keys(r.loads), 'hipExtensorShares'];
    expect(Object.keys(r.outputs).sort()).toEqual(keys.sort());
    for (const info of Object.values(r.outputs)) {
      expect(info.label).not.toBe('');
      expect(info.trustLabel).toBe(text.trustLabels[info.trust]);
      expect(info.source).not.toContain('\n');
      expect(info.source.length).toBeGreaterThan(10);
    }
  });

  it('marks a forced posture as input and a cane- or lean-driven knee moment as low', () => {
    const forced = simulate({ forcedPosture: { pelvicDropDeg: 4 } }).outputs;
    expect(forced.pelvicDropDeg.trust).toBe('input');
    expect(forced.kneeAdductionMomentNmPerKg.trust).toBe('fair');
    expect(
      simulate({ cane: { side: 'ipsilateral', loadBW: 0.1 } }).outputs.kneeAdductionMomentNmPerKg
        .trust,
    ).toBe('low');
    expect(
      simulate({ muscles: PALSY, compensationStyle: 1 }).outputs.kneeAdductionMomentNmPerKg.trust,
    ).toBe('low');
    expect(
      simulate({ muscles: PALSY, compensationStyle: 0 }).outputs.kneeAdductionMomentNmPerKg.trust,
    ).toBe('fair');
  });

  it('labels trust per task: hip load off one leg is low, shear in a hinge is not modelled', () => {
    const quiet = simulate({ task: { kind: 'quiet-standing' } }).outputs;
    expect(quiet.hipJointReactionBW.trust).toBe('low');
    expect(quiet.hipJointReactionBW.source).toBe(text.outputSourceVariants.hipOnTwoLegs);
    expect(quiet.hipJointReactionBW.trustLabel).not.toMatch(/measured/);
    expect(quiet.l5s1ShearBW.trust).toBe('fair');
    const hinge = simulate({ task: { kind: 'hip-hinge', trunkFlexionDeg: 45 } }).outputs;
    expect(hinge.l5s1ShearBW.trust).toBe('not-modelled');
    expect(hinge.l5s1ShearBW.trustLabel).toBe('Not modelled here');
    expect(hinge.hipJointReactionBW.trust).toBe('low');
    const oneLeg = simulate().outputs;
    expect(oneLeg.hipJointReactionBW.trust).toBe('good');
    expect(oneLeg.hipJointReactionBW.source).toContain('2.19-3.28 BW');
    expect(oneLeg.kneeAdductionMomentNmPerKg.source).toContain('in walking');
    expect(oneLeg.anteriorPelvicTiltChangeDeg.source).toMatch(/ratio of two group means/);
    expect(oneLeg.anteriorPelvicTiltChangeDeg.source).toContain('0.3-1.0');
  });

  it('has the standing teaching note', () => {
    expect(text.teachingNote).toBe(
      'A teaching model, not a diagnosis; where the evidence disagrees: weakness alone often changes nothing (Kendall 2013; Pohl 2015).',
    );
  });
});

describe('simulateBaseline', () => {
  it('is the same person without dysfunction, cane or forced posture, cached and frozen', () => {
    const input = { muscles: PALSY, cane: { side: 'contralateral', loadBW: 0.1 } } as const;
    const a = simulateBaseline(input);
    const b = simulateBaseline({ muscles: { 'gluteus-medius': { weakness: 0.2 } } });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.loads)).toBe(true);
    expect(a.loads).toEqual(simulate().loads);
    expect(simulate(input).baseline).toBe(a);
  });

  it('changes with the person, the task and the parameters', () => {
    const a = simulateBaseline();
    expect(simulateBaseline({ heightM: 1.6 })).not.toBe(a);
    const hinge = simulateBaseline({ task: { kind: 'hip-hinge', trunkFlexionDeg: 30 } });
    expect(hinge.hipExtensorShares).not.toBeNull();
    const p = simulateBaseline({ parameters: { abductorMomentArmM: 0.05 } });
    // F_ab = 0.08995 / 0.05 = 1.799 BW
    expect(p.loads.abductorForceBW).toBeCloseTo(1.799, 10);
    expect(simulateBaseline({ parameters: { abductorMomentArmM: 0.05 } })).toBe(p);
  });
});
