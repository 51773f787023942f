import { describe, expect, it } from 'vitest';
import { MECHANICS_PRESETS, simulate } from '../mechanics';
import { toMechanicsInput } from '../view-state';
import { createRng } from './seeded-random';
import {
  GENERATED_DYSFUNCTION_CASES,
  generatedDysfunction,
  generateWhichDysfunctionQuestion,
  questionFromPreset,
  SIMILAR_MUSCLES,
} from './which-dysfunction-question';

describe('which-dysfunction questions', () => {
  it('takes the answer from the preset: gluteus medius for the Trendelenburg palsy', () => {
    const preset = MECHANICS_PRESETS.find((p) => p.id === 'trendelenburg')!;
    const q = questionFromPreset(createRng(1), 'q1', preset, 'left')!;
    expect(q).toMatchObject({
      muscle: 'gluteus-medius',
      dysfunctionKind: 'weakness',
      correctOptionId: 'gluteus-medius',
      presetId: 'trendelenburg',
    });
    expect(q.dysfunction.stanceSide).toBe('left');
    expect(q.alsoAffected).toEqual(['gluteus-minimus', 'tensor-fasciae-latae']);
    // The other palsied muscles are never offered.
    expect(q.options.map((o) => o.id)).not.toContain('gluteus-minimus');
    expect(q.options.map((o) => o.id)).not.toContain('tensor-fasciae-latae');
    expect(q.sentence).toMatch(/the pelvis drops 13°/);
  });

  it('answers psoas major for the tight iliopsoas preset and keeps iliacus and TFL out', () => {
    const preset = MECHANICS_PRESETS.find((p) => p.id === 'tight-iliopsoas')!;
    const q = questionFromPreset(createRng(3), 'q', preset, 'right')!;
    expect(q).toMatchObject({ muscle: 'psoas-major', dysfunctionKind: 'tightness' });
    const ids = q.options.map((o) => o.id);
    expect(ids).not.toContain('iliacus');
    expect(ids).not.toContain('tensor-fasciae-latae');
  });

  it('makes a fair question from every preset', () => {
    for (const preset of MECHANICS_PRESETS) {
      const q = questionFromPreset(createRng(2), 'q', preset, 'right');
      expect(q, preset.id).toBeDefined();
      expect(q!.options.length).toBeGreaterThanOrEqual(3);
      expect(q!.options.filter((o) => o.id === q!.correctOptionId)).toHaveLength(1);
    }
  });

  it('draws generated severities in whole percent that the model visibly shows', () => {
    for (const scenario of GENERATED_DYSFUNCTION_CASES) {
      for (let seed = 0; seed < 10; seed++) {
        const dysfunction = generatedDysfunction(createRng(seed), scenario, 'right');
        const severity = dysfunction.muscles[scenario.muscle]![scenario.kind];
        expect(severity).toBeGreaterThanOrEqual(scenario.severity[0]);
        expect(severity).toBeLessThanOrEqual(scenario.severity[1]);
        expect(Math.round(severity * 100)).toBeCloseTo(severity * 100, 9);
        const result = simulate(toMechanicsInput(dysfunction));
        const changed =
          Math.abs(result.posture.pelvicDropDeg) +
            Math.abs(result.posture.trunkLeanDeg) +
            Math.abs(result.posture.anteriorPelvicTiltChangeDeg) >
            1 ||
          result.hipExtensorShares?.gluteusMaximus.fraction !==
            result.baseline.hipExtensorShares?.gluteusMaximus.fraction;
        expect(changed, `${scenario.muscle} seed ${seed}`).toBe(true);
      }
    }
  });

  it('never offers a muscle from the answer’s similar group', () => {
    for (let seed = 0; seed < 40; seed++) {
      const q = generateWhichDysfunctionQuestion(createRng(seed), 'q')!;
      expect(q).toBeDefined();
      const group = SIMILAR_MUSCLES[q.dysfunctionKind].find((g) => g.includes(q.muscle)) ?? [
        q.muscle,
      ];
      const offered = q.options.map((o) => o.id).filter((id) => id !== q.correctOptionId);
      for (const id of offered) expect(group, `seed ${seed}`).not.toContain(id);
    }
  });

  it('respects a muscle filter and is deterministic per seed', () => {
    const q = generateWhichDysfunctionQuestion(createRng(4), 'q', { muscles: ['gluteus-maximus'] });
    expect(q?.muscle).toBe('gluteus-maximus');
    expect(generateWhichDysfunctionQuestion(createRng(4), 'q')).toEqual(
      generateWhichDysfunctionQuestion(createRng(4), 'q'),
    );
    expect(
      generateWhichDysfunctionQuestion(createRng(4), 'q', { muscles: ['piriformis'] }),
    ).toBeUndefined();
  });
});
