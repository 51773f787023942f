import { describe, expect, it } from 'vitest';
import { exerciseDosage } from './dosage';
import { EXERCISE_IDS } from './exercise';
import { exerciseFigure } from './exercise-figure';
import { EXERCISES, exerciseByCode, findExercise } from './exercise-table';
import { activationBand, meanActivation, rankExercises } from './rank-exercises';
import { EXERCISE_SOURCES } from './sources';

describe('exercise table', () => {
  it('has at least 14 exercises, one per id, with unique link codes', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(14);
    expect(EXERCISES.map((e) => e.id).sort()).toEqual([...EXERCISE_IDS].sort());
    expect(new Set(EXERCISES.map((e) => e.code)).size).toBe(EXERCISES.length);
    for (const e of EXERCISES) expect(exerciseByCode(e.code)).toBe(e);
  });

  it('gives every exercise at least one cited %MVIC figure from a known source', () => {
    for (const e of EXERCISES) {
      expect(e.emg.length, e.id).toBeGreaterThan(0);
      for (const v of e.emg) {
        expect(EXERCISE_SOURCES[v.source], `${e.id} source`).toBeDefined();
        expect(v.meanPctMvic, `${e.id} mean`).toBeGreaterThan(0);
        expect(v.meanPctMvic, `${e.id} mean`).toBeLessThan(200);
        if (v.sdPctMvic !== null) expect(v.sdPctMvic).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the figures checked against the published abstracts', () => {
    const sideLying = findExercise('side-lying-hip-abduction');
    expect(sideLying.emg).toContainEqual(
      expect.objectContaining({
        source: 'distefano-2009',
        meanPctMvic: 81,
        sdPctMvic: 42,
        transcription: 'checked',
      }),
    );
    expect(findExercise('clamshell').gluteToTflIndex?.value).toBe(115);
    expect(findExercise('prone-hip-extension').emg).toContainEqual(
      expect.objectContaining({ muscle: 'gluteus-maximus', meanPctMvic: 100.7, sdPctMvic: 14.5 }),
    );
  });
});

describe('rankExercises', () => {
  it('ranks a high gluteus medius, low TFL exercise above the clamshell', () => {
    const ranked = rankExercises('gluteus-medius').map((r) => r.exercise.id);
    expect(ranked.indexOf('lateral-band-walk')).toBeLessThan(ranked.indexOf('clamshell'));
    expect(ranked.indexOf('single-leg-bridge')).toBeLessThan(ranked.indexOf('clamshell'));
  });

  it('lets a measured low TFL share reorder close activations, and only those', () => {
    const plain = rankExercises('gluteus-medius', { lowTflBonusPctMvic: 0 }).map(
      (r) => r.exercise.id,
    );
    const withTfl = rankExercises('gluteus-medius').map((r) => r.exercise.id);
    // The forward step-up (62.7) is above the band walk (61) by activation alone...
    expect(plain.indexOf('forward-step-up')).toBeLessThan(plain.indexOf('lateral-band-walk'));
    // ...and below it once the band walk's low TFL share (GTI 64) counts.
    expect(withTfl.indexOf('lateral-band-walk')).toBeLessThan(withTfl.indexOf('forward-step-up'));
    // Far apart activations keep their order: side-lying abduction stays above the clamshell.
    expect(withTfl.indexOf('side-lying-hip-abduction')).toBeLessThan(withTfl.indexOf('clamshell'));
  });

  it('ranks for gluteus maximus by its own activation and leaves out exercises without data', () => {
    const ranked = rankExercises('gluteus-maximus');
    expect(ranked[0]?.exercise.id).toBe('prone-hip-extension');
    expect(ranked.map((r) => r.exercise.id)).not.toContain('hip-hike');
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    }
  });

  it('averages the studies for one muscle', () => {
    expect(meanActivation(findExercise('side-lying-hip-abduction'), 'gluteus-medius')).toBeCloseTo(
      90.45,
      2,
    );
    expect(meanActivation(findExercise('hip-hike'), 'gluteus-maximus')).toBeNull();
  });
});

describe('activationBand and dosage', () => {
  it('uses the Reiman 2012 bands', () => {
    expect([20, 21, 40, 41, 60, 61].map(activationBand)).toEqual([
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
      'very-high',
    ]);
  });

  it('doses high activation for strength and moderate for endurance (ACSM 2009)', () => {
    expect(exerciseDosage('high')).toMatchObject({
      goal: 'strength',
      repetitions: [8, 12],
      sets: [1, 3],
    });
    expect(exerciseDosage('moderate', { novice: false })).toMatchObject({
      goal: 'endurance',
      repetitions: [10, 15],
      sets: [2, 3],
    });
  });
});

describe('exerciseFigure', () => {
  it('stands a standing figure on its feet with the head on top', () => {
    const f = exerciseFigure(findExercise('standing-hip-abduction').pose);
    expect(f.head.y).toBeLessThan(f.hip.y);
    expect(f.otherAnkle.y).toBeCloseTo(f.floorY, 6);
    expect(f.viewBox[2]).toBeGreaterThan(0);
    expect(f.viewBox[3]).toBeGreaterThan(0);
  });

  it('lays a prone figure flat: head and feet near the same height', () => {
    const f = exerciseFigure(findExercise('prone-hip-extension').pose);
    expect(Math.abs(f.head.y - f.otherAnkle.y)).toBeLessThan(0.1);
  });
});
