import { describe, expect, it } from 'vitest';
import {
  ACUPUNCTURE_CAVEATS,
  ACUPUNCTURE_GENERAL_SAFETY,
  ACUPUNCTURE_POINTS,
  ACUPUNCTURE_SOURCES,
} from '../../src/domain/acupuncture';
import {
  ANATOMY_SOURCES,
  BONE_REFERENCE_DATA,
  LANDMARK_REFERENCE_DATA,
  MUSCLE_REFERENCE_DATA,
  NERVE_REFERENCE_DATA,
} from '../../src/domain/anatomy/reference';
import { messages } from '../../src/domain/messages';
import { MOTOR_POINT_RECORDS } from '../../src/domain/motor-points';
import { BUILT_IN_STORIES } from '../../src/domain/stories';

/**
 * Every string a user can read (message catalogue, motor point records, anatomy and acupuncture
 * cards, stories): no working notes ("verify", "from memory", "my reading") and no source file
 * paths. Message functions are called with sample arguments so their text is checked too.
 */
const SAMPLE_ARGS = ['Example', 12, 'right', 'left'];

function collect(
  value: unknown,
  path: string,
  out: { path: string; text: string }[],
  seen: Set<unknown>,
) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (typeof value === 'function') {
    try {
      const result = (value as (...a: unknown[]) => unknown)(...SAMPLE_ARGS);
      collect(result, `${path}()`, out, seen);
    } catch {
      // A message function that needs structured arguments: its literal parts are in its source.
      collect(String(value), `${path}#source`, out, seen);
    }
  } else if (value && typeof value === 'object') {
    if (seen.has(value)) return;
    seen.add(value);
    for (const [k, v] of Object.entries(value)) collect(v, `${path}.${k}`, out, seen);
  }
}

const WORKING_NOTES = /\bverify\b|from memory|my reading/i;
const FILE_PATH =
  /(?:^|[\s(`'"])(?:[\w.-]+\/)+[\w.-]+\.(?:ts|tsx|js|json|md)\b|\b[\w-]+\.(?:ts|tsx|json)\b/;

describe('user-visible text', () => {
  const texts: { path: string; text: string }[] = [];
  const seen = new Set<unknown>();
  collect(messages, 'messages', texts, seen);
  collect(MOTOR_POINT_RECORDS, 'motorPoints', texts, seen);
  collect(
    {
      ANATOMY_SOURCES,
      BONE_REFERENCE_DATA,
      LANDMARK_REFERENCE_DATA,
      MUSCLE_REFERENCE_DATA,
      NERVE_REFERENCE_DATA,
    },
    'anatomy',
    texts,
    seen,
  );
  collect(
    { ACUPUNCTURE_POINTS, ACUPUNCTURE_SOURCES, ACUPUNCTURE_CAVEATS, ACUPUNCTURE_GENERAL_SAFETY },
    'acupuncture',
    texts,
    seen,
  );
  collect(BUILT_IN_STORIES, 'stories', texts, seen);

  it('collects a realistic amount of text', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('has no working notes such as "verify", "from memory" or "my reading"', () => {
    const bad = texts.filter((t) => !t.path.endsWith('#source') && WORKING_NOTES.test(t.text));
    expect(bad.map((t) => `${t.path}: ${t.text.slice(0, 120)}`)).toEqual([]);
  });

  it('shows no source file paths', () => {
    const bad = texts.filter((t) => !t.path.endsWith('#source') && FILE_PATH.test(t.text));
    expect(bad.map((t) => `${t.path}: ${t.text.slice(0, 160)}`)).toEqual([]);
  });
});
