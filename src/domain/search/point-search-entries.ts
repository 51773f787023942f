import { ACUPUNCTURE_POINTS } from '../acupuncture';
import { MOTOR_POINTS, motorPointLabel, pointKindText } from '../motor-points';
import type { SearchEntry } from './search-types';

/** Search entries for every motor point record (the app picks the side). */
export function motorPointSearchEntries(): SearchEntry[] {
  return MOTOR_POINTS.map((record) => ({
    key: `motor-point:${record.id}`,
    kind: 'motor-point',
    targetId: record.id,
    title: motorPointLabel(record),
    subtitle: `${pointKindText(record).label} · ${record.nerve.name}`,
    terms: [record.id, 'motor point', record.nerve.name, pointKindText(record).label],
  }));
}

/** Search entries for the acupuncture overlay's points (by code, pinyin and English names). */
export function acupunctureSearchEntries(): SearchEntry[] {
  return ACUPUNCTURE_POINTS.map((point) => ({
    key: `acupuncture-point:${point.code}`,
    kind: 'acupuncture-point',
    targetId: point.code,
    title: `${point.code} ${point.pinyin}`,
    subtitle: point.englishNames[0],
    terms: [point.code, point.pinyinPlain, ...point.englishNames, ...point.altCodes],
  }));
}
