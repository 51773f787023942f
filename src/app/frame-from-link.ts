/**
 * What the page frame needs from the link before the app's code arrives: the interface
 * around the view (`ui=`), the mode (`mode=`) and the camera preset (`cam=`). Only the cheap,
 * layout-shaping part; the app reads (and validates) the whole link when it starts.
 */
import { DEFAULT_CAMERA_PRESET } from '../domain/camera/camera-presets';
import type { Chrome } from './App';

export interface FrameFromLink {
  chrome: Chrome;
  /** `mode=` when it names one of `modes`, otherwise explore. */
  mode: string;
  /** `cam=` when it names one of `presets`; the default without `cam=`; null for a custom camera. */
  cameraPreset: string | null;
}

export function chromeFromLink(search: string): Chrome {
  const ui = new URLSearchParams(search).get('ui');
  return ui === 'none' || ui === 'minimal' ? ui : 'full';
}

export function frameFromLink(
  search: string,
  modes: readonly string[],
  presets: readonly string[],
): FrameFromLink {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const cam = params.get('cam');
  return {
    chrome: chromeFromLink(search),
    mode: mode !== null && modes.includes(mode) ? mode : 'explore',
    cameraPreset: cam === null ? DEFAULT_CAMERA_PRESET : presets.includes(cam) ? cam : null,
  };
}
