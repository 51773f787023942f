import { describe, expect, it } from 'vitest';
import { formatRoots, isSpinalRoot } from './spinal-roots';

describe('formatRoots', () => {
  it('writes neighbouring roots as a range across the lumbosacral junction', () => {
    expect(formatRoots(['L4', 'L5', 'S1'])).toBe('L4–S1');
    expect(formatRoots(['S2', 'L5', 'S1'])).toBe('L5–S2');
  });

  it('lists roots that are not neighbours', () => {
    expect(formatRoots(['L2', 'L4'])).toBe('L2, L4');
  });

  it('handles one root, duplicates and an empty list', () => {
    expect(formatRoots(['S1'])).toBe('S1');
    expect(formatRoots(['L2', 'L2', 'L3'])).toBe('L2–L3');
    expect(formatRoots([])).toBe('');
  });
});

describe('isSpinalRoot', () => {
  it('accepts L1–L5 and S1–S4 only', () => {
    expect(isSpinalRoot('L1')).toBe(true);
    expect(isSpinalRoot('S4')).toBe(true);
    expect(isSpinalRoot('T12')).toBe(false);
    expect(isSpinalRoot('S5')).toBe(false);
    expect(isSpinalRoot('l4')).toBe(false);
  });
});
