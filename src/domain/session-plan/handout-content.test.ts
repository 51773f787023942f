import { describe, expect, it } from 'vitest';
import { parseViewParams } from '../view-state';
import { handoutContent } from './handout-content';
import type { SessionPlan } from './session-plan';

const PLAN: SessionPlan = {
  points: [
    'piriformis-nerve-entry:left',
    'gluteus-medius-posterior:left',
    'gluteus-medius-surface-stimulation-site:left',
    'gluteus-medius-posterior:left',
    'unknown-point:right',
  ],
  note: '  Bridges daily.  ',
  patientLabel: 'Sam',
  created: '2026-03-14',
};

describe('handout content', () => {
  const handout = handoutContent(PLAN, { view: parseViewParams('cam=posterior').state });

  it('groups points by muscle and side, in the vocabulary order, with plain names', () => {
    expect(handout.sections.map((s) => s.heading)).toEqual([
      'Side-of-hip muscle, left side',
      'Pear-shaped deep buttock muscle, left side',
    ]);
    const gmed = handout.sections[0]!;
    expect(gmed.anatomicalName).toBe('Gluteus medius');
    expect(gmed.muscleDescription).toMatch(/keeps your hips level/);
    expect(gmed.points.map((p) => p.recordId)).toEqual([
      'gluteus-medius-posterior',
      'gluteus-medius-surface-stimulation-site',
    ]);
    expect(gmed.points[1]?.whatItIs).toMatch(/stick-on electrodes/);
    expect(gmed.points[1]?.evidence).toMatch(/textbook or a device manual.*limited/);
    expect(gmed.points[0]?.evidence).toMatch(/living people/);
  });

  it('rewords the safety notes for patients, each once per muscle', () => {
    const gmed = handout.sections[0]!;
    expect(gmed.safety).toHaveLength(new Set(gmed.safety).size);
    expect(gmed.safety.join(' ')).toMatch(/sciatic nerve/);
    expect(gmed.safety.join(' ')).toMatch(/not for needles/);
    expect(gmed.safety.join(' ')).not.toMatch(/SGN|Ince|mm/);
  });

  it('carries the plan’s note, label, date and the picture’s alt text', () => {
    expect(handout.note).toBe('Bridges daily.');
    expect(handout.patientLine).toBe('For Sam');
    expect(handout.dateLine).toBe('Date: 2026-03-14');
    expect(handout.imageAlt).toMatch(/^Picture of the model: 3D model of the hip, back view/);
    expect(handout.unknownPoints).toEqual(['unknown-point:right']);
  });

  it('includes cautious strengthening education and the disclaimer', () => {
    expect(handout.education.exercises.map((e) => e.name)).toEqual([
      'Side-lying leg lift',
      'Clamshell',
      'Bridge',
      'Step-down',
    ]);
    expect(handout.education.askClinician).toMatch(/Ask your clinician/);
    expect(handout.education.paragraphs.join(' ')).toMatch(/Studies disagree/);
    expect(handout.disclaimer).toMatch(/teaching tool/);
    expect(handout.generalSafety.length).toBeGreaterThan(2);
  });

  it('says so when the plan has no points', () => {
    const empty = handoutContent({ points: [], note: '' });
    expect(empty.sections).toEqual([]);
    expect(empty.noPoints).toBe('No points were chosen for this session.');
    expect(empty).toMatchObject({ note: null, patientLine: null, dateLine: null, imageAlt: null });
  });
});
