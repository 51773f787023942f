import { describe, expect, it } from 'vitest';
import { storyKeyAction } from './story-keys';

describe('storyKeyAction', () => {
  it('maps the player keys', () => {
    expect(storyKeyAction({ key: 'ArrowRight' })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: ' ' })).toEqual({ type: 'next' });
    expect(storyKeyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'back' });
    expect(storyKeyAction({ key: 'ArrowLeft' })).toEqual({ type: 'back' });
    expect(storyKeyAction({ key: 'Home' })).toEqual({ type: 'first' });
    expect(storyKeyAction({ key: 'End' })).toEqual({ type: 'last' });
    expect(storyKeyAction({ key: 'Escape' })).toEqual({ type: 'end' });
    expect(storyKeyAction({ key: 'p' })).toEqual({ type: 'toggleAutoplay' });
    expect(storyKeyAction({ key: 'P', shiftKey: true })).toEqual({ type: 'toggleAutoplay' });
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(storyKeyAction({ key: 'Tab' })).toBeNull();
    expect(storyKeyAction({ key: 'Enter' })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'p', ctrlKey: true })).toBeNull();
    expect(storyKeyAction({ key: 'ArrowLeft', metaKey: true })).toBeNull();
  });
});
