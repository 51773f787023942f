import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { CAMERA_PRESETS, frameSphere } from '../domain/camera';
import type { CameraView } from '../domain/view-state';
import { useViewerStoreApi } from '../state';
import { useLoadedModel } from './model-context';

export interface CameraRigProps {
  /** Skip transitions (prefers-reduced-motion). */
  reducedMotion?: boolean;
}

/**
 * Orbit, zoom and pan with limits that keep the model in view; moves the camera to the
 * view state's preset or saved position, and writes back where the user leaves it.
 */
export function CameraRig({ reducedMotion = false }: CameraRigProps) {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const controlsRef = useRef<CameraControls>(null);
  const size = useThree((state) => state.size);
  // Read at apply time; a resize keeps the current camera rather than re-running the rig.
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const camera = useThree((state) => state.camera) as THREE.PerspectiveCamera;

  useEffect(() => {
    const controls = controlsRef.current;
    if (!controls || !model) return;
    const { center, radius } = model.bounds;
    controls.minDistance = radius * 0.35;
    controls.maxDistance = radius * 5;
    const box = new THREE.Box3(
      center.clone().subScalar(radius * 0.8),
      center.clone().addScalar(radius * 0.8),
    );
    controls.setBoundary(box);
    camera.near = radius / 100;
    camera.far = radius * 20;
    camera.updateProjectionMatrix();

    const apply = (view: CameraView, animate: boolean) => {
      if (view.kind === 'custom') {
        void controls.setLookAt(...view.position, ...view.target, animate);
        return;
      }
      const preset = CAMERA_PRESETS.find((p) => p.id === view.preset) ?? CAMERA_PRESETS[0];
      const { position, target } = frameSphere(
        [center.x, center.y, center.z],
        radius,
        preset.direction,
        {
          fovDeg: camera.fov,
          aspect: sizeRef.current.width / Math.max(1, sizeRef.current.height),
          margin: 0.92,
        },
      );
      void controls.setLookAt(...position, ...target, animate);
    };
    apply(store.getState().view.camera, false);

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.cameraSeq !== previous.cameraSeq) apply(state.view.camera, !reducedMotion);
    });
    const position = new THREE.Vector3();
    const target = new THREE.Vector3();
    const onControlEnd = () => {
      controls.getPosition(position);
      controls.getTarget(target);
      store.getState().setCamera(
        {
          kind: 'custom',
          position: [position.x, position.y, position.z],
          target: [target.x, target.y, target.z],
        },
        { fromUser: true },
      );
    };
    controls.addEventListener('controlend', onControlEnd);
    return () => {
      unsubscribe();
      controls.removeEventListener('controlend', onControlEnd);
    };
  }, [model, store, camera, reducedMotion]);

  return <CameraControls ref={controlsRef} makeDefault smoothTime={reducedMotion ? 0 : 0.25} />;
}
