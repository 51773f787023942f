import { describe, expect, it } from 'vitest';
import { MUSCLE_IDS } from '../anatomy';
import { anatomyReferenceFor } from '../anatomy/reference';
import { nerveRootsQuestion } from './nerve-roots-question';
import { createRng } from './seeded-random';

describe('nerve-roots questions', () => {
  it('asks about the superior gluteal nerve, L4–S1, for gluteus medius', () => {
    const q = nerveRootsQuestion(createRng(1), 'q1', 'gluteus-medius')!;
    const correct = q.options.find((o) => o.id === q.correctOptionId);
    expect(correct?.label).toBe('Superior gluteal nerve (L4–S1)');
    expect(q.rootsNote).toBe('Some sources list L5 and S1 only.');
  });

  for (const muscle of MUSCLE_IDS) {
    it(`has four distinct options with exactly one right answer for ${muscle}`, () => {
      for (let seed = 0; seed < 25; seed++) {
        const q = nerveRootsQuestion(createRng(seed), 'q', muscle)!;
        expect(q.options).toHaveLength(4);
        expect(new Set(q.options.map((o) => o.id)).size).toBe(4);
        expect(new Set(q.options.map((o) => o.label)).size).toBe(4);
        expect(q.options.filter((o) => o.id === q.correctOptionId)).toHaveLength(1);
        const inn = anatomyReferenceFor(muscle).innervation!;
        expect(q.roots).toEqual(inn.roots);
        // No distractor is the same nerve sharing more than one root with the answer.
        const [nerve] = q.correctOptionId.split(':');
        for (const o of q.options) {
          if (o.id === q.correctOptionId || !o.id.startsWith(`${nerve}:`)) continue;
          const roots = o.id.split(':')[1]!.split('-');
          expect(
            roots.filter((r) => (inn.roots as readonly string[]).includes(r)).length,
          ).toBeLessThanOrEqual(1);
        }
      }
    });
  }

  it('never offers the lumbar plexus for iliacus (its femoral nerve is a plexus branch)', () => {
    for (let seed = 0; seed < 40; seed++) {
      const q = nerveRootsQuestion(createRng(seed), 'q', 'iliacus')!;
      expect(q.options.some((o) => o.id.startsWith('lumbar-plexus:'))).toBe(false);
      const p = nerveRootsQuestion(createRng(seed), 'q', 'psoas-major')!;
      expect(p.options.some((o) => o.id.startsWith('femoral-nerve:'))).toBe(false);
    }
  });

  it('is deterministic per seed', () => {
    expect(nerveRootsQuestion(createRng(9), 'q', 'piriformis')).toEqual(
      nerveRootsQuestion(createRng(9), 'q', 'piriformis'),
    );
  });
});
