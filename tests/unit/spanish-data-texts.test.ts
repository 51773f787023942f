import { afterAll, describe, expect, it } from 'vitest';
import { MUSCLES, STRUCTURES } from '../../src/domain/anatomy';
import { SPANISH_STRUCTURE_NAMES } from '../../src/domain/anatomy/structure-names';
import { applyLanguage, messages } from '../../src/domain/messages';
import {
  MOTOR_POINTS,
  motorPointLabel,
  motorPointText,
  recordSentences,
} from '../../src/domain/motor-points';
import { SPANISH_MOTOR_POINT_TEXT } from '../../src/domain/motor-points/data/motor-point-text-es';

/**
 * Texts that live in data records rather than the catalogue (motor point sentences, structure
 * names) have a Spanish entry for every English one, and the app shows it in Spanish.
 */
describe('Spanish for data-record texts', () => {
  afterAll(() => applyLanguage('en'));

  it('every sentence of every motor point record has a Spanish translation', () => {
    const missing = MOTOR_POINTS.flatMap((record) =>
      recordSentences(record)
        .filter((english) => !(english in SPANISH_MOTOR_POINT_TEXT))
        .map((english) => `${record.id}: ${english.slice(0, 60)}`),
    );
    expect(missing).toEqual([]);
  });

  it('the translations are not English copies and keep the numbers of the English', () => {
    for (const [english, spanish] of Object.entries(SPANISH_MOTOR_POINT_TEXT)) {
      expect(spanish, english).not.toBe(english);
      // Digits survive translation (decimal points become commas in Spanish).
      const digits = (text: string) => (text.match(/\d+/g) ?? []).sort();
      expect(digits(spanish), english).toEqual(digits(english));
    }
  });

  it('no translation is kept for a sentence that no record has any more', () => {
    const used = new Set(MOTOR_POINTS.flatMap(recordSentences));
    const stale = Object.keys(SPANISH_MOTOR_POINT_TEXT).filter((english) => !used.has(english));
    expect(stale).toEqual([]);
  });

  it('point names, structure names and side words switch to Spanish', () => {
    const record = MOTOR_POINTS.find((r) => r.id === 'gluteus-medius-nerve-termination-arc');
    expect(record).toBeDefined();
    applyLanguage('es');
    expect(motorPointLabel(record!)).toBe('Glúteo medio: arco de terminación nerviosa');
    expect(motorPointText(record!.nerve.name)).toBe('nervio glúteo superior');
    expect(MUSCLES.find((m) => m.id === 'tensor-fasciae-latae')?.label).toBe(
      'Tensor de la fascia lata',
    );
    const nerve = STRUCTURES.find((s) => s.id === 'sciatic-nerve' && s.side === 'right');
    expect(messages.view.structureOnSide(nerve!.label, nerve!.side)).toBe(
      'Nervio ciático (lado derecho)',
    );
    expect(Object.keys(SPANISH_STRUCTURE_NAMES).length).toBe(
      new Set(STRUCTURES.map((s) => s.id)).size,
    );
    applyLanguage('en');
    expect(motorPointLabel(record!)).toBe('Gluteus medius: nerve termination arc');
    expect(nerve!.label).toBe('Sciatic nerve');
  });
});
