import { screenOrientation } from '../domain/camera';
import { messages } from '../domain/messages';
import { cameraViewDirection } from '../domain/view-state';
import { useViewer } from '../state';

const t = messages.app.orientation;

/** Words at the edges of the 3D view saying which way is the body's left, head and front. */
export function OrientationCue() {
  const camera = useViewer((s) => s.view.camera);
  const orientation = screenOrientation(cameraViewDirection(camera));
  // A body posed lying down or turned for an exercise no longer matches the standing words.
  const exercisePosed = useViewer((s) => s.exerciseFocus !== null);
  if (!orientation || exercisePosed) return null;
  return (
    // Visual only: the canvas's own label already names the view for screen readers.
    <div className="orientation-cue" aria-hidden="true" data-testid="orientation">
      <span className="cue-up" data-edge="up">
        {t.words[orientation.screenUp]}
      </span>
      <span className="cue-left" data-edge="left">
        {t.words[orientation.screenLeft]}
      </span>
      <span className="cue-right" data-edge="right">
        {t.words[orientation.screenRight]}
      </span>
      <span className="cue-down" data-edge="down">
        {t.words[orientation.screenDown]}
      </span>
    </div>
  );
}
