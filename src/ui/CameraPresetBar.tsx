import { CAMERA_PRESETS } from '../domain/camera';
import { messages } from '../domain/messages';
import { useViewer } from '../state';

/** Buttons for the standard anatomical views, plus reset. */
export function CameraPresetBar() {
  const setCamera = useViewer((s) => s.setCamera);
  const resetView = useViewer((s) => s.resetView);
  const announce = useViewer((s) => s.announce);
  const camera = useViewer((s) => s.view.camera);
  return (
    <nav className="camera-bar" aria-label={messages.app.cameraPresets}>
      {CAMERA_PRESETS.map((preset) => (
        <button
          key={preset.id}
          type="button"
          data-preset={preset.id}
          aria-pressed={camera.kind === 'preset' && camera.preset === preset.id}
          onClick={() => {
            setCamera({ kind: 'preset', preset: preset.id });
            announce(messages.view.cameraMoved(messages.view.cameraPresets[preset.id]));
          }}
        >
          {messages.view.cameraPresets[preset.id]}
        </button>
      ))}
      <button
        type="button"
        data-action="reset"
        onClick={() => {
          resetView();
          announce(messages.view.viewReset);
        }}
      >
        {messages.app.resetView}
      </button>
    </nav>
  );
}
