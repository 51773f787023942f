import { describe, expect, it } from 'vitest';
import { MOTOR_POINT_RECORDS } from './data/motor-points';
import { MOTOR_POINT_IDS } from './motor-point-ids';

describe('MOTOR_POINT_IDS', () => {
  it('lists exactly the ids of the records, in their order', () => {
    expect([...MOTOR_POINT_IDS]).toEqual(MOTOR_POINT_RECORDS.map((p) => p.id));
  });
});
