import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FRAME_FALLBACK_MS, shownStateOf } from './viewer-after-frame';
import { createViewerStore } from './viewer-store';

/** Frame callbacks run only when the test draws a frame. */
let frameQueue: (() => void)[] = [];
function drawFrame() {
  const callbacks = frameQueue;
  frameQueue = [];
  for (const callback of callbacks) callback();
}

beforeEach(() => {
  vi.useFakeTimers();
  frameQueue = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frameQueue.push(callback));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('shownStateOf', () => {
  it('shows a change after the next frame, while the store has it at once', () => {
    const store = createViewerStore();
    const shown = shownStateOf(store);
    const listener = vi.fn();
    shown.subscribe(listener);
    store.getState().select('gluteus-medius:left');
    expect(store.getState().view.selection, 'the store').toBe('gluteus-medius:left');
    expect(shown.get().view.selection, 'before the frame').toBeNull();
    drawFrame();
    expect(shown.get().view.selection, 'during the frame').toBeNull();
    vi.advanceTimersByTime(0);
    expect(shown.get().view.selection, 'after the frame').toBe('gluteus-medius:left');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows the changes made before that frame together, once', () => {
    const store = createViewerStore();
    const shown = shownStateOf(store);
    const listener = vi.fn();
    shown.subscribe(listener);
    store.getState().select('gluteus-medius:left');
    store.getState().select('piriformis:right');
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(shown.get().view.selection).toBe('piriformis:right');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows a change without a frame (a hidden page draws none) after a while', () => {
    const store = createViewerStore();
    const shown = shownStateOf(store);
    store.getState().select('gluteus-medius:left');
    vi.advanceTimersByTime(AFTER_FRAME_FALLBACK_MS - 1);
    expect(shown.get().view.selection).toBeNull();
    vi.advanceTimersByTime(1);
    expect(shown.get().view.selection).toBe('gluteus-medius:left');
  });

  it('is one per store: two viewers never show each other’s state', () => {
    const first = createViewerStore();
    const second = createViewerStore();
    expect(shownStateOf(first)).toBe(shownStateOf(first));
    first.getState().select('gluteus-medius:left');
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(shownStateOf(first).get().view.selection).toBe('gluteus-medius:left');
    expect(shownStateOf(second).get().view.selection).toBeNull();
  });
});
