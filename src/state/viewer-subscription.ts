import { type DependencyList, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useViewerStoreApi } from './viewer-context';
import type { ViewerState } from './viewer-types';

/**
 * Run `onChange` with the selected part of the viewer's state now and whenever it changes (by
 * `equals`), outside React's rendering: the scene's way of following the store. `deps` are the
 * values `onChange` closes over; when one changes, it runs again with the current state
 * (`initial` is true for these runs, false for changes in the store).
 */
export function useViewerSubscription<T>(
  select: (state: ViewerState) => T,
  onChange: (selected: T, state: ViewerState, initial: boolean) => void,
  deps: DependencyList,
  equals: (a: T, b: T) => boolean = Object.is,
): void {
  const store = useViewerStoreApi();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` lists what onChange reads; select and equals are fixed per call site.
  useEffect(() => {
    let last = select(store.getState());
    onChange(last, store.getState(), true);
    return store.subscribe((state) => {
      const next = select(state);
      if (equals(last, next)) return;
      last = next;
      onChange(next, state, false);
    });
  }, [store, ...deps]);
}

/**
 * Select part of the viewer's state; the component re-renders only when it changes by `equals`
 * (by identity when left out).
 */
export function useViewerWith<T>(
  select: (state: ViewerState) => T,
  equals: (a: T, b: T) => boolean,
): T {
  const kept = useRef<{ value: T } | null>(null);
  return useStore(useViewerStoreApi(), (state) => {
    const next = select(state);
    if (kept.current && equals(kept.current.value, next)) return kept.current.value;
    kept.current = { value: next };
    return next;
  });
}
