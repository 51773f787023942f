/** A point in the view, in CSS px from its top-left corner. */
interface ViewPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * How far (px) a click may lie from the last pointer position and still be the same press: a
 * click's coordinates are whole pixels, the pointer events before it carry fractions (on any
 * high-density screen too).
 */
const SAME_PRESS_TOLERANCE_PX = 1;

/**
 * Where a click casts its pick ray: through the last pointer position when the click is the same
 * press (within a pixel of it), so a click picks exactly what the hover label named; otherwise
 * through the click itself. Two markers a few pixels apart would otherwise swap between the
 * hover (fractional position) and the click (rounded position).
 */
export function clickRayPoint(
  click: ViewPoint,
  lastPointer: ViewPoint | null,
  tolerancePx = SAME_PRESS_TOLERANCE_PX,
): ViewPoint {
  if (!lastPointer) return click;
  const samePress =
    Math.abs(click.x - lastPointer.x) <= tolerancePx &&
    Math.abs(click.y - lastPointer.y) <= tolerancePx;
  return samePress ? lastPointer : click;
}
