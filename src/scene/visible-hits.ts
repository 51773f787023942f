import type { Intersection, Object3D } from 'three';

function isDrawn(object: Object3D | null): boolean {
  for (let node = object; node; node = node.parent) if (!node.visible) return false;
  return true;
}

/** Pointer hits on hidden structures are ignored, so a pick reaches what the user sees. */
export function visibleHitsOnly<T extends Intersection>(hits: T[]): T[] {
  return hits.filter((hit) => isDrawn(hit.object));
}
