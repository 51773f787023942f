import { useGLTF } from '@react-three/drei';
import { type ReactNode, useMemo } from 'react';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { useViewerStoreApi } from '../state';
import { GhostSkeleton } from './GhostSkeleton';
import { ModelView } from './ModelView';
import { trackLoadProgress } from './track-load-progress';

export interface HipModelProps {
  /** URL of a glTF binary that meets the model contract. */
  url: string;
  /** Scene parts that need the loaded model (camera rig, markers, ...). */
  children?: ReactNode;
}

/** Loads the hip glTF (meshopt, no Draco: its decoder would come from a CDN). */
export function HipModel({ url, children }: HipModelProps) {
  const store = useViewerStoreApi();
  const gltf = useGLTF(url, false, true, (loader) =>
    trackLoadProgress(loader, (progress) => {
      if (store.getState().model.phase === 'loading') {
        store.getState().setModelStatus({ phase: 'loading', progress });
      }
    }),
  );
  // Each viewer gets its own copy, so two viewers on one page never share materials or poses.
  const root = useMemo(() => cloneSkinned(gltf.scene), [gltf.scene]);
  return (
    <ModelView root={root}>
      <GhostSkeleton source={gltf.scene} />
      {children}
    </ModelView>
  );
}
