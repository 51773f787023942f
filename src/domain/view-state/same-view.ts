import type { ViewState } from './view-state';

/**
 * True when two views differ at most in the camera. An orbit writes a new camera into the view
 * at every stop; what only draws the model (markers, appearance, panels) waits for this to be
 * false, so moving the camera re-renders nothing but the camera.
 */
export function sameViewApartFromCamera(a: ViewState, b: ViewState): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof ViewState)[]) {
    if (key !== 'camera' && a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/** True when two lists hold the same items in the same order (a selector's tuple of fields). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
