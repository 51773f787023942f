import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { type ClippingSettings, useViewerStoreApi } from '../state';
import { useLoadedModel } from './model-context';

/** Normals that keep the named half: sagittal cuts left from right, frontal front from back. */
const AXIS_NORMALS: Record<ClippingSettings['axis'], THREE.Vector3> = {
  sagittal: new THREE.Vector3(1, 0, 0),
  frontal: new THREE.Vector3(0, 0, -1),
  transverse: new THREE.Vector3(0, -1, 0),
};

/** A cross-section through every layer, from the advanced panel. */
export function ClippingPlane() {
  const gl = useThree((state) => state.gl);
  const invalidate = useThree((state) => state.invalidate);
  const store = useViewerStoreApi();
  const model = useLoadedModel();

  useEffect(() => {
    if (!model) return;
    const plane = new THREE.Plane();
    const apply = (clipping: ClippingSettings) => {
      if (!clipping.enabled) {
        gl.clippingPlanes = [];
      } else {
        const normal = AXIS_NORMALS[clipping.axis].clone().multiplyScalar(clipping.flip ? -1 : 1);
        const point = model.bounds.center
          .clone()
          .addScaledVector(AXIS_NORMALS[clipping.axis], -clipping.offsetM);
        plane.setFromNormalAndCoplanarPoint(normal, point);
        gl.clippingPlanes = [plane];
      }
      invalidate();
    };
    apply(store.getState().advanced.clipping);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.advanced.clipping !== previous.advanced.clipping) apply(state.advanced.clipping);
      if (state.advanced.exposure !== previous.advanced.exposure) {
        gl.toneMappingExposure = state.advanced.exposure;
        invalidate();
      }
    });
    return () => {
      unsubscribe();
      gl.clippingPlanes = [];
    };
  }, [gl, invalidate, model, store]);
  return null;
}
