import { MUSCLES } from '../anatomy';
import { motorPoints } from '../messages/en/motor-points';
import type { MotorPointRecord } from './motor-point';
import { localPointName } from './motor-point-text';

/**
 * A short human name for a record, from its muscle and the rest of its id:
 * `gluteus-medius-nerve-termination-arc` → "Gluteus medius: nerve termination arc".
 */
export function motorPointLabel(record: Pick<MotorPointRecord, 'id' | 'muscle'>): string {
  const muscle = MUSCLES.find((m) => m.id === record.muscle)?.label ?? record.muscle;
  const rest = record.id.startsWith(`${record.muscle}-`)
    ? record.id.slice(record.muscle.length + 1)
    : record.id;
  const words = rest
    .replace(/\bl(\d)\b/g, 'L$1')
    .replace(/-/g, ' ')
    // Two spinal levels in a row are a range of levels: "L2/L3".
    .replace(/\b(L\d) (L\d)\b/g, '$1/$2');
  return `${muscle}: ${localPointName(record.id) ?? words.replace(/\blcfa\b/, 'LCFA')}`;
}

/**
 * What kind of site a record is, in words: a stimulator manual's site is a "surface electrode
 * site" everywhere (never a motor point to needle); other records by their point type.
 */
export function pointKindText(record: Pick<MotorPointRecord, 'pointType' | 'finerType'>): {
  readonly label: string;
  readonly explanation: string;
} {
  return record.finerType === 'stimulation-site-vendor'
    ? motorPoints.surfaceElectrode
    : motorPoints.pointTypes[record.pointType];
}
