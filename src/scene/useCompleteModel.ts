import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import type * as THREE from 'three';
import { messages } from '../domain/messages';
import { useViewerStoreApi } from '../state';
import { upgradeToComplete } from './complete-model';
import { disposeUnheld, holdSharedScene } from './gpu-disposal';
import { loadModel } from './load-model';
import { addToIndex, type ModelIndex, removeFromIndex } from './model-index';

/** Where the complete model is, when the root was loaded from the first-view file. */
export interface CompleteModelSource {
  url: string;
  allowedOrigins: readonly string[];
}

/**
 * The progressive model's second step: once a frame has been drawn with the first-view file,
 * fetch the complete model and swap its meshes in place (see complete-model.ts); its extra
 * structures (skin, vessels, organs) join the index, then `onPartAdded` runs. Returns
 * 'first-view' until then and 'complete' after, or at once when `complete` is null. A complete
 * model that cannot be loaded is announced and the first view stays. Also counts the frames
 * drawn with the root (`root.userData.modelFrames`, read by the test probe).
 */
export function useCompleteModel(
  root: THREE.Object3D,
  index: ModelIndex,
  complete: CompleteModelSource | null,
  onPartAdded: () => void,
): 'first-view' | 'complete' {
  const store = useViewerStoreApi();
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);
  const [upgraded, setUpgraded] = useState<THREE.Object3D | null>(null);
  const startComplete = useRef<(() => void) | null>(null);
  // Compared by value: a parent's re-render hands over a new but equal object.
  const completeUrl = complete?.url ?? null;
  const originsKey = complete?.allowedOrigins.join(' ') ?? '';
  useEffect(() => {
    if (!completeUrl) return;
    const allowedOrigins = originsKey ? originsKey.split(' ') : [];
    let live = true;
    let removeExtra: (() => void) | null = null;
    // The complete file's scene and the copy its meshes came from, freed when this model goes.
    let releaseComplete: (() => void) | null = null;
    let completeScene: THREE.Object3D | null = null;
    let source: THREE.Object3D | null = null;
    startComplete.current = () => {
      void loadModel(completeUrl, { allowedOrigins }).then(async (result) => {
        if (!live) return;
        if (!result.ok) {
          store.getState().announce(messages.robustness.completeModelFailed(result.message));
          return;
        }
        releaseComplete = holdSharedScene(result.gltf.scene);
        completeScene = result.gltf.scene;
        const copy = result.gltf.scene.clone(true);
        source = copy;
        // Compile its shaders off the main thread where the browser can, before the swap.
        await gl.compileAsync(copy, camera, scene).catch(() => undefined);
        if (!live) return;
        try {
          const extra = upgradeToComplete(root, index, copy);
          root.add(extra);
          addToIndex(index, root, extra);
          removeExtra = () => {
            root.remove(extra);
            removeFromIndex(index, extra);
            disposeUnheld(extra);
          };
        } catch (error) {
          store
            .getState()
            .announce(messages.robustness.completeModelFailed((error as Error).message));
          return;
        }
        onPartAdded();
        setUpgraded(root);
      });
    };
    return () => {
      live = false;
      startComplete.current = null;
      removeExtra?.();
      releaseComplete?.();
      // This runs when the model goes (a new root or file): what the complete file brought
      // goes with it, unless another viewer still draws from that file.
      if (source) disposeUnheld(source);
      if (completeScene) disposeUnheld(completeScene);
    };
  }, [completeUrl, originsKey, root, index, store, gl, camera, scene, onPartAdded]);
  useFrame(() => {
    // Counts frames drawn with this model (the probe reads it); the first one starts the
    // complete model's download, outside the frame, once the page is idle: what follows the
    // first frame (markers placed on the surfaces, labels) comes first, and the download's
    // stall watch never counts time the page spent busy before the request. A page that never
    // goes idle still starts it within 3 s.
    root.userData.modelFrames = ((root.userData.modelFrames as number | undefined) ?? 0) + 1;
    const start = startComplete.current;
    if (start) {
      startComplete.current = null;
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(start, { timeout: 3000 });
      else setTimeout(start, 0);
    }
  });
  return complete !== null && upgraded !== root ? 'first-view' : 'complete';
}
