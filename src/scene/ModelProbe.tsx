import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { StructureKey } from '../domain/anatomy';
import { useLoadedModel } from './model-context';
import { surfaceAnchor } from './surface-anchor';

declare global {
  interface Window {
    /** Where a structure's outer surface is on screen (page CSS px), for tests and tours. */
    __hipViewerScreenPoint?: (key: StructureKey) => { x: number; y: number } | null;
  }
}

/** Exposes a read-only lookup from a structure to a point on screen where it can be clicked. */
export function ModelProbe() {
  const model = useLoadedModel();
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    if (!model) return;
    window.__hipViewerScreenPoint = (key) => {
      const meshes = model.index.structures.get(key);
      const anchor = meshes ? surfaceAnchor(model, meshes) : null;
      if (!anchor) return null;
      const ndc = anchor.clone().project(camera);
      const rect = gl.domElement.getBoundingClientRect();
      return {
        x: rect.left + ((ndc.x + 1) / 2) * rect.width,
        y: rect.top + ((1 - ndc.y) / 2) * rect.height,
      };
    };
    return () => {
      delete window.__hipViewerScreenPoint;
    };
  }, [model, camera, gl]);
  return null;
}
