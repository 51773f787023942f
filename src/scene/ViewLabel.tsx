import { useThree } from '@react-three/fiber';
import { describeView } from '../domain/view-state';
import { useViewerSubscription } from '../state';

/**
 * Keeps the 3D view's text alternative current. It writes the attribute itself, so a change of
 * description (a preset left for a free camera) re-renders neither the shell nor the scene.
 */
export function ViewLabel() {
  const canvas = useThree((s) => s.gl.domElement);
  useViewerSubscription(
    (state) => describeView(state.view),
    (label) => {
      // The Canvas wrapper (two levels up) carries role="img".
      canvas.parentElement?.parentElement?.setAttribute('aria-label', label);
    },
    [canvas],
  );
  return null;
}
