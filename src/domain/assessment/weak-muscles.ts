import type { BilateralSide } from '../anatomy';
import { BILATERAL_SIDES } from '../anatomy';
import type { EmgMuscle } from '../exercises';
import { EMG_MUSCLES } from '../exercises';
import type { AssessmentMapping } from './map-assessment';

/** Weakness (0..1) from which a muscle counts as weak for exercise ranking: Oxford 4 and below. */
const WEAK_FROM = 0.2;

/**
 * The EMG-table muscles the findings make weak (either side), weakest first, so the exercise list
 * can rank for them. Ties keep the table's order (gluteus medius first).
 */
export function weakEmgMuscles(mapping: AssessmentMapping): EmgMuscle[] {
  const worst = new Map<EmgMuscle, number>();
  for (const side of BILATERAL_SIDES as readonly BilateralSide[]) {
    for (const muscle of EMG_MUSCLES) {
      const w = mapping.severities[side]?.[muscle]?.weakness ?? 0;
      if (w >= WEAK_FROM) worst.set(muscle, Math.max(worst.get(muscle) ?? 0, w));
    }
  }
  return EMG_MUSCLES.filter((m) => worst.has(m) && m !== 'tensor-fasciae-latae').sort(
    (a, b) => (worst.get(b) ?? 0) - (worst.get(a) ?? 0),
  );
}
