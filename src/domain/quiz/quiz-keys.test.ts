import { describe, expect, it } from 'vitest';
import { quizKeyCommand } from './quiz-keys';

describe('quizKeyCommand', () => {
  it('chooses, moves, checks and skips while a question is open', () => {
    expect(quizKeyCommand({ key: '1' }, 'question', 4)).toEqual({ kind: 'choose', index: 0 });
    expect(quizKeyCommand({ key: '4' }, 'question', 4)).toEqual({ kind: 'choose', index: 3 });
    expect(quizKeyCommand({ key: '5' }, 'question', 4)).toBeNull();
    expect(quizKeyCommand({ key: 'b' }, 'question', 4)).toEqual({ kind: 'choose', index: 1 });
    expect(quizKeyCommand({ key: 'D' }, 'question', 4)).toEqual({ kind: 'choose', index: 3 });
    expect(quizKeyCommand({ key: 'ArrowDown' }, 'question', 4)).toEqual({ kind: 'move', by: 1 });
    expect(quizKeyCommand({ key: 'ArrowUp' }, 'question', 4)).toEqual({ kind: 'move', by: -1 });
    expect(quizKeyCommand({ key: 'Enter' }, 'question', 4)).toEqual({ kind: 'submit' });
    expect(quizKeyCommand({ key: 's' }, 'question', 4)).toEqual({ kind: 'skip' });
  });

  it('goes on from feedback and does nothing on the summary', () => {
    expect(quizKeyCommand({ key: 'Enter' }, 'feedback', 4)).toEqual({ kind: 'next' });
    expect(quizKeyCommand({ key: 'n' }, 'feedback', 4)).toEqual({ kind: 'next' });
    expect(quizKeyCommand({ key: '1' }, 'feedback', 4)).toBeNull();
    expect(quizKeyCommand({ key: 'Enter' }, 'summary', 4)).toBeNull();
  });

  it('leaves shortcuts alone', () => {
    expect(quizKeyCommand({ key: '1', ctrlKey: true }, 'question', 4)).toBeNull();
    expect(quizKeyCommand({ key: 'Tab' }, 'question', 4)).toBeNull();
  });
});
