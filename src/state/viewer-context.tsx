import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { ViewerState, ViewerStore } from './viewer-store';

const ViewerStoreContext = createContext<ViewerStore | null>(null);

export function ViewerStoreProvider({
  store,
  children,
}: {
  store: ViewerStore;
  children: ReactNode;
}) {
  return <ViewerStoreContext.Provider value={store}>{children}</ViewerStoreContext.Provider>;
}

/** The store of the viewer this component belongs to (for subscriptions outside React). */
export function useViewerStoreApi(): ViewerStore {
  const store = useContext(ViewerStoreContext);
  if (!store) throw new Error('state: useViewer must be used inside <ViewerStoreProvider>.');
  return store;
}

/** Select a slice of the viewer's state; the component re-renders only when it changes. */
export function useViewer<T>(selector: (state: ViewerState) => T): T {
  return useStore(useViewerStoreApi(), selector);
}
