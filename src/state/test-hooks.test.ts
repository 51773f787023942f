import { describe, expect, it } from 'vitest';
import { createTestHookRegistry, viewerIdOf } from './test-hooks';
import { createViewerStore } from './viewer-store';

describe('test hooks, per viewer', () => {
  it('gives the only viewer’s hook, and nothing when no viewer has one', () => {
    const registry = createTestHookRegistry();
    expect(registry.only('probe')).toBeUndefined();
    const probe = { frames: 0 };
    registry.add('viewer-1', 'probe', probe);
    expect(registry.only('probe')).toBe(probe);
    expect(registry.only('debug')).toBeUndefined();
  });

  it('keeps each viewer’s hooks apart and refuses to guess between two viewers', () => {
    const registry = createTestHookRegistry();
    const first = { frames: 1 };
    const second = { frames: 2 };
    registry.add('viewer-1', 'probe', first);
    registry.add('viewer-2', 'probe', second);
    expect(registry.viewers['viewer-1']?.probe).toBe(first);
    expect(registry.viewers['viewer-2']?.probe).toBe(second);
    expect(() => registry.only('probe')).toThrow(
      /2 viewers are on this page \(viewer-1, viewer-2\); read window.__hipViewers\['viewer-1'\].probe/,
    );
  });

  it('removes only the unmounting viewer’s own hook', () => {
    const registry = createTestHookRegistry();
    const removeFirst = registry.add('viewer-1', 'debug', { a: 1 });
    const second = { b: 2 };
    registry.add('viewer-2', 'debug', second);
    removeFirst();
    expect(Object.keys(registry.viewers)).toEqual(['viewer-2']);
    expect(registry.only('debug')).toBe(second);
  });

  it('leaves a newer hook of the same viewer in place when an older one is taken back', () => {
    // A remount (a new model) adds its hook before the old component's cleanup runs.
    const registry = createTestHookRegistry();
    const removeOld = registry.add('viewer-1', 'debug', { model: 'old' });
    const fresh = { model: 'new' };
    registry.add('viewer-1', 'debug', fresh);
    removeOld();
    expect(registry.only('debug')).toBe(fresh);
  });

  it('drops a viewer’s entry once its last hook is gone', () => {
    const registry = createTestHookRegistry();
    const removeProbe = registry.add('viewer-1', 'probe', {});
    const removeDebug = registry.add('viewer-1', 'debug', {});
    removeProbe();
    expect(Object.keys(registry.viewers)).toEqual(['viewer-1']);
    removeDebug();
    expect(registry.viewers).toEqual({});
  });

  it('names each viewer once, by its store', () => {
    const one = createViewerStore();
    const two = createViewerStore();
    expect(viewerIdOf(one)).toBe(viewerIdOf(one));
    expect(viewerIdOf(one)).not.toBe(viewerIdOf(two));
    expect(viewerIdOf(two)).toMatch(/^viewer-\d+$/);
  });
});
