/** How something under the pointer is drawn, which decides whether and when it is reached. */
export interface PointerHitTraits {
  /** Drawn at all (it and every parent visible). */
  readonly shown: boolean;
  /** A see-through envelope (the ghosted skin): looked through, never picked. */
  readonly seeThrough: boolean;
  /** Drawn over everything (x-ray markers): reached before the tissue in front of it. */
  readonly drawnOnTop: boolean;
}

/**
 * Which hits a pointer event reaches, first to last, from the hits nearest first: hidden and
 * see-through things are skipped, so a pick reaches what the user sees; whatever is drawn on
 * top comes first. So a marker drawn on top wins over the muscle in front of it, and otherwise
 * the nearest visible thing (a muscle over a marker it hides) wins.
 */
export function pointerHitOrder<T>(
  hitsNearestFirst: readonly T[],
  traitsOf: (hit: T) => PointerHitTraits,
): T[] {
  const reached = hitsNearestFirst.filter((hit) => {
    const traits = traitsOf(hit);
    return traits.shown && !traits.seeThrough;
  });
  const onTop = reached.filter((hit) => traitsOf(hit).drawnOnTop);
  return onTop.length > 0
    ? [...onTop, ...reached.filter((hit) => !traitsOf(hit).drawnOnTop)]
    : reached;
}
