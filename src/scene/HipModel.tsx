import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { type ReactNode, useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { STRUCTURES, type StructureKey } from '../domain/anatomy';
import { effectiveVisibility } from '../domain/view-state';
import { useViewerStoreApi, type Vec3, type ViewerState } from '../state';
import { type LoadedModel, ModelContext } from './model-context';
import { indexModel } from './model-index';
import { applyAppearance } from './structure-appearance';
import { trackLoadProgress } from './track-load-progress';

export interface HipModelProps {
  /** URL of a glTF binary that meets the model contract. */
  url: string;
  /** Scene parts that need the loaded model (camera rig, markers, ...). */
  children?: ReactNode;
}

const STRUCTURE_BY_KEY = new Map(STRUCTURES.map((s) => [`${s.id}:${s.side}` as StructureKey, s]));

/** Loads the hip glTF (meshopt, no Draco), indexes it by metadata and draws the view state. */
export function HipModel({ url, children }: HipModelProps) {
  const store = useViewerStoreApi();
  const invalidate = useThree((state) => state.invalidate);
  const gltf = useGLTF(url, false, true, (loader) =>
    trackLoadProgress(loader, (progress) => {
      if (store.getState().model.phase === 'loading') {
        store.getState().setModelStatus({ phase: 'loading', progress });
      }
    }),
  );

  // Each viewer gets its own copy, so two viewers on one page never share materials or poses.
  const model = useMemo<LoadedModel>(() => {
    const root = cloneSkinned(gltf.scene);
    const index = indexModel(root);
    const bounds = new THREE.Box3().setFromObject(root).getBoundingSphere(new THREE.Sphere());
    return { root, index, bounds };
  }, [gltf.scene]);

  useEffect(() => {
    const landmarks: Record<string, Vec3> = {};
    for (const [key, p] of model.index.landmarks) landmarks[key] = [p.x, p.y, p.z];
    const { setLandmarks, setModelStatus } = store.getState();
    setLandmarks(landmarks);
    setModelStatus({ phase: 'ready' });
  }, [model, store]);

  useEffect(() => {
    const draw = (state: ViewerState) => {
      let changed = false;
      for (const [key, meshes] of model.index.structures) {
        const structure = STRUCTURE_BY_KEY.get(key);
        if (!structure) continue;
        const visibility = effectiveVisibility(state.view, structure);
        const highlight = { selected: state.view.selection === key, hovered: false };
        for (const mesh of meshes)
          changed = applyAppearance(mesh, visibility, highlight) || changed;
      }
      if (changed) invalidate();
    };
    draw(store.getState());
    return store.subscribe((state, previous) => {
      if (state.view !== previous.view) draw(state);
    });
  }, [model, store, invalidate]);

  return (
    <ModelContext.Provider value={model}>
      <primitive object={model.root} />
      {children}
    </ModelContext.Provider>
  );
}
