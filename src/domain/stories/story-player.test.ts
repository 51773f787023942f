import { describe, expect, it } from 'vitest';
import type { Story } from './story';
import {
  createStoryPlayer,
  currentStoryStep,
  dwellTimeMs,
  STORY_PLAYER_DEFAULTS,
  storyPlayerReducer,
  storyPlayerStatus,
} from './story-player';

const STORY: Story = {
  id: 'three',
  title: 'Three steps',
  summary: '',
  audience: 'general',
  steps: [
    { id: 'a', title: 'One', text: 'two three four' },
    { id: 'b', title: 'Two', text: 'x '.repeat(40) },
    { id: 'c', title: 'Three', text: 'end' },
  ],
};

describe('dwellTimeMs', () => {
  it('adds reading time per word to a base time, within the limits', () => {
    const opts = { baseDwellMs: 1000, msPerWord: 500, minDwellMs: 0, maxDwellMs: 100_000 };
    // "One two three four": 4 words.
    expect(dwellTimeMs(STORY.steps[0]!, opts)).toBe(1000 + 4 * 500);
    expect(dwellTimeMs(STORY.steps[0]!)).toBe(STORY_PLAYER_DEFAULTS.minDwellMs);
    expect(dwellTimeMs({ title: 'x', text: 'y '.repeat(500) })).toBe(
      STORY_PLAYER_DEFAULTS.maxDwellMs,
    );
  });
});

describe('story player', () => {
  const start = createStoryPlayer(STORY);

  it('starts at the first step, paused', () => {
    expect(start).toMatchObject({ storyId: 'three', stepCount: 3, index: 0, autoplay: false });
    expect(currentStoryStep(STORY, start)?.id).toBe('a');
  });

  it('moves next and back, stopping at both ends', () => {
    let s = storyPlayerReducer(start, { type: 'back' });
    expect(s).toBe(start);
    s = storyPlayerReducer(s, { type: 'next' });
    s = storyPlayerReducer(s, { type: 'next' });
    expect(s.index).toBe(2);
    expect(storyPlayerReducer(s, { type: 'next' })).toBe(s);
    expect(storyPlayerReducer(s, { type: 'back' }).index).toBe(1);
  });

  it('jumps with goTo, first and last, clamping bad indices', () => {
    expect(storyPlayerReducer(start, { type: 'goTo', index: 2 }).index).toBe(2);
    expect(storyPlayerReducer(start, { type: 'goTo', index: 99 }).index).toBe(2);
    expect(storyPlayerReducer(start, { type: 'goTo', index: -5 }).index).toBe(0);
    expect(storyPlayerReducer(start, { type: 'goTo', index: Number.NaN })).toBe(start);
    expect(storyPlayerReducer(start, { type: 'last' }).index).toBe(2);
    const atLast = storyPlayerReducer(start, { type: 'last' });
    expect(storyPlayerReducer(atLast, { type: 'first' }).index).toBe(0);
  });

  it('autoplays: ticks add up to each step’s dwell time, then it stops on the last step', () => {
    let s = storyPlayerReducer(start, { type: 'toggleAutoplay' });
    expect(s.autoplay).toBe(true);
    const [d0, d1, d2] = s.dwellMs as [number, number, number];
    s = storyPlayerReducer(s, { type: 'tick', elapsedMs: d0 - 1 });
    expect(s.index).toBe(0);
    s = storyPlayerReducer(s, { type: 'tick', elapsedMs: 1 });
    expect(s).toMatchObject({ index: 1, elapsedMs: 0 });
    s = storyPlayerReducer(s, { type: 'tick', elapsedMs: d1 });
    expect(s.index).toBe(2);
    s = storyPlayerReducer(s, { type: 'tick', elapsedMs: d2 });
    expect(s).toMatchObject({ index: 2, autoplay: false });
    // Playing again from the last step starts over.
    s = storyPlayerReducer(s, { type: 'toggleAutoplay' });
    expect(s).toMatchObject({ index: 0, autoplay: true });
  });

  it('ignores ticks while paused and bad tick values', () => {
    expect(storyPlayerReducer(start, { type: 'tick', elapsedMs: 1e9 })).toBe(start);
    const playing = storyPlayerReducer(start, { type: 'setAutoplay', on: true });
    expect(storyPlayerReducer(playing, { type: 'tick', elapsedMs: -5 })).toBe(playing);
    expect(storyPlayerReducer(playing, { type: 'tick', elapsedMs: Number.NaN })).toBe(playing);
  });

  it('restarts the step timer when moved by hand', () => {
    let s = storyPlayerReducer(start, { type: 'setAutoplay', on: true });
    s = storyPlayerReducer(s, { type: 'tick', elapsedMs: 1000 });
    s = storyPlayerReducer(s, { type: 'next' });
    expect(s).toMatchObject({ index: 1, elapsedMs: 0, autoplay: true });
  });

  it('ends, ignores everything but restart afterwards', () => {
    const ended = storyPlayerReducer(storyPlayerReducer(start, { type: 'next' }), { type: 'end' });
    expect(ended).toMatchObject({ ended: true, autoplay: false });
    expect(storyPlayerReducer(ended, { type: 'next' })).toBe(ended);
    expect(storyPlayerStatus(ended)).toMatchObject({ canBack: false, canNext: false });
    expect(storyPlayerReducer(ended, { type: 'restart' })).toMatchObject({
      index: 0,
      ended: false,
    });
  });

  it('reports position and what the buttons can do', () => {
    expect(storyPlayerStatus(start)).toEqual({
      step: 1,
      stepCount: 3,
      canBack: false,
      canNext: true,
      isLast: false,
      stepProgress: 0,
    });
  });

  it('never autoplays a one-step story', () => {
    const single = createStoryPlayer({ id: 'one', steps: [STORY.steps[0]!] }, { autoplay: true });
    expect(single.autoplay).toBe(false);
    expect(storyPlayerReducer(single, { type: 'toggleAutoplay' }).autoplay).toBe(false);
  });
});
