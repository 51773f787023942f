import { useCallback, useLayoutEffect, useRef } from 'react';

/** The element that scrolls `element` into view: the nearest scrolling ancestor, or the page. */
function scrollerOf(element: HTMLElement): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) {
      return node;
    }
  }
  return document.scrollingElement;
}

/**
 * Keeps a control where it was on screen when its own change resizes content above it (review
 * F10: a severity slider moved 93 px under the pointer when the results above it grew, so a drag
 * lost the thumb). The browser's scroll anchoring does this only when the panel is already
 * scrolled; at the top it does nothing. Call the returned function with the control just before
 * the change; after the re-render, the scroller is moved by however far the control moved.
 */
export function useKeepInPlace(): (control: HTMLElement) => void {
  const held = useRef<{ control: HTMLElement; top: number } | null>(null);
  // No dependencies on purpose: after every render of the component that holds the control.
  useLayoutEffect(() => {
    const hold = held.current;
    held.current = null;
    if (!hold?.control.isConnected) return;
    const shift = hold.control.getBoundingClientRect().top - hold.top;
    if (Math.abs(shift) < 0.5) return;
    const scroller = scrollerOf(hold.control);
    if (scroller) scroller.scrollTop += shift;
  });
  return useCallback((control: HTMLElement) => {
    held.current = { control, top: control.getBoundingClientRect().top };
  }, []);
}
