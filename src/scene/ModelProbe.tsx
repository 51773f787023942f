import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { registerTestHook, testHooksEnabled, useViewerStoreApi } from '../state';
import { useLoadedModel } from './model-context';
import { createViewerDebug, type ViewerDebug } from './viewer-debug';

declare global {
  interface Window {
    /** The page's only viewer's lookups (throws when there are several: see state/test-hooks). */
    readonly __hipViewerDebug?: ViewerDebug;
  }
}

/** Offers tests this viewer's lookups over its loaded model (only when the page asked). */
export function ModelProbe() {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    if (!model || !testHooksEnabled()) return;
    return registerTestHook(store, 'debug', createViewerDebug({ model, store, camera, gl, scene }));
  }, [model, camera, gl, scene, store]);
  return null;
}
