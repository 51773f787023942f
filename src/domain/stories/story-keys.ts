import type { StoryPlayerAction } from './story-player';

/** The parts of a keyboard event the mapping reads (a DOM `KeyboardEvent` fits). */
export interface KeyInput {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly shiftKey?: boolean;
}

/**
 * The player action for a key, or null (let the key do what it normally does). ArrowRight and
 * Space: next; Shift+Space and ArrowLeft: back; Home/End: first/last step; Escape: end;
 * `p`: play or pause. Keys with Ctrl, Alt or Meta are left alone (browser shortcuts).
 */
export function storyKeyAction(event: KeyInput): StoryPlayerAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? { type: 'back' } : { type: 'next' };
    case 'ArrowLeft':
      return { type: 'back' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
    case 'Esc':
      return { type: 'end' };
    case 'p':
    case 'P':
      return { type: 'toggleAutoplay' };
    default:
      return null;
  }
}
