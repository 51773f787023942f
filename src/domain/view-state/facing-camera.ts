import type { MuscleId } from '../anatomy/muscles';
import type { BilateralSide } from '../anatomy/sides';
import { CAMERA_PRESETS, type CameraPresetId } from '../camera/camera-presets';
import { dot, normalize, sub, type Vec3 } from '../geometry/vec3';
import { MOTOR_POINT_IDS } from '../motor-points/motor-point-ids';
import { preferredSide } from './preferred-side';
import type { CameraView } from './view-state';

/** Which way a muscle's needling points face the camera: buttock muscles from behind, etc. */
const FACING: Readonly<Record<MuscleId, 'posterior' | 'anterior' | 'lateral'>> = {
  'gluteus-maximus': 'posterior',
  'gluteus-medius': 'posterior',
  'gluteus-minimus': 'posterior',
  piriformis: 'posterior',
  'tensor-fasciae-latae': 'lateral',
  iliacus: 'anterior',
  'psoas-major': 'anterior',
};

const POINT_IDS: ReadonlySet<string> = new Set(MOTOR_POINT_IDS);

/** The camera preset that faces a muscle's needling points on one side. */
export function facingPreset(muscle: MuscleId, side: BilateralSide): CameraPresetId {
  const facing = FACING[muscle];
  return facing === 'lateral' ? `${side}-lateral` : facing;
}

/**
 * The muscle a motor point's id belongs to: every id starts with its muscle's (tested).
 * @internal
 */
export function pointMuscle(pointId: string): MuscleId | null {
  let found: MuscleId | null = null;
  for (const muscle of Object.keys(FACING) as MuscleId[]) {
    if (pointId.startsWith(`${muscle}-`) && muscle.length > (found?.length ?? 0)) found = muscle;
  }
  return found;
}

function isMuscleWithFacing(name: string): name is MuscleId {
  return Object.hasOwn(FACING, name);
}

function splitKey(value: string): [name: string, side: string | undefined] | null {
  const [name = '', side, ...rest] = value.split(':');
  return rest.length === 0 ? [name, side] : null;
}

function asSide(side: string | undefined): BilateralSide | null {
  return side === 'left' || side === 'right' ? side : null;
}

/**
 * The camera a link opens with when it names a motor point (`point=`, side `right` unless
 * given) or a muscle (`sel=`, side required) but no camera (`cam=`): the preset that faces it,
 * so the point or muscle is in view instead of behind the body. A point wins over a selection.
 * Null when neither names one (a bone, a nerve, a misspelt name): the default camera then.
 * Takes the link's raw values, so the page frame and the app agree before the app has run.
 */
export function linkedCameraPreset(
  point: string | null,
  selection: string | null,
): CameraPresetId | null {
  const pointKey = point === null ? null : splitKey(point);
  if (pointKey && POINT_IDS.has(pointKey[0])) {
    const muscle = pointMuscle(pointKey[0]);
    const side = asSide(pointKey[1] ?? 'right');
    if (muscle && side) return facingPreset(muscle, side);
  }
  const selectionKey = selection === null ? null : splitKey(selection);
  if (selectionKey && isMuscleWithFacing(selectionKey[0])) {
    const side = asSide(selectionKey[1]);
    if (side) return facingPreset(selectionKey[0], side);
  }
  return null;
}

/** Within 60° of the facing preset's direction, the camera already shows the muscle's points. */
const FACING_ENOUGH_COS = 0.5;

/** The direction from the camera's target toward the camera (a preset's, or a saved camera's). */
export function cameraViewDirection(camera: CameraView): Vec3 {
  return camera.kind === 'preset'
    ? (CAMERA_PRESETS.find((p) => p.id === camera.preset)?.direction ?? [0, 0, 1])
    : sub(camera.position, camera.target);
}

/**
 * Where to turn when the markers are filtered to one muscle: the preset that faces its points
 * (on the side nearer the camera), or null when the camera already looks at them from within
 * 60° (a view the user orbited to stays), so the filter never leaves the view on the far side.
 */
export function cameraFacingMuscle(camera: CameraView, muscle: MuscleId): CameraView | null {
  const preset = facingPreset(muscle, preferredSide(camera));
  const wanted = normalize(cameraViewDirection({ kind: 'preset', preset }));
  const current = normalize(cameraViewDirection(camera));
  const facing = wanted && current && dot(wanted, current) >= FACING_ENOUGH_COS;
  return facing ? null : { kind: 'preset', preset };
}
