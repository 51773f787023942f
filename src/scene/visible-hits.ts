import type { Intersection, Object3D } from 'three';

function isDrawn(object: Object3D | null): boolean {
  for (let node = object; node; node = node.parent) if (!node.visible) return false;
  return true;
}

/**
 * Pointer hits on hidden structures are ignored, so a pick reaches what the user sees; so are
 * hits on see-through envelopes (`userData.pickThrough`, the ghosted skin); objects drawn on top
 * of everything (x-ray markers) are hit before the tissue in front of them.
 */
export function visibleHitsOnly<T extends Intersection>(hits: T[]): T[] {
  const drawn = hits.filter(
    (hit) => isDrawn(hit.object) && hit.object.userData.pickThrough !== true,
  );
  const first = drawn.filter((hit) => hit.object.userData.pickFirst === true);
  return first.length > 0
    ? [...first, ...drawn.filter((hit) => hit.object.userData.pickFirst !== true)]
    : drawn;
}
