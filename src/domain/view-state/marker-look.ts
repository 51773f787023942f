import type { BilateralSide, MuscleId } from '../anatomy';
import { STRUCTURES } from '../anatomy';
import type { Confidence, PointType } from '../motor-points/motor-point';
import { effectiveVisibility } from './effective-visibility';
import type { ViewState } from './view-state';

/** How a motor point marker is drawn: hidden, dimmed (its muscle is see-through) or shown. */
export type MarkerLook = 'hidden' | 'dimmed' | 'shown';

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, moderate: 1, low: 0 };
const STRUCTURE_BY_KEY = new Map(STRUCTURES.map((s) => [`${s.id}:${s.side}`, s]));

/** Whether a record passes the marker filters (shown, types, least confidence, muscle). */
export function passesMarkerFilters(
  markers: ViewState['markers'],
  point: { pointType: PointType; confidence: Confidence; muscle: MuscleId },
): boolean {
  if (!markers.shown || !markers.types.includes(point.pointType)) return false;
  if (
    markers.minConfidence &&
    CONFIDENCE_RANK[point.confidence] < CONFIDENCE_RANK[markers.minConfidence]
  ) {
    return false;
  }
  return !markers.muscle || markers.muscle === point.muscle;
}

/**
 * A marker follows the filters (shown, types, least confidence, muscle) and its muscle: hidden
 * with the muscle, dimmed when the muscle is see-through.
 */
export function markerLook(
  view: Pick<ViewState, 'markers' | 'layers' | 'structures' | 'peel'>,
  point: { pointType: PointType; confidence: Confidence; muscle: MuscleId; side: BilateralSide },
): MarkerLook {
  if (!passesMarkerFilters(view.markers, point)) return 'hidden';
  const structure = STRUCTURE_BY_KEY.get(`${point.muscle}:${point.side}`);
  const visibility = structure ? effectiveVisibility(view, structure) : 'hidden';
  return visibility === 'hidden' ? 'hidden' : visibility === 'ghosted' ? 'dimmed' : 'shown';
}
