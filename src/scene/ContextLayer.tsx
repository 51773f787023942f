import { useThree } from '@react-three/fiber';
import { Suspense, use, useEffect, useMemo, useState } from 'react';
import type * as THREE from 'three';
import { messages } from '../domain/messages';
import { describeModelLoadError } from '../domain/model-contract';
import { contextLayerWanted } from '../domain/view-state';
import { useViewer, useViewerStoreApi } from '../state';
import { bindContextPart } from './bind-context-part';
import { disposeUnheld, holdSharedScene } from './gpu-disposal';
import { LoadBoundary } from './LoadBoundary';
import { loadModel } from './load-model';
import { useLoadedModel } from './model-context';
import { createStructureBatches } from './structure-batch';

export interface ContextLayerProps {
  /** The context layer's file, or null when the model has none. */
  url: string | null;
  /** Origins besides the page's own the file may come from (the same list as the model's). */
  allowedOrigins?: readonly string[];
}

/**
 * The neighbouring muscles: fetched from their own file the first time the view shows the
 * context layer (never before, so the first load stays small), then kept and bound to the
 * core model's joints. A file that fails to load is announced; the rest keeps working.
 */
export function ContextLayer({ url, allowedOrigins = [] }: ContextLayerProps) {
  const wanted = useViewer((state) => contextLayerWanted(state.view));
  const [requested, setRequested] = useState(false);
  const store = useViewerStoreApi();
  useEffect(() => {
    if (wanted) setRequested(true);
  }, [wanted]);
  if (!url || !requested) return null;
  return (
    <LoadBoundary
      onError={(error) =>
        store.getState().announce(messages.layers.contextFailed(describeModelLoadError(error, url)))
      }
    >
      <Suspense fallback={null}>
        <ContextMuscles url={url} allowedOrigins={allowedOrigins} />
      </Suspense>
    </LoadBoundary>
  );
}

function ContextMuscles({
  url,
  allowedOrigins,
}: {
  url: string;
  allowedOrigins: readonly string[];
}) {
  const model = useLoadedModel();
  const invalidate = useThree((state) => state.invalidate);
  // The same checked loader as the model: size caps, allowed origins, no throw on bad input.
  const result = use(loadModel(url, { allowedOrigins }));
  if (!result.ok) throw new Error(result.message);
  const gltf = result.gltf;
  // Each viewer binds its own copy: the meshes move to this model's joints.
  const part = useMemo(() => {
    if (!model) return null;
    const bound = bindContextPart(gltf.scene.clone(true), model.index.joints);
    // The neighbouring muscles share one material: one batch draws them while they look alike.
    bound.add(createStructureBatches([...bound.children] as THREE.Mesh[]).group);
    return bound;
  }, [gltf.scene, model]);
  useEffect(() => {
    if (!model || !part) return;
    // The loaded file stays cached for the next model; its GPU copy goes with this part
    // (unless another viewer still draws it) and is uploaded again when shown again.
    const release = holdSharedScene(gltf.scene);
    const remove = model.addPart(part);
    invalidate();
    return () => {
      remove();
      release();
      disposeUnheld(part);
      invalidate();
    };
  }, [model, part, gltf.scene, invalidate]);
  return null;
}
