/**
 * Test hooks, per viewer. The end-to-end tests and the benchmark set
 * `window.__hipViewerTestHooks = true` before the app starts; only then do viewers put read-only
 * probes on `window`, in `window.__hipViewers[<viewer id>]`. An ordinary visit gets no hooks.
 * `window.__hipViewerProbe` and `window.__hipViewerDebug` stay as shortcuts to the one viewer's
 * hooks, and throw when the page has several (each viewer has its own store, so a shortcut
 * would otherwise answer for whichever viewer mounted last).
 */
import type { ViewerStore } from './viewer-types';

/** What a viewer offers tests: frame counts, scene lookups, model switching. */
type TestHookName = 'probe' | 'debug' | 'models';

type ViewerHooks = Partial<Record<TestHookName, unknown>>;

/** Whether the page asked for the test hooks. */
export function testHooksEnabled(): boolean {
  return (
    typeof window !== 'undefined' &&
    (window as { __hipViewerTestHooks?: unknown }).__hipViewerTestHooks === true
  );
}

interface TestHookRegistry {
  /** Hooks by viewer id; a viewer with none left has no entry. */
  readonly viewers: Record<string, ViewerHooks>;
  /** Add a viewer's hook; the returned function removes it (only if it is still this one). */
  add(viewerId: string, name: TestHookName, value: unknown): () => void;
  /**
   * The hook of the page's only viewer: undefined when no viewer has it; throws when several
   * viewers are on the page, naming them and where to read each one's hooks.
   */
  only(name: TestHookName): unknown;
}

/**
 * A registry of per-viewer hooks (pure: no window).
 * @internal
 */
export function createTestHookRegistry(): TestHookRegistry {
  const viewers: Record<string, ViewerHooks> = {};
  return {
    viewers,
    add(viewerId, name, value) {
      const entry = viewers[viewerId] ?? {};
      entry[name] = value;
      viewers[viewerId] = entry;
      return () => {
        const current = viewers[viewerId];
        if (!current || current[name] !== value) return;
        delete current[name];
        if (Object.keys(current).length === 0) delete viewers[viewerId];
      };
    },
    only(name) {
      const ids = Object.keys(viewers);
      if (ids.length > 1) {
        throw new Error(
          `test hooks: ${ids.length} viewers are on this page (${ids.join(', ')}); ` +
            `read window.__hipViewers['${ids[0]}'].${name} (or another id) instead.`,
        );
      }
      return ids[0] === undefined ? undefined : viewers[ids[0]]?.[name];
    },
  };
}

const viewerIds = new WeakMap<ViewerStore, string>();
let viewersSeen = 0;

/**
 * A stable id for a viewer (one store per viewer): 'viewer-1', 'viewer-2', ...
 * @internal
 */
export function viewerIdOf(store: ViewerStore): string {
  let id = viewerIds.get(store);
  if (!id) {
    viewersSeen += 1;
    id = `viewer-${viewersSeen}`;
    viewerIds.set(store, id);
  }
  return id;
}

let pageRegistry: TestHookRegistry | null = null;

/** The page's registry, put on window (with the single-viewer shortcuts) on first use. */
function installedRegistry(): TestHookRegistry {
  if (pageRegistry) return pageRegistry;
  const registry = createTestHookRegistry();
  pageRegistry = registry;
  Object.defineProperties(window, {
    __hipViewers: { value: registry.viewers, configurable: true, enumerable: true },
    __hipViewerProbe: { get: () => registry.only('probe'), configurable: true, enumerable: true },
    __hipViewerDebug: { get: () => registry.only('debug'), configurable: true, enumerable: true },
  });
  return registry;
}

/**
 * Offer a hook of this viewer to tests, when the page asked for test hooks (otherwise nothing
 * happens). Returns the function that takes it back, for the component's cleanup.
 */
export function registerTestHook(
  store: ViewerStore,
  name: TestHookName,
  value: unknown,
): () => void {
  if (!testHooksEnabled()) return () => undefined;
  return installedRegistry().add(viewerIdOf(store), name, value);
}

declare global {
  interface Window {
    /** Every viewer's test hooks, by viewer id (only when the page asked for test hooks). */
    __hipViewers?: Record<string, ViewerHooks>;
  }
}

/**
 * A named point of the start-up (`performance.mark('hip:<stage>')`) for the benchmark's stage
 * table; only in pages that asked for the test hooks, and only the first time per stage.
 */
export function markStage(stage: string): void {
  if (!testHooksEnabled() || typeof performance === 'undefined') return;
  const name = `hip:${stage}`;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
