import type { Intersection, Object3D } from 'three';
import { pointerHitOrder } from '../domain/labels/pointer-hit-order';

function isDrawn(object: Object3D | null): boolean {
  for (let node = object; node; node = node.parent) if (!node.visible) return false;
  return true;
}

/**
 * The pointer's hits in the order the domain's rule gives (`pointerHitOrder`), read from how
 * each object is drawn: hidden, see-through (`userData.pickThrough`, the ghosted skin) or drawn
 * on top of everything (`userData.pickFirst`, x-ray markers).
 */
export function visibleHitsOnly<T extends Intersection>(hits: T[]): T[] {
  return pointerHitOrder(hits, (hit) => ({
    shown: isDrawn(hit.object),
    seeThrough: hit.object.userData.pickThrough === true,
    drawnOnTop: hit.object.userData.pickFirst === true,
  }));
}
