import type { MuscleId } from '../anatomy';
import type { CameraPresetId } from '../camera';
import { facingPreset } from './facing-camera';
import type { ViewState } from './view-state';

/** The plan points' muscles and sides, as the placed points report them. */
export interface PlanPointPlace {
  readonly muscle: MuscleId;
  readonly side: 'left' | 'right';
}

/**
 * The camera that shows most of the plan's points face-on (ties: from behind, then front).
 * @internal
 */
export function patientPlanCamera(places: readonly PlanPointPlace[]): CameraPresetId {
  const votes = new Map<CameraPresetId, number>();
  for (const place of places) {
    const preset = facingPreset(place.muscle, place.side);
    votes.set(preset, (votes.get(preset) ?? 0) + 1);
  }
  const order: CameraPresetId[] = ['posterior', 'anterior', 'right-lateral', 'left-lateral'];
  let best: CameraPresetId = 'posterior';
  for (const preset of order) if ((votes.get(preset) ?? 0) > (votes.get(best) ?? 0)) best = preset;
  return best;
}

/**
 * What the 3D view shows beside a patient's plan page: the body with its skin (see-through, so
 * the muscles under it stay readable), from the side where their points are, with only their own
 * numbered points (no other markers, no needle route). Everything else of the view is kept.
 */
export function patientPlanView(view: ViewState, places: readonly PlanPointPlace[]): ViewState {
  return {
    ...view,
    layers: { ...view.layers, skin: { left: 'ghosted', right: 'ghosted' } },
    camera: { kind: 'preset', preset: patientPlanCamera(places) },
    point: null,
    markers: { ...view.markers, shown: false },
  };
}
