import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { messages } from '../domain/messages';
import { useViewerStoreApi } from '../state';

/**
 * Survives a lost WebGL context (GPU reset, driver update, too many contexts on the page):
 * the view state lives in the store, not in the GPU, so nothing is reloaded. On loss the
 * browser is told we will restore (preventDefault) and the status region says so. When the
 * context comes back, three.js re-uploads geometry, textures and shaders by itself (the scene
 * has no render-target content to regenerate), and a new frame is requested.
 */
export function ContextLossGuard() {
  const gl = useThree((state) => state.gl);
  const invalidate = useThree((state) => state.invalidate);
  const store = useViewerStoreApi();

  useEffect(() => {
    const canvas = gl.domElement;
    const onLost = (event: Event) => {
      event.preventDefault();
      store.getState().announce(messages.robustness.contextLost);
    };
    const onRestored = () => {
      invalidate();
      store.getState().announce(messages.robustness.contextRestored);
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, invalidate, store]);
  return null;
}
