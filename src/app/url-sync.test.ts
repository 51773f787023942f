// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewerStore } from '../state';
import { syncViewToUrl } from './url-sync';

describe('the address bar follows the view', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a quiz, the embed settings and the language when the view changes', () => {
    window.history.replaceState(
      null,
      '',
      '/?mode=quiz&quiz=42&origins=https://school.example&controls=1&lang=es#plan=1.x',
    );
    const store = createViewerStore({ mode: 'quiz' });
    const stop = syncViewToUrl(store);
    store.getState().setCamera({ kind: 'preset', preset: 'posterior' });
    vi.runAllTimers();
    const url = new URL(window.location.href);
    expect(url.searchParams.get('cam')).toBe('posterior');
    expect(url.searchParams.get('quiz')).toBe('42');
    expect(url.searchParams.get('origins')).toBe('https://school.example');
    expect(url.searchParams.get('controls')).toBe('1');
    expect(url.searchParams.get('lang')).toBe('es');
    expect(url.hash, 'the plan stays in the fragment').toBe('#plan=1.x');
    stop();
  });

  it('never writes a plan into the query, even from an old link', () => {
    window.history.replaceState(null, '', '/?plan=1.old&model=/models/hip.glb');
    const store = createViewerStore();
    const stop = syncViewToUrl(store);
    store.getState().setCamera({ kind: 'preset', preset: 'superior' });
    vi.runAllTimers();
    const url = new URL(window.location.href);
    expect(url.searchParams.get('plan')).toBeNull();
    expect(url.searchParams.get('model')).toBe('/models/hip.glb');
    stop();
  });
});
