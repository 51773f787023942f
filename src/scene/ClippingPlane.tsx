import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { type ClippingSettings, useViewerSubscription } from '../state';
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
  const model = useLoadedModel();

  const plane = useMemo(() => new THREE.Plane(), []);
  useViewerSubscription(
    (state) => state.advanced.clipping,
    (clipping) => {
      if (!model) return;
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
    },
    [gl, invalidate, model, plane],
  );
  useViewerSubscription(
    (state) => state.advanced.exposure,
    (exposure) => {
      gl.toneMappingExposure = exposure;
      invalidate();
    },
    [gl, invalidate],
  );
  useEffect(
    () => () => {
      gl.clippingPlanes = [];
    },
    [gl],
  );
  return null;
}
