import { afterEach, describe, expect, it } from 'vitest';
import { formatFixed, formatNumber, formatUnit } from './format';
import { messages } from './index';
import { applyLanguage, chooseLanguage } from './language';

afterEach(() => applyLanguage('en'));

describe('chooseLanguage', () => {
  it('prefers lang= from the link, then the browser, then English', () => {
    expect(chooseLanguage('es', ['en-GB'])).toEqual({ language: 'es', invalid: null });
    expect(chooseLanguage(null, ['es-MX', 'en'])).toEqual({ language: 'es', invalid: null });
    expect(chooseLanguage(null, ['fr-FR'])).toEqual({ language: 'en', invalid: null });
  });

  it('names a lang= value it cannot honour', () => {
    expect(chooseLanguage('klingon', ['es'])).toEqual({ language: 'es', invalid: 'klingon' });
  });
});

describe('applyLanguage', () => {
  it('switches every message, and back', () => {
    applyLanguage('es');
    expect(messages.motorPoints.layerTitle).toBe('Puntos motores');
    expect(messages.mechanics.presets['gluteus-medius-weakness'].label).toBe(
      'Debilidad del glúteo medio',
    );
    applyLanguage('en');
    expect(messages.motorPoints.layerTitle).toBe('Motor points');
  });

  it('formats numbers in sentences for the language', () => {
    applyLanguage('es');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(messages.motorPoints.needle.depth(42.5)).toMatch(/42,5 mm/);
    expect(formatUnit(3.5, 'centimeter')).toMatch(/3,5\s?cm/);
    // Table figures keep their decimals: 1.55 BW reads 1,55 in Spanish, 1.50 stays 1,50.
    expect(formatFixed(1.55, 2)).toBe('1,55');
    expect(formatFixed(1.5, 2)).toBe('1,50');
    expect(formatFixed(12345.6, 1)).toBe('12345,6');
    applyLanguage('en');
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatFixed(1.5, 2)).toBe('1.50');
  });
});
