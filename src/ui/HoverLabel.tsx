import { useEffect, useRef } from 'react';
import { useViewerStoreApi } from '../state';

/**
 * The name of what the pointer is over. Updated outside React so hovering never re-renders
 * the panels (or even this component).
 */
export function HoverLabel() {
  const store = useViewerStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const element = ref.current;
        if (!element || state.hover === previous.hover) return;
        const hover = state.hover;
        element.hidden = hover === null;
        if (!hover) return;
        element.textContent = hover.label;
        element.style.transform = `translate(${Math.round(hover.x + 14)}px, ${Math.round(hover.y + 14)}px)`;
      }),
    [store],
  );
  return (
    <div ref={ref} className="hover-label" hidden aria-hidden="true" data-testid="hover-label" />
  );
}
