import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { messages } from '../domain/messages';
import { useViewerStoreApi } from '../state';

/** Blur of the regenerated room environment; the same as the one `Lighting` generates. */
const ENVIRONMENT_SIGMA = 0.04;

/**
 * Survives a lost WebGL context (GPU reset, driver update, too many contexts on the page):
 * the view state lives in the store, not in the GPU, so nothing is reloaded. On loss the
 * browser is told we will restore (preventDefault) and the status region says so. When the
 * context comes back, three.js re-uploads geometry, textures and shaders by itself; what was
 * *rendered* on the GPU (the generated room environment) is gone, so it is generated again,
 * and a new frame is requested.
 */
export function ContextLossGuard() {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  const store = useViewerStoreApi();

  useEffect(() => {
    const canvas = gl.domElement;
    let regenerated: THREE.WebGLRenderTarget | null = null;
    const onLost = (event: Event) => {
      event.preventDefault();
      store.getState().announce(messages.robustness.contextLost);
    };
    const onRestored = () => {
      const environment = scene.environment as
        | (THREE.Texture & { isRenderTargetTexture?: boolean })
        | null;
      if (environment?.isRenderTargetTexture) {
        const pmrem = new THREE.PMREMGenerator(gl);
        const room = new RoomEnvironment();
        const target = pmrem.fromScene(room, ENVIRONMENT_SIGMA);
        scene.environment = target.texture;
        regenerated?.dispose();
        regenerated = target;
        room.dispose();
        pmrem.dispose();
      }
      invalidate();
      store.getState().announce(messages.robustness.contextRestored);
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      if (regenerated && scene.environment === regenerated.texture) scene.environment = null;
      regenerated?.dispose();
    };
  }, [gl, scene, invalidate, store]);
  return null;
}
