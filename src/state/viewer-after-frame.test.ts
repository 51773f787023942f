import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FRAME_FALLBACK_MS, shownStateOf, showPickAfterFrame } from './viewer-after-frame';
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
  it('follows the store at once when nothing was picked in the 3D view', () => {
    const store = createViewerStore();
    const shown = shownStateOf(store);
    const listener = vi.fn();
    shown.subscribe(listener);
    store.getState().select('gluteus-medius:left');
    expect(shown.get().view.selection).toBe('gluteus-medius:left');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows a pick after the next frame, while the store has it at once', () => {
    const store = createViewerStore();
    const shown = shownStateOf(store);
    const listener = vi.fn();
    shown.subscribe(listener);
    showPickAfterFrame(store);
    store.getState().select('gluteus-medius:left');
    expect(store.getState().view.selection, 'the store').toBe('gluteus-medius:left');
    expect(shown.get().view.selection, 'before the frame').toBeNull();
    drawFrame();
    expect(shown.get().view.selection, 'during the frame').toBeNull();
    vi.advanceTimersByTime(0);
    expect(shown.get().view.selection, 'after the frame').toBe('gluteus-medius:left');
    expect(listener).toHaveBeenCalledTimes(1);
    // The hold ends with that frame: the next change shows at once.
    store.getState().select('piriformis:right');
    expect(shown.get().view.selection).toBe('piriformis:right');
  });

  it('shows the changes made before that frame together, once', () => {
    const store = createViewerStore();
    const shown = shownStateOf(store);
    const listener = vi.fn();
    shown.subscribe(listener);
    showPickAfterFrame(store);
    store.getState().select('gluteus-medius:left');
    store.getState().select('piriformis:right');
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(shown.get().view.selection).toBe('piriformis:right');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows a pick without a frame (a hidden page draws none) after a while', () => {
    const store = createViewerStore();
    const shown = shownStateOf(store);
    showPickAfterFrame(store);
    store.getState().select('gluteus-medius:left');
    vi.advanceTimersByTime(AFTER_FRAME_FALLBACK_MS - 1);
    expect(shown.get().view.selection).toBeNull();
    vi.advanceTimersByTime(1);
    expect(shown.get().view.selection).toBe('gluteus-medius:left');
  });

  it('is one per store: a pick in one viewer never holds another', () => {
    const first = createViewerStore();
    const second = createViewerStore();
    expect(shownStateOf(first)).toBe(shownStateOf(first));
    shownStateOf(second);
    showPickAfterFrame(first);
    first.getState().select('gluteus-medius:left');
    second.getState().select('piriformis:right');
    expect(shownStateOf(second).get().view.selection).toBe('piriformis:right');
    expect(shownStateOf(first).get().view.selection).toBeNull();
  });
});
