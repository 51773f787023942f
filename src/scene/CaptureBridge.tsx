import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useViewerStoreApi } from '../state';

/**
 * Registers the store's `capture` function: draw one frame now and read it back, so a
 * screenshot works without `preserveDrawingBuffer` (which would cost every frame).
 */
export function CaptureBridge() {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);
  const store = useViewerStoreApi();

  useEffect(() => {
    store.getState().setCapture(() => {
      gl.render(scene, camera);
      return gl.domElement.toDataURL('image/png');
    });
    return () => store.getState().setCapture(null);
  }, [gl, scene, camera, store]);
  return null;
}
