import { afterAll, describe, expect, it } from 'vitest';
import { FLAGS } from '../../src/domain/mechanics/flags';
import { MECHANICS_OUTPUTS } from '../../src/domain/mechanics/outputs';
import { MECHANICS_PRESETS } from '../../src/domain/mechanics/presets';
import { applyLanguage } from '../../src/domain/messages';
import { ES } from '../../src/domain/messages/es';

/**
 * Tables built when their module loads (before the language is chosen, in the built bundle)
 * must still speak the language applied later, and follow a switch made by an embedding page.
 */
describe('tables built at load follow the active language', () => {
  afterAll(() => applyLanguage('en'));

  it('mechanics outputs, trust labels, presets and flags switch to Spanish and back', () => {
    const english = MECHANICS_OUTPUTS.pelvicDropDeg.label;
    applyLanguage('es');
    expect(MECHANICS_OUTPUTS.pelvicDropDeg.label).toBe(ES.mechanics.outputLabels.pelvicDropDeg);
    expect(MECHANICS_OUTPUTS.hipJointReactionBW.trustLabel).toBe(ES.mechanics.trustLabels.good);
    expect(MECHANICS_OUTPUTS.abductorForceBW.source).toBe(
      ES.mechanics.outputSources.abductorForceBW,
    );
    expect(MECHANICS_PRESETS[0]?.label).toBe(ES.mechanics.presets['gluteus-medius-weakness'].label);
    expect(FLAGS.cannotBalance.message).toBe(ES.mechanics.flags.cannotBalance);
    applyLanguage('en');
    expect(MECHANICS_OUTPUTS.pelvicDropDeg.label).toBe(english);
  });
});
