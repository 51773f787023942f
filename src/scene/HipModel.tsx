import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type * as THREE from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { checkModelContract, describeContractProblems } from '../domain/model-contract';
import { useViewerStoreApi } from '../state';
import { GhostSkeleton } from './GhostSkeleton';
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
  const compiled = useCompiledShaders(root, problems === null);
  useEffect(() => {
    if (problems) store.getState().setModelStatus({ phase: 'error', message: problems });
  }, [problems, store]);
  if (problems || !compiled) return null;
  return (
    <ModelView root={root}>
      {/* The healthy comparison is cloned from the unposed glTF, not from the posed copy. */}
      <GhostSkeleton source={gltf.scene} />
      {children}
    </ModelView>
  );
}

/**
 * Compile the model's shaders before its first frame, without blocking the main thread where
 * the browser can (KHR_parallel_shader_compile): otherwise the first draw waits for every
 * shader to link, a long task of a second or more on a slow GPU. True once they are ready.
 */
function useCompiledShaders(root: THREE.Object3D, enabled: boolean): boolean {
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  const scene = useThree((state) => state.scene);
  const [compiledRoot, setCompiledRoot] = useState<THREE.Object3D | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const done = () => {
      if (live) setCompiledRoot(root);
    };
    gl.compileAsync(root, camera, scene).then(done, done);
    return () => {
      live = false;
    };
  }, [gl, camera, scene, root, enabled]);
  return compiledRoot === root;
}
