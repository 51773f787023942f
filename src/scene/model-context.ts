import { createContext, useContext } from 'react';
import type * as THREE from 'three';
import type { Box } from '../domain/camera';
import type { ModelIndex } from './model-index';

export interface LoadedModel {
  root: THREE.Object3D;
  index: ModelIndex;
  /** A sphere around the whole model, for framing and orbit limits. */
  bounds: THREE.Sphere;
  /** The box the camera presets frame (muscles, bones and both knees). */
  focusBox: Box;
  /**
   * Add a part loaded later (the context layer) under the model root and index it; returns a
   * function that takes it out again.
   */
  addPart(part: THREE.Object3D): () => void;
  /**
   * Model space to the patient's real size: the fitted body's height / reference height (1 for
   * the reference body). Model-space lengths (needle depth) are multiplied by it.
   */
  bodyScale: number;
  /**
   * 'first-view' while the built-in model's small first-view file is drawn (coarser, no skin,
   * vessels or body fitting), 'complete' once the complete model's meshes have replaced it (or
   * when the model was one file from the start).
   */
  detail: 'first-view' | 'complete';
}

export const ModelContext = createContext<LoadedModel | null>(null);

export function useLoadedModel(): LoadedModel | null {
  return useContext(ModelContext);
}
