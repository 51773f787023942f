import { describe, expect, it } from 'vitest';
import { MOTOR_POINTS } from './data/motor-points';
import { motorPointLabel } from './motor-point-label';

describe('motorPointLabel', () => {
  it('names a record by its muscle and the rest of its id', () => {
    expect(
      motorPointLabel({ id: 'gluteus-medius-nerve-termination-arc', muscle: 'gluteus-medius' }),
    ).toBe('Gluteus medius: nerve termination arc');
    expect(motorPointLabel({ id: 'psoas-major-l2-l3-branch-level', muscle: 'psoas-major' })).toBe(
      'Psoas major: L2/L3 branch level',
    );
  });

  it('gives every record a distinct label', () => {
    const labels = MOTOR_POINTS.map(motorPointLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
