import { useViewerStoreApi } from './viewer-context';
import type { ViewerStore } from './viewer-types';

/**
 * How many times parts of a viewer rendered, per viewer. Tests read it through the test hooks
 * to check that an orbit re-renders nothing around the 3D view; counting costs one addition.
 */
const COUNTS = new WeakMap<ViewerStore, Record<string, number>>();

export function useCountRender(part: string): void {
  const store = useViewerStoreApi();
  const counts = COUNTS.get(store) ?? {};
  counts[part] = (counts[part] ?? 0) + 1;
  COUNTS.set(store, counts);
}

export function renderCounts(store: ViewerStore): Readonly<Record<string, number>> {
  return { ...(COUNTS.get(store) ?? {}) };
}
