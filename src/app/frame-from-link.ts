/**
 * What the page frame needs from the link before the app's code arrives: the interface
 * around the view (`ui=`), the mode (`mode=`) and the camera preset (`cam=`). Only the cheap,
 * layout-shaping part; the app reads (and validates) the whole link when it starts.
 */
import { DEFAULT_CAMERA_PRESET } from '../domain/camera/camera-presets';
import type { Language } from '../domain/messages/choose-language';
import { linkedCameraPreset } from '../domain/view-state/facing-camera';
import type { Chrome } from './App';
import type { AppFrameProps } from './AppFrame';
import { frameText } from './frame-text';

/** @internal */
export function chromeFromLink(search: string): Chrome {
  const ui = new URLSearchParams(search).get('ui');
  return ui === 'none' || ui === 'minimal' ? ui : 'full';
}

/** The frame for a link (`search`) in `language`, its picture under the site's `base` path. */
export function frameProps(search: string, language: Language, base: string): AppFrameProps {
  const text = frameText(language);
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const cam = params.get('cam');
  return {
    text,
    chrome: chromeFromLink(search),
    mode: mode !== null && Object.hasOwn(text.modeNames, mode) ? mode : 'explore',
    // A custom camera (`cam=` with coordinates) presses no preset; a link with a point or a
    // muscle and no camera opens facing it (as the app will).
    cameraPreset:
      cam === null
        ? (linkedCameraPreset(params.get('point'), params.get('sel')) ?? DEFAULT_CAMERA_PRESET)
        : Object.hasOwn(text.cameraPresets, cam)
          ? cam
          : null,
    posterUrl: `${base}poster.jpg`,
  };
}

/** True when `frame` is the one the build writes into `index.html` (a plain link in English). */
export function isPlainFrame(frame: AppFrameProps, language: Language): boolean {
  const plain = frameProps('', 'en', '');
  return (
    language === 'en' &&
    frame.chrome === plain.chrome &&
    frame.mode === plain.mode &&
    frame.cameraPreset === plain.cameraPreset
  );
}
