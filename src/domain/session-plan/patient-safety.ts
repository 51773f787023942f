import { learning } from '../messages/en/learning';
import type { MotorPointRecord } from '../motor-points';

/** @internal */
export type PatientSafetyId = keyof typeof learning.patientSafety;

/**
 * How a record's clinical safety notes map to plain notes for patients. Each clinical line may
 * match several rules; the patient notes come out in this order, each once.
 */
const RULES: readonly {
  readonly id: Exclude<PatientSafetyId, 'general'>;
  readonly match: RegExp;
}[] = [
  { id: 'surface-only', match: /surface stimulation only/i },
  {
    id: 'organs-deep',
    match: /kidney|aorta|vena cava|ureter|peritone|bowel|ultrasound|fluoroscop/i,
  },
  { id: 'sciatic-nerve', match: /sciatic/i },
  { id: 'gluteal-nerves-vessels', match: /(superior|inferior) gluteal|\bSGN\b|\bIGN\b/i },
  { id: 'femoral-nerve', match: /femoral nerve|lumbar plexus/i },
  { id: 'skin-nerve-front', match: /lateral femoral cutaneous/i },
  { id: 'blood-vessel', match: /circumflex femoral artery/i },
  { id: 'hip-joint', match: /hip-joint|joint capsule/i },
];

/**
 * The ids of the plain safety notes for a record (`general` when none of the rules match).
 * @internal
 */
export function patientSafetyIds(record: Pick<MotorPointRecord, 'safety'>): PatientSafetyId[] {
  const found: PatientSafetyId[] = RULES.filter((rule) =>
    record.safety.some((line) => rule.match.test(line)),
  ).map((rule) => rule.id);
  // Deep work near the belly or groin: say when to seek urgent care afterwards.
  if (found.includes('organs-deep')) found.push('urgent-care');
  return found.length > 0 ? found : ['general'];
}

/** A record's safety notes reworded for patients. */
export function patientSafetyNotes(record: Pick<MotorPointRecord, 'safety'>): string[] {
  return patientSafetyIds(record).map((id) => learning.patientSafety[id]);
}
