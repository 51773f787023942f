import { events as createPointerEvents, type RootState } from '@react-three/fiber';
import { clickRayPoint } from '../domain/labels/click-point';
import { visibleHitsOnly } from './visible-hits';

type ViewerStore = Parameters<typeof createPointerEvents>[0];

const CLICK_TYPES = new Set(['click', 'dblclick', 'contextmenu']);

/**
 * The viewer's pointer events: hits in the order the user sees them (`visibleHitsOnly`), and a
 * click cast through the same point as the pointer events of its press (`clickRayPoint`), so a
 * click selects the marker the hover label names, not a neighbour a fraction of a pixel away.
 */
export function viewerPointerEvents(store: ViewerStore) {
  let lastPointer: { x: number; y: number } | null = null;
  return {
    ...createPointerEvents(store),
    filter: visibleHitsOnly,
    compute(event: MouseEvent, state: RootState) {
      const at = { x: event.offsetX, y: event.offsetY };
      const isClick = CLICK_TYPES.has(event.type);
      const ray = isClick ? clickRayPoint(at, lastPointer) : at;
      if (!isClick) lastPointer = at;
      state.pointer.set((ray.x / state.size.width) * 2 - 1, -(ray.y / state.size.height) * 2 + 1);
      state.raycaster.setFromCamera(state.pointer, state.camera);
    },
  };
}
