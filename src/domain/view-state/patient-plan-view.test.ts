import { describe, expect, it } from 'vitest';
import { patientPlanCamera, patientPlanView } from './patient-plan-view';
import { defaultViewState } from './view-state';

describe('patient plan view', () => {
  it('looks from behind at buttock points, from the front at psoas, from the side at TFL', () => {
    expect(patientPlanCamera([{ muscle: 'gluteus-medius', side: 'right' }])).toBe('posterior');
    expect(patientPlanCamera([{ muscle: 'psoas-major', side: 'left' }])).toBe('anterior');
    expect(patientPlanCamera([{ muscle: 'tensor-fasciae-latae', side: 'left' }])).toBe(
      'left-lateral',
    );
    // Most points win; an even split prefers the back, where most needling points are.
    expect(
      patientPlanCamera([
        { muscle: 'iliacus', side: 'right' },
        { muscle: 'gluteus-maximus', side: 'right' },
      ]),
    ).toBe('posterior');
    expect(
      patientPlanCamera([
        { muscle: 'iliacus', side: 'right' },
        { muscle: 'psoas-major', side: 'right' },
        { muscle: 'gluteus-maximus', side: 'right' },
      ]),
    ).toBe('anterior');
    expect(patientPlanCamera([])).toBe('posterior');
  });

  it('shows the skin see-through, no other markers and no needle route, and keeps the rest', () => {
    const view = {
      ...defaultViewState(),
      mode: 'patient' as const,
      point: 'gluteus-medius-posterior:right' as const,
      labels: true,
    };
    const out = patientPlanView(view, [{ muscle: 'gluteus-medius', side: 'right' }]);
    expect(out.layers.skin).toEqual({ left: 'ghosted', right: 'ghosted' });
    expect(out.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    expect(out.point).toBeNull();
    expect(out.markers.shown).toBe(false);
    expect(out.labels).toBe(true);
    expect(out.mode).toBe('patient');
    expect(out.layers.superficial).toEqual({ left: 'shown', right: 'shown' });
  });
});
