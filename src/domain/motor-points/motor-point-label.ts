import { MUSCLES } from '../anatomy';
import type { MotorPointRecord } from './motor-point';

/**
 * A short human name for a record, from its muscle and the rest of its id:
 * `gluteus-medius-nerve-termination-arc` → "Gluteus medius: nerve termination arc".
 */
export function motorPointLabel(record: Pick<MotorPointRecord, 'id' | 'muscle'>): string {
  const muscle = MUSCLES.find((m) => m.id === record.muscle)?.label ?? record.muscle;
  const rest = record.id.startsWith(`${record.muscle}-`)
    ? record.id.slice(record.muscle.length + 1)
    : record.id;
  const words = rest.replace(/\bl(\d)\b/g, 'L$1').replace(/-/g, ' ');
  return `${muscle}: ${words.replace(/\blcfa\b/, 'LCFA')}`;
}
