import type { BilateralSide } from '../anatomy';
import type { ViewState } from './view-state';

/** The side nearer the camera (+X is the body's left), so a chosen structure lands in view. */
export function preferredSide(camera: ViewState['camera']): BilateralSide {
  if (camera.kind === 'preset') return camera.preset === 'left-lateral' ? 'left' : 'right';
  return camera.position[0] > camera.target[0] ? 'left' : 'right';
}
