import { afterAll, describe, expect, it } from 'vitest';
import {
  ACUPUNCTURE_POINTS,
  acupunctureCardContent,
  acupunctureCardTexts,
} from '../../src/domain/acupuncture';
import { SPANISH_ACUPUNCTURE_TEXT } from '../../src/domain/acupuncture/data/acupuncture-text-es';
import { applyLanguage } from '../../src/domain/messages';
import { acupunctureSearchEntries } from '../../src/domain/search';

function point(code: string) {
  const found = ACUPUNCTURE_POINTS.find((p) => p.code === code);
  if (!found) throw new Error(`no acupuncture point ${code}`);
  return found;
}

/** The acupuncture card's data texts (rules, notes, depths, safety, names) read in Spanish. */
describe('Spanish for the acupuncture layer', () => {
  afterAll(() => applyLanguage('en'));

  it('every text any acupuncture card shows has a Spanish translation', () => {
    const missing = ACUPUNCTURE_POINTS.flatMap((p) =>
      acupunctureCardTexts(p)
        .filter((english) => !(english in SPANISH_ACUPUNCTURE_TEXT))
        .map((english) => `${p.code}: ${english.slice(0, 60)}`),
    );
    expect(missing).toEqual([]);
  });

  it('no translation is kept for a text that no card shows any more', () => {
    const used = new Set(ACUPUNCTURE_POINTS.flatMap(acupunctureCardTexts));
    expect(Object.keys(SPANISH_ACUPUNCTURE_TEXT).filter((english) => !used.has(english))).toEqual(
      [],
    );
  });

  it('the translations are not English copies and keep the numbers of the English', () => {
    // Digits survive translation (decimal points become commas, "WHO 2008" becomes "OMS 2008").
    const digits = (text: string) => (text.match(/\d+/g) ?? []).sort();
    for (const [english, spanish] of Object.entries(SPANISH_ACUPUNCTURE_TEXT)) {
      expect(spanish, english).not.toBe(english);
      expect(digits(spanish), english).toEqual(digits(english));
    }
  });

  it('a card reads in Spanish, with code, pinyin, Chinese and source titles unchanged', () => {
    const gb30 = point('GB30');
    const english = acupunctureCardContent(gb30, 'right');
    applyLanguage('es');
    const spanish = acupunctureCardContent(gb30, 'right');
    expect(spanish.meridian).toBe('Meridiano de la Vesícula Biliar (Shaoyang del pie)');
    expect(spanish.title).toBe('GB30 Huántiào (lado derecho)');
    expect(spanish.chineseName).toBe('环跳 (tradicional: 環跳)');
    expect(spanish.englishNames).toBe('Salto circular; Salto envolvente');
    expect(spanish.ruleText).toContain('hiato sacro');
    expect(spanish.safety).toHaveLength(english.safety.length);
    expect(spanish.safety.join(' ')).toContain('nervio ciático');
    expect(spanish.caveats.join(' ')).toContain('OMS');
    expect(spanish.sources.map((s) => s.title)).toEqual(english.sources.map((s) => s.title));
    expect(spanish.sources.map((s) => s.detail)).toContain('revisión sistemática');
    applyLanguage('en');
    expect(acupunctureCardContent(gb30, 'right')).toEqual(english);
  });

  it('the heuristic cun note and the approximate note of a back point are in Spanish', () => {
    applyLanguage('es');
    const card = acupunctureCardContent(point('EX-B7'), 'left');
    expect(card.cunHeuristic).toContain('escápula');
    expect(card.approximate).toContain('de 3 a 4 cun');
    expect(card.meridian).toBe('Punto extra de la espalda (fuera de los meridianos)');
    applyLanguage('en');
  });

  it('search shows the Spanish name and still finds the English one', () => {
    applyLanguage('es');
    const entry = acupunctureSearchEntries().find((e) => e.targetId === 'SP10');
    expect(entry?.subtitle).toBe('Mar de la sangre');
    expect(entry?.terms).toEqual(expect.arrayContaining(['Mar de la sangre', 'Sea of Blood']));
    applyLanguage('en');
    expect(acupunctureSearchEntries().find((e) => e.targetId === 'SP10')?.subtitle).toBe(
      'Sea of Blood',
    );
  });
});
