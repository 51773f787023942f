import { MOTOR_POINTS } from '../motor-points';
import type { PointKey } from '../view-state';
import type { AssessmentMapping } from './map-assessment';

export interface PointSuggestion {
  readonly key: PointKey;
  /** The findings that led to it (plain text). */
  readonly reasons: readonly string[];
}

/**
 * Motor points to consider for the muscles the findings make weak or tight, on the finding's
 * side, in the order of the findings and then of the motor point table. Suggestions only: the
 * clinician accepts or removes each.
 */
export function suggestPoints(mapping: AssessmentMapping): PointSuggestion[] {
  const reasons = new Map<PointKey, string[]>();
  for (const finding of mapping.findings) {
    if (!finding.side) continue;
    for (const muscle of finding.muscles) {
      for (const record of MOTOR_POINTS) {
        if (record.muscle !== muscle) continue;
        const key: PointKey = `${record.id}:${finding.side}`;
        const list = reasons.get(key) ?? [];
        if (!list.includes(finding.finding)) list.push(finding.finding);
        reasons.set(key, list);
      }
    }
  }
  return [...reasons].map(([key, list]) => ({ key, reasons: list }));
}
