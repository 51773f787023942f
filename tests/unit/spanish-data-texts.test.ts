import { afterAll, describe, expect, it } from 'vitest';
import { LANDMARKS, MUSCLES, STRUCTURES } from '../../src/domain/anatomy';
import {
  ANATOMY_REFERENCES,
  type AnatomyReference,
  findAnatomyReference,
  LANDMARK_REFERENCE,
} from '../../src/domain/anatomy/reference';
import { SPANISH_LANDMARK_TEXT } from '../../src/domain/anatomy/reference/landmark-text-es';
import { SPANISH_REFERENCE_TEXT } from '../../src/domain/anatomy/reference/reference-text-es';
import { SPANISH_STRUCTURE_NAMES } from '../../src/domain/anatomy/structure-names';
import { EXERCISES, exerciseEvidenceTexts } from '../../src/domain/exercises';
import { SPANISH_EXERCISE_TEXT } from '../../src/domain/exercises/exercise-text-es';
import { applyLanguage, messages } from '../../src/domain/messages';
import {
  MOTOR_POINTS,
  motorPointLabel,
  motorPointText,
  recordSentences,
} from '../../src/domain/motor-points';
import { SPANISH_MOTOR_POINT_TEXT } from '../../src/domain/motor-points/data/motor-point-text-es';
import { anatomySearchEntries, motorPointSearchEntries } from '../../src/domain/search';

/**
 * The texts of a reference card that the Spanish table must cover: every card in full (Latin
 * names, synonyms, terminology and sources stay as published).
 */
function cardTexts(reference: AnatomyReference): string[] {
  const texts = [reference.nameEn, reference.plainName, reference.patientDescription];
  if (reference.kind === 'muscle' || reference.kind === 'tendon') {
    texts.push(
      reference.origin,
      reference.insertion,
      ...Object.values(reference.actions).flat(),
      ...(reference.innervation
        ? [reference.innervation.nerveName, reference.innervation.rootsNote ?? '']
        : []),
      ...reference.bloodSupply,
      reference.layerNote,
      reference.clinicalNote,
      ...reference.uncertain,
    );
  }
  if (reference.kind === 'nerve' || reference.kind === 'nerve-plexus') {
    texts.push(
      reference.rootsNote ?? '',
      reference.origin,
      reference.course,
      reference.surfaceProjection ?? '',
      ...reference.motorSupply,
      ...reference.sensorySupply,
      ...reference.branches,
      reference.clinicalNote,
      ...reference.uncertain,
    );
  }
  if (reference.kind === 'bone') {
    texts.push(
      reference.summary,
      ...reference.parts.map((part) => part.nameEn),
      ...reference.keyLandmarks.map((landmark) => landmark.note),
      ...reference.articulations,
      ...reference.muscleAttachments.map((attachment) => attachment.text),
      reference.clinicalNote,
      ...reference.uncertain,
    );
  }
  return texts.filter((text) => text.length > 0);
}

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

  it('every structure card (muscles, band, nerves, bones) has its text in Spanish', () => {
    const missing = ANATOMY_REFERENCES.flatMap((reference) =>
      cardTexts(reference)
        .filter((english) => !(english in SPANISH_REFERENCE_TEXT))
        .map((english) => `${reference.id}: ${english.slice(0, 60)}`),
    );
    expect(missing).toEqual([]);
    const used = new Set(ANATOMY_REFERENCES.flatMap(cardTexts));
    expect(Object.keys(SPANISH_REFERENCE_TEXT).filter((english) => !used.has(english))).toEqual([]);
  });

  it('a structure card reads in Spanish, with its Latin name and sources unchanged', () => {
    const english = findAnatomyReference('gluteus-medius');
    applyLanguage('es');
    const spanish = findAnatomyReference('gluteus-medius');
    expect(spanish?.plainName).toBe('músculo del lateral de la cadera');
    expect(spanish?.nameLatin).toBe(english?.nameLatin);
    expect(spanish?.sources).toEqual(english?.sources);
    applyLanguage('en');
    expect(findAnatomyReference('gluteus-medius')).toBe(english);
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

describe('Spanish for the exercise evidence', () => {
  it('every study description and variant note has a Spanish translation', () => {
    const texts = exerciseEvidenceTexts(EXERCISES.flatMap((e) => e.emg));
    expect(texts.filter((english) => !(english in SPANISH_EXERCISE_TEXT))).toEqual([]);
    expect(
      Object.keys(SPANISH_EXERCISE_TEXT).filter((english) => !texts.includes(english)),
    ).toEqual([]);
    for (const [english, spanish] of Object.entries(SPANISH_EXERCISE_TEXT)) {
      expect(spanish, english).not.toBe(english);
    }
  });
});

describe('search in Spanish', () => {
  afterAll(() => applyLanguage('en'));

  it('shows Spanish titles and plain names, and still finds the English and Latin names', () => {
    applyLanguage('es');
    const entry = anatomySearchEntries().find((e) => e.targetId === 'gluteus-medius');
    expect(entry?.title).toBe('Glúteo medio');
    expect(entry?.subtitle).toContain('músculo del lateral de la cadera');
    expect(entry?.terms).toEqual(expect.arrayContaining(['Glúteo medio', 'Gluteus medius']));
    const point = motorPointSearchEntries().find((e) => e.targetId === 'gluteus-medius-posterior');
    expect(point?.subtitle).toContain('nervio glúteo superior');
  });
});

describe('Spanish for the landmarks in search', () => {
  afterAll(() => applyLanguage('en'));

  it('every landmark name and description has a translation, and search shows it', () => {
    const texts = LANDMARKS.flatMap((l) => [l.label, LANDMARK_REFERENCE[l.id].description]);
    expect(texts.filter((english) => !(english in SPANISH_LANDMARK_TEXT))).toEqual([]);
    expect(
      Object.keys(SPANISH_LANDMARK_TEXT).filter((english) => !texts.includes(english)),
    ).toEqual([]);
    applyLanguage('es');
    const asis = anatomySearchEntries().find((e) => e.kind === 'landmark' && e.targetId === 'ASIS');
    expect(asis?.title).toBe('Espina ilíaca anterosuperior');
    expect(asis?.terms).toContain('Anterior superior iliac spine');
  });
});
