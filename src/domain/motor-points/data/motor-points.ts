import type { MotorPointRecord } from '../motor-point';
import { GLUTEUS_MAXIMUS_POINTS } from './gluteus-maximus';
import { GLUTEUS_MEDIUS_POINTS } from './gluteus-medius';
import { GLUTEUS_MINIMUS_POINTS } from './gluteus-minimus';
import { ILIACUS_POINTS } from './iliacus';
import { PIRIFORMIS_POINTS } from './piriformis';
import { PSOAS_MAJOR_POINTS } from './psoas-major';
import { TENSOR_FASCIAE_LATAE_POINTS } from './tensor-fasciae-latae';

/**
 * Every motor point record (25), by muscle from superficial to deep. Each carries its landmark
 * rule, the source's own wording (`sourceLocation`), evidence and confidence.
 * @internal
 */
export const MOTOR_POINT_RECORDS: readonly MotorPointRecord[] = [
  ...GLUTEUS_MAXIMUS_POINTS,
  ...GLUTEUS_MEDIUS_POINTS,
  ...GLUTEUS_MINIMUS_POINTS,
  ...TENSOR_FASCIAE_LATAE_POINTS,
  ...PIRIFORMIS_POINTS,
  ...PSOAS_MAJOR_POINTS,
  ...ILIACUS_POINTS,
];

/** The records the app shows: all but those whose source's reference lines are unconfirmed. */
export const MOTOR_POINTS: readonly MotorPointRecord[] = MOTOR_POINT_RECORDS.filter(
  (r) => r.status === undefined,
);
