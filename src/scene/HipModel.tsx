import { useGLTF } from '@react-three/drei';
import { type ReactNode, useEffect, useMemo } from 'react';
import type * as THREE from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { checkModelContract, describeContractProblems } from '../domain/model-contract';
import { useViewerStoreApi } from '../state';
import { ModelLoadBoundary } from './ModelLoadBoundary';
import { ModelView } from './ModelView';
import { trackLoadProgress } from './track-load-progress';

export interface HipModelProps {
  /** URL of a glTF binary that meets the model contract. */
  url: string;
  /** Scene parts that need the loaded model (camera rig, markers, ...). */
  children?: ReactNode;
}

/**
 * Loads the hip glTF (meshopt, no Draco: its decoder would come from a CDN). A model that fails
 * to load, or breaks the model contract, is reported in the store as a readable error and not
 * drawn; the rest of the viewer keeps working.
 */
export function HipModel({ url, children }: HipModelProps) {
  const store = useViewerStoreApi();
  return (
    <ModelLoadBoundary
      key={url}
      url={url}
      onError={(message) => store.getState().setModelStatus({ phase: 'error', message })}
    >
      <LoadedHipModel url={url}>{children}</LoadedHipModel>
    </ModelLoadBoundary>
  );
}

/** The contract problems of a loaded model (read from node extras), or null when usable. */
function contractProblems(root: THREE.Object3D): string | null {
  const nodes: { name: string; extras: unknown }[] = [];
  root.traverse((object) => {
    nodes.push({ name: object.name, extras: object.userData });
  });
  const report = checkModelContract(nodes);
  return report.ok ? null : describeContractProblems(report);
}

function LoadedHipModel({ url, children }: HipModelProps) {
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
  const problems = useMemo(() => contractProblems(root), [root]);
  useEffect(() => {
    if (problems) store.getState().setModelStatus({ phase: 'error', message: problems });
  }, [problems, store]);
  if (problems) return null;
  return <ModelView root={root}>{children}</ModelView>;
}
