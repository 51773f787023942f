import { describe, expect, it } from 'vitest';
import { MechanicsInputError } from './errors';
import type { MechanicsInput } from './input';
import { simulate } from './simulate';
import { validateInput } from './validate-input';

/** Casts deliberately bad input past the type checker (as a URL parser or embed message might). */
function bad(value: unknown): MechanicsInput {
  return value as MechanicsInput;
}

function errorOf(input: MechanicsInput): MechanicsInputError {
  try {
    simulate(input);
  } catch (e) {
    if (e instanceof MechanicsInputError) return e;
    throw e;
  }
  throw new Error('expected a MechanicsInputError');
}

describe('validateInput', () => {
  it('fills the defaults', () => {
    const n = validateInput(undefined);
    expect(n.bodyMassKg).toBe(70);
    expect(n.heightM).toBe(1.75);
    expect(n.baselineStrength).toBe('young-adult');
    expect(n.taskKind).toBe('single-leg-stance');
    expect(n.compensationStyle).toBe(0.7);
    expect(n.caneSide).toBeNull();
    expect(n.hasForcedPosture).toBe(false);
    expect(n.psoasActivation).toBeNull();
    expect(validateInput({}).parameters).toBe(n.parameters);
  });

  it('takes the larger of psoas major and iliacus tightness', () => {
    expect(
      validateInput({ muscles: { 'psoas-major': { tightness: 0.3 }, iliacus: { tightness: 0.7 } } })
        .iliopsoasTightness,
    ).toBe(0.7);
    expect(
      validateInput({ muscles: { 'psoas-major': { tightness: 0.9 } } }).iliopsoasTightness,
    ).toBe(0.9);
  });

  it('names the module, the field and the range for a severity outside 0..1', () => {
    const e = errorOf({ muscles: { 'gluteus-medius': { weakness: 1.4 } } });
    expect(e).toBeInstanceOf(MechanicsInputError);
    expect(e.name).toBe('MechanicsInputError');
    expect(e.field).toBe('muscles.gluteus-medius.weakness');
    expect(e.message).toBe(
      'mechanics: muscles.gluteus-medius.weakness must be a number from 0 to 1 (got 1.4)',
    );
    expect(errorOf({ muscles: { piriformis: { tightness: -0.1 } } }).message).toBe(
      'mechanics: muscles.piriformis.tightness must be a number from 0 to 1 (got -0.1)',
    );
  });

  it.each<[string, unknown, string]>([
    [
      'NaN mass',
      { bodyMassKg: Number.NaN },
      'bodyMassKg must be a number from 20 to 250 (got NaN)',
    ],
    ['negative mass', { bodyMassKg: -70 }, 'bodyMassKg must be a number from 20 to 250 (got -70)'],
    ['infinite mass', { bodyMassKg: Number.POSITIVE_INFINITY }, 'bodyMassKg must be a number'],
    ['string mass', { bodyMassKg: '70' }, 'bodyMassKg must be a number from 20 to 250 (got "70")'],
    ['zero height', { heightM: 0 }, 'heightM must be a number from 1.2 to 2.2 (got 0)'],
    ['height in cm', { heightM: 175 }, 'heightM must be a number from 1.2 to 2.2 (got 175)'],
    ['strength', { baselineStrength: 'child' }, 'baselineStrength must be one of young-adult'],
    ['NaN severity', { muscles: { iliacus: { tightness: Number.NaN } } }, 'iliacus.tightness'],
    ['unknown muscle', { muscles: { biceps: { weakness: 0.5 } } }, 'unknown muscle "biceps"'],
    [
      'iliotibial band',
      { muscles: { 'iliotibial-band': { tightness: 0.5 } } },
      'the iliotibial band is fascia',
    ],
    [
      'muscle not an object',
      { muscles: { piriformis: 0.5 } },
      'muscles.piriformis must be an object',
    ],
    ['muscle field typo', { muscles: { piriformis: { weak: 0.5 } } }, 'unknown field "weak"'],
    ['muscles an array', { muscles: [] }, 'muscles must be an object (got an array)'],
    ['task kind', { task: { kind: 'running' } }, 'task.kind must be one of single-leg-stance'],
    ['task missing kind', { task: {} }, 'task.kind must be one of'],
    ['task a string', { task: 'hip-hinge' }, 'task must be an object'],
    ['hinge without flexion', { task: { kind: 'hip-hinge' } }, 'task.trunkFlexionDeg must be'],
    [
      'hinge flexion too large',
      { task: { kind: 'hip-hinge', trunkFlexionDeg: 120 } },
      'task.trunkFlexionDeg must be a number from 0 to 90 (got 120)',
    ],
    [
      'extra task field',
      { task: { kind: 'quiet-standing', trunkFlexionDeg: 20 } },
      'unknown field "trunkFlexionDeg"',
    ],
    [
      'cane side',
      { cane: { side: 'left', loadBW: 0.1 } },
      'cane.side must be one of contralateral',
    ],
    ['cane load negative', { cane: { side: 'contralateral', loadBW: -1 } }, 'cane.loadBW must be'],
    ['cane load NaN', { cane: { side: 'ipsilateral', loadBW: Number.NaN } }, 'cane.loadBW'],
    ['cane load missing', { cane: { side: 'contralateral' } }, 'cane.loadBW must be'],
    ['cane load too high', { cane: { side: 'contralateral', loadBW: 0.9 } }, 'from 0 to 0.5'],
    ['cane not an object', { cane: true }, 'cane must be an object'],
    [
      'compensation style',
      { compensationStyle: 2 },
      'compensationStyle must be a number from 0 to 1',
    ],
    ['psoas activation', { psoasActivation: -0.2 }, 'psoasActivation must be a number from 0 to 1'],
    [
      'forced drop',
      { forcedPosture: { pelvicDropDeg: 30 } },
      'forcedPosture.pelvicDropDeg must be a number from -20 to 20 (got 30)',
    ],
    [
      'forced lean NaN',
      { forcedPosture: { trunkLeanDeg: Number.NaN } },
      'forcedPosture.trunkLeanDeg',
    ],
    ['forced typo', { forcedPosture: { drop: 4 } }, 'unknown field "drop"'],
    ['unknown input field', { mass: 70 }, 'input has an unknown field "mass"'],
    ['input null', null, 'input must be an object (got null)'],
    ['input array', [], 'input must be an object (got an array)'],
    ['unknown parameter', { parameters: { gravity: 9.8 } }, 'unknown parameter "gravity"'],
    [
      'parameter out of range',
      { parameters: { abductorMomentArmM: 0.1 } },
      'parameters.abductorMomentArmM must be a number from 0.04 to 0.07 (got 0.1)',
    ],
    [
      'all abductor shares 0',
      {
        parameters: {
          abductorShareGluteusMedius: 0,
          abductorShareGluteusMinimus: 0,
          abductorShareTensorFasciaeLatae: 0,
          abductorShareUpperGluteusMaximus: 0,
          abductorSharePiriformis: 0,
        },
      },
      'abductor shares must not all be 0',
    ],
    [
      'all extensor shares 0',
      {
        parameters: {
          extensorShareGluteusMaximus: 0,
          extensorShareHamstrings: 0,
          extensorShareAdductorMagnus: 0,
        },
      },
      'hip extensor shares must not all be 0',
    ],
  ])('rejects %s', (_label, input, fragment) => {
    const e = errorOf(bad(input));
    expect(e.message.startsWith('mechanics: ')).toBe(true);
    expect(e.message).toContain(fragment);
  });

  it('rejects the same inputs from simulateBaseline-style validation', () => {
    expect(() => validateInput(bad({ bodyMassKg: -1 }))).toThrow(MechanicsInputError);
  });

  it('accepts the range ends', () => {
    expect(() =>
      simulate({
        bodyMassKg: 20,
        heightM: 2.2,
        compensationStyle: 0,
        psoasActivation: 1,
        task: { kind: 'hip-hinge', trunkFlexionDeg: 90 },
        cane: { side: 'ipsilateral', loadBW: 0.5 },
        forcedPosture: { pelvicDropDeg: -20, trunkLeanDeg: 45 },
        muscles: { 'gluteus-medius': { weakness: 1, tightness: 0 } },
        parameters: { abductorMomentArmM: 0.07, maxPelvicDropDeg: 10 },
      }),
    ).not.toThrow();
  });
});
