import { MOTOR_POINTS, type MotorPointRecord } from '../motor-points';

/** A motor point record by id, for tests (throws when missing). */
export function findMotorPointRecordForTest(id: string): MotorPointRecord {
  const record = MOTOR_POINTS.find((r) => r.id === id);
  if (!record) throw new Error(`test fixture: no motor point record "${id}"`);
  return record;
}
