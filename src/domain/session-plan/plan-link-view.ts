import { CAMERA_PRESETS, type CameraPresetId } from '../camera';
import type { CameraView, ViewState } from '../view-state';

/**
 * The preset whose view direction is closest to a camera's (a preset stays as it is).
 * @internal
 */
export function nearestCameraPreset(camera: CameraView): CameraPresetId {
  if (camera.kind === 'preset') return camera.preset;
  const d = camera.position.map((p, i) => p - (camera.target[i] ?? 0));
  const length = Math.hypot(...d) || 1;
  let best: CameraPresetId = CAMERA_PRESETS[0].id;
  let bestDot = Number.NEGATIVE_INFINITY;
  for (const preset of CAMERA_PRESETS) {
    const [x, y, z] = preset.direction;
    const dot = ((d[0] ?? 0) * x + (d[1] ?? 0) * y + (d[2] ?? 0) * z) / Math.hypot(x, y, z);
    if (dot / length > bestDot) {
      bestDot = dot / length;
      best = preset.id;
    }
  }
  return best;
}

/**
 * The view a session plan link carries: the clinician's layers and settings, no selected point
 * (the link selects the plan's first one), and the camera as its nearest preset: a moved camera's
 * coordinates would lengthen the link and make its QR code much denser.
 */
export function sessionPlanLinkView(view: ViewState): ViewState {
  return {
    ...view,
    point: null,
    camera: { kind: 'preset', preset: nearestCameraPreset(view.camera) },
  };
}
