import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  mergeProgress,
  muscleMastery,
  parseProgress,
  progressFromSummary,
  type QuizProgress,
  serializeProgress,
} from './quiz-progress';
import type { QuizSummary } from './quiz-session';

const A: QuizProgress = {
  version: 1,
  muscles: {
    'gluteus-medius': {
      attempts: 3,
      correct: 2,
      points: 25,
      maxPoints: 30,
      lastPlayedOn: '2026-01-05',
    },
    piriformis: { attempts: 1, correct: 0, points: 2, maxPoints: 10, lastPlayedOn: null },
  },
};
const B: QuizProgress = {
  version: 1,
  muscles: {
    'gluteus-medius': {
      attempts: 1,
      correct: 1,
      points: 10,
      maxPoints: 10,
      lastPlayedOn: '2026-02-01',
    },
    iliacus: { attempts: 2, correct: 1, points: 13, maxPoints: 20, lastPlayedOn: '2026-02-01' },
  },
};

describe('quiz progress', () => {
  it('merges by adding counts and keeping the later date', () => {
    expect(mergeProgress(A, B)).toEqual({
      version: 1,
      muscles: {
        'gluteus-medius': {
          attempts: 4,
          correct: 3,
          points: 35,
          maxPoints: 40,
          lastPlayedOn: '2026-02-01',
        },
        piriformis: A.muscles.piriformis,
        iliacus: B.muscles.iliacus,
      },
    });
    expect(mergeProgress(emptyProgress(), A)).toEqual(A);
    expect(muscleMastery(mergeProgress(A, B), 'gluteus-medius')).toBeCloseTo(35 / 40, 12);
    expect(muscleMastery(A, 'psoas-major')).toBeNull();
  });

  it('round-trips through its stored text', () => {
    expect(parseProgress(serializeProgress(A))).toEqual({ ok: true, progress: A });
  });

  it('turns a quiz summary into progress', () => {
    const summary = {
      perMuscle: { iliacus: { asked: 2, correct: 1, points: 13, maxPoints: 20 } },
    } as unknown as QuizSummary;
    expect(progressFromSummary(summary, '2026-02-01')).toEqual({
      version: 1,
      muscles: { iliacus: B.muscles.iliacus },
    });
    expect(progressFromSummary(summary, 'yesterday').muscles.iliacus?.lastPlayedOn).toBeNull();
  });

  it('treats missing storage as empty progress', () => {
    for (const value of [null, undefined, '']) {
      expect(parseProgress(value)).toEqual({ ok: true, progress: emptyProgress() });
    }
  });

  it('ignores a corrupted value with a reason', () => {
    const cases: [string, string][] = [
      ['{"version":1,"muscles":', 'not valid JSON'],
      ['[1,2]', 'not an object'],
      ['{"version":2,"muscles":{}}', 'version 2'],
      ['{"version":1,"muscles":{"biceps":{}}}', 'unknown muscle "biceps"'],
      [
        '{"version":1,"muscles":{"iliacus":{"attempts":1,"correct":2,"points":0,"maxPoints":10}}}',
        '"correct"',
      ],
      [
        '{"version":1,"muscles":{"iliacus":{"attempts":1,"correct":1,"points":11,"maxPoints":10}}}',
        '"points"',
      ],
      [
        '{"version":1,"muscles":{"iliacus":{"attempts":-1,"correct":0,"points":0,"maxPoints":0}}}',
        '"attempts"',
      ],
      [
        '{"version":1,"muscles":{"iliacus":{"attempts":1,"correct":0,"points":0,"maxPoints":10,"lastPlayedOn":"soon"}}}',
        '"lastPlayedOn"',
      ],
      ['x'.repeat(30_000), 'characters long'],
    ];
    for (const [text, reason] of cases) {
      const parsed = parseProgress(text);
      expect(parsed.ok, text.slice(0, 60)).toBe(false);
      expect(parsed.progress).toEqual(emptyProgress());
      if (!parsed.ok) expect(parsed.reason).toContain(reason);
    }
  });
});
