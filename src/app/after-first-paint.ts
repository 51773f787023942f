/**
 * Runs `start` once the browser has painted the page frame (its first contentful paint), so
 * the app's code never competes with the first paint. Used on phones, where the frame and its
 * still picture are what the user sees first and the 3D view waits to be asked for.
 */
export function afterFirstPaint(start: () => void, fallbackMs = 3000): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(fallback);
    start();
  };
  // A hidden tab paints nothing until it is shown: nothing to wait for.
  if (document.visibilityState === 'hidden' || !supportsPaintTiming()) {
    once();
    return;
  }
  // Never wait forever (a browser that reports no paint): start after `fallbackMs` at most.
  const fallback = setTimeout(once, fallbackMs);
  const observer: PerformanceObserver | undefined = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) {
      // A task after the paint's entry, not inside the observer's callback.
      setTimeout(once, 0);
    }
  });
  observer.observe({ type: 'paint', buffered: true });
}

function supportsPaintTiming(): boolean {
  return (
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint')
  );
}
