import { useThree } from '@react-three/fiber';
import { type ReactNode, useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { STRUCTURES, type StructureKey } from '../domain/anatomy';
import { effectiveVisibility } from '../domain/view-state';
import { useViewerStoreApi, type Vec3, type ViewerState } from '../state';
import { type LoadedModel, ModelContext } from './model-context';
import { indexModel } from './model-index';
import { applyAppearance } from './structure-appearance';

export interface ModelViewProps {
  /** The model's root, already owned by this viewer (not shared with another). */
  root: THREE.Object3D;
  /** Scene parts that need the loaded model (camera rig, markers, ...). */
  children?: ReactNode;
}

const STRUCTURE_BY_KEY = new Map(STRUCTURES.map((s) => [`${s.id}:${s.side}` as StructureKey, s]));

/**
 * Draws a hip model that meets the model contract: indexes it by node metadata, reports its
 * landmarks, and applies the view state's visibility and selection to its meshes.
 */
export function ModelView({ root, children }: ModelViewProps) {
  const store = useViewerStoreApi();
  const invalidate = useThree((state) => state.invalidate);

  const model = useMemo<LoadedModel>(() => {
    const index = indexModel(root);
    const bounds = new THREE.Box3().setFromObject(root).getBoundingSphere(new THREE.Sphere());
    return { root, index, bounds };
  }, [root]);

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
