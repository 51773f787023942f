/**
 * Marks a promise settled the way React's `use` reads it (React's thenable convention: `status`
 * and `value`), so a value that arrived before a component asks for it is read in that same
 * render. A plain promise suspends once even when it has already settled; React then commits
 * the Suspense fallback and holds the content back for up to 300 ms after it (its fallback
 * throttle). For the model, which the view prefetches while its canvas starts, that was a
 * quarter of a second of blank view before the first frame.
 *
 * Only for promises that never reject (a rejection would be left for `use` to report).
 */
export function readableWhenSettled<T>(promise: Promise<T>): Promise<T> {
  const thenable = promise as Promise<T> & { status?: 'fulfilled'; value?: T };
  void promise.then((value) => {
    thenable.status = 'fulfilled';
    thenable.value = value;
  });
  return promise;
}
