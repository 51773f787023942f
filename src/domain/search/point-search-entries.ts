import { ACUPUNCTURE_POINTS, acupunctureText } from '../acupuncture';
import { MUSCLES } from '../anatomy/muscles';
import { ANATOMY_REFERENCES } from '../anatomy/reference';
import { MOTOR_POINTS, motorPointLabel, motorPointText, pointKindText } from '../motor-points';
import type { SearchEntry } from './search-types';

/** Every name people type for a muscle: label, English, Latin, abbreviations, synonyms. */
function muscleNames(muscleId: string): string[] {
  const reference = ANATOMY_REFERENCES.find((r) => r.id === muscleId);
  const label = MUSCLES.find((m) => m.id === muscleId)?.label;
  if (!reference) return label ? [label] : [];
  return [
    ...(label ? [label] : []),
    reference.nameEn,
    reference.nameLatin,
    ...reference.latinSynonyms,
    ...reference.synonyms,
  ];
}

/**
 * Phrases that join the muscle's name with "motor point" or with the point's own words, so
 * "psoas motor point" and "TFL nerve entry" match one term of the right point as a whole
 * (a search scores each term on its own).
 */
function muscleAndPointPhrases(muscleId: string, pointWords: string): string[] {
  return [...new Set(muscleNames(muscleId))].flatMap((name) => [
    `${name} motor point`,
    `${name} motor points`,
    `${name} ${pointWords}`,
  ]);
}

/** Search entries for every motor point record (the app picks the side). */
export function motorPointSearchEntries(): SearchEntry[] {
  return MOTOR_POINTS.map((record) => ({
    key: `motor-point:${record.id}`,
    kind: 'motor-point',
    targetId: record.id,
    title: motorPointLabel(record),
    subtitle: `${pointKindText(record).label} · ${motorPointText(record.nerve.name)}`,
    terms: [
      record.id,
      'motor point',
      record.nerve.name,
      motorPointText(record.nerve.name),
      pointKindText(record).label,
      ...muscleAndPointPhrases(
        record.muscle,
        motorPointLabel(record).split(': ').slice(1).join(': '),
      ),
    ],
  }));
}

/**
 * Search entries for the acupuncture overlay's points (by code, pinyin and names). The subtitle
 * is the first name in the active language; the English names stay searchable in every language.
 */
export function acupunctureSearchEntries(): SearchEntry[] {
  return ACUPUNCTURE_POINTS.map((point) => {
    const localNames = point.englishNames.map(acupunctureText);
    return {
      key: `acupuncture-point:${point.code}`,
      kind: 'acupuncture-point',
      targetId: point.code,
      title: `${point.code} ${point.pinyin}`,
      subtitle: localNames[0],
      terms: [
        ...new Set([point.code, point.pinyinPlain, ...localNames, ...point.englishNames]),
        ...point.altCodes,
      ],
    };
  });
}
