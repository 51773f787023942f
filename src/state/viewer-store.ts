import { createStore } from 'zustand/vanilla';
import type { ViewState } from '../domain/view-state';
import { createSceneReportSlice } from './slices/scene-report-slice';
import { createSessionSlice } from './slices/session-slice';
import { createShellSlice } from './slices/shell-slice';
import { createViewSlice } from './slices/view-slice';
import type { ViewerState, ViewerStore } from './viewer-types';

export type * from './viewer-types';

/** One store per viewer: two viewers on a page never share a selection. */
export function createViewerStore(initial: Partial<ViewState> = {}): ViewerStore {
  return createStore<ViewerState>()((set, get) => ({
    ...createViewSlice(initial)(set, get),
    ...createSceneReportSlice(set, get),
    ...createSessionSlice(set, get),
    ...createShellSlice(set, get),
  }));
}
