import { useRef } from 'react';
import { useViewerSubscription } from '../state';

/**
 * The name of what the pointer is over. Updated outside React so hovering never re-renders
 * the panels (or even this component).
 */
export function HoverLabel() {
  const ref = useRef<HTMLDivElement>(null);
  useViewerSubscription(
    (state) => state.hover,
    (hover) => {
      const element = ref.current;
      if (!element) return;
      element.hidden = hover === null;
      if (!hover) return;
      element.textContent = hover.label;
      element.style.transform = `translate(${Math.round(hover.x + 14)}px, ${Math.round(hover.y + 14)}px)`;
    },
    [],
  );
  return (
    <div ref={ref} className="hover-label" hidden aria-hidden="true" data-testid="hover-label" />
  );
}
