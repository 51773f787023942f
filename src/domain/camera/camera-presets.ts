/**
 * Camera presets as view directions in the model frame (metres, +Y up, the body faces +Z,
 * the body's right side is -X). A direction points from the target toward the camera.
 */
export const CAMERA_PRESETS = [
  { id: 'anterior', direction: [0, 0.08, 1] },
  { id: 'posterior', direction: [0, 0.08, -1] },
  { id: 'left-lateral', direction: [1, 0.08, 0] },
  { id: 'right-lateral', direction: [-1, 0.08, 0] },
  { id: 'superior', direction: [0, 1, 0.02] },
] as const;

export type CameraPresetId = (typeof CAMERA_PRESETS)[number]['id'];
export const CAMERA_PRESET_IDS: readonly CameraPresetId[] = CAMERA_PRESETS.map((p) => p.id);
export const DEFAULT_CAMERA_PRESET: CameraPresetId = 'anterior';

export function isCameraPresetId(value: unknown): value is CameraPresetId {
  return typeof value === 'string' && (CAMERA_PRESET_IDS as readonly string[]).includes(value);
}
