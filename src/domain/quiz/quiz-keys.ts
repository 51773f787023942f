import type { KeyInput } from '../stories/story-keys';
import type { QuizPhase } from './quiz-session';

export type QuizKeyCommand =
  | { readonly kind: 'choose'; readonly index: number }
  | { readonly kind: 'submit' }
  | { readonly kind: 'next' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'move'; readonly by: 1 | -1 };

/**
 * Keys of the quiz, so it works without a mouse. While a question is open: `1`–`9` choose an
 * option (or the lettered spot, for place-point questions, also `a`–`d`), arrow keys move the
 * choice, Enter checks the answer, `s` skips. On feedback: Enter or `n` goes on. Keys with Ctrl,
 * Alt or Meta are left alone.
 */
export function quizKeyCommand(
  event: KeyInput,
  phase: QuizPhase,
  optionCount: number,
): QuizKeyCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const key = event.key;
  if (phase === 'feedback')
    return key === 'Enter' || key === 'n' || key === 'N' ? { kind: 'next' } : null;
  if (phase !== 'question') return null;
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    return index < optionCount ? { kind: 'choose', index } : null;
  }
  if (/^[a-i]$/i.test(key)) {
    const index = key.toLowerCase().charCodeAt(0) - 97;
    return index < optionCount ? { kind: 'choose', index } : null;
  }
  switch (key) {
    case 'Enter':
      return { kind: 'submit' };
    case 's':
    case 'S':
      return { kind: 'skip' };
    case 'ArrowDown':
    case 'ArrowRight':
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { kind: 'move', by: -1 };
    default:
      return null;
  }
}
