import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import {
  CAMERA_CLAMP_DEFAULTS,
  CAMERA_PRESETS,
  clampCameraToModel,
  faceOnDirection,
  frameBox,
  frameSphere,
} from '../domain/camera';
import { type CameraView, structureViewDirection } from '../domain/view-state';
import { type FrameTarget, useViewerStoreApi } from '../state';
import { type LoadedModel, useLoadedModel } from './model-context';

export interface CameraRigProps {
  /** Skip transitions (prefers-reduced-motion). */
  reducedMotion?: boolean;
}

/** Keyboard orbit steps when the view has focus. */
const KEY_ORBIT_RAD = THREE.MathUtils.degToRad(15);
const KEY_ZOOM_SHARE = 0.15;

const scratchBox = new THREE.Box3();
const scratchSphere = new THREE.Sphere();
const scratchPosition = new THREE.Vector3();
const scratchTarget = new THREE.Vector3();

/** A sphere around what a frame request names, or null when it is not in the model. */
function sphereOf(
  model: LoadedModel,
  target: FrameTarget,
  points: Record<string, readonly number[]>,
  landmarks: Record<string, readonly number[]>,
) {
  scratchBox.makeEmpty();
  if (target.kind === 'structure') {
    for (const mesh of model.index.structures.get(target.key) ?? [])
      scratchBox.expandByObject(mesh);
    if (scratchBox.isEmpty()) return null;
    return scratchBox.getBoundingSphere(scratchSphere);
  }
  const p = target.id.startsWith('landmark:')
    ? landmarks[target.id.slice('landmark:'.length)]
    : points[target.id];
  if (!p) return null;
  return scratchSphere.set(new THREE.Vector3(p[0], p[1], p[2]), model.bounds.radius * 0.22);
}

/**
 * Orbit, zoom and pan with limits that keep the model in view; moves the camera to the
 * view state's preset or saved position, frames what is selected, orbits with the arrow keys,
 * and writes back where the user leaves the camera.
 */
export function CameraRig({ reducedMotion = false }: CameraRigProps) {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const controlsRef = useRef<CameraControls>(null);
  const size = useThree((state) => state.size);
  const domElement = useThree((state) => state.gl.domElement);
  // Read at apply time; a resize keeps the current camera rather than re-running the rig.
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const camera = useThree((state) => state.camera) as THREE.PerspectiveCamera;
  const invalidate = useThree((state) => state.invalidate);

  useEffect(() => {
    const controls = controlsRef.current;
    if (!controls || !model) return;
    const { center, radius } = model.bounds;
    const limits = CAMERA_CLAMP_DEFAULTS;
    controls.minDistance = radius * limits.minDistanceRadii;
    controls.maxDistance = radius * limits.maxDistanceRadii;
    controls.setBoundary(
      new THREE.Box3(
        center.clone().subScalar(radius * limits.targetRadii),
        center.clone().addScalar(radius * limits.targetRadii),
      ),
    );
    camera.near = radius / 100;
    camera.far = radius * 20;
    camera.updateProjectionMatrix();
    const animate = !reducedMotion;
    const aspect = () => sizeRef.current.width / Math.max(1, sizeRef.current.height);

    const writeBack = () => {
      controls.getPosition(scratchPosition);
      controls.getTarget(scratchTarget);
      store.getState().setCamera(
        {
          kind: 'custom',
          position: [scratchPosition.x, scratchPosition.y, scratchPosition.z],
          target: [scratchTarget.x, scratchTarget.y, scratchTarget.z],
        },
        { fromUser: true },
      );
      // The link keeps the camera to the millimetre: stand exactly there, so the view on screen
      // is the one the link reopens (close up, a sub-millimetre offset shifts fine texture).
      const stored = store.getState().view.camera;
      if (stored.kind === 'custom') {
        void controls.setLookAt(...stored.position, ...stored.target, false);
        invalidate();
      }
    };

    const apply = (view: CameraView, transition: boolean) => {
      // Nothing else draws for a camera move: ask for the frame that shows it.
      invalidate();
      if (view.kind === 'custom') {
        // Within the orbit limits, as a drag would be: no link or message shows an empty view.
        const { position, target } = clampCameraToModel(
          view.position,
          view.target,
          [center.x, center.y, center.z],
          radius,
        );
        void controls.setLookAt(...position, ...target, transition);
        return;
      }
      const preset = CAMERA_PRESETS.find((p) => p.id === view.preset) ?? CAMERA_PRESETS[0];
      // The box, not its sphere: from above a standing body is far smaller than its sphere.
      const { position, target } = frameBox(model.focusBox, preset.direction, {
        fovDeg: camera.fov,
        aspect: aspect(),
        margin: 1.06,
      });
      void controls.setLookAt(...position, ...target, transition);
    };

    const frame = (target: FrameTarget) => {
      const { pointPositions, landmarks } = store.getState();
      const sphere = sphereOf(model, target, pointPositions, landmarks);
      if (!sphere) return;
      controls.getPosition(scratchPosition);
      controls.getTarget(scratchTarget);
      // A point is framed face-on along its surface normal: each point has its own view.
      // (a point on a muscle's deep face is seen from outside, through the muscle).
      const normal = target.kind === 'point' ? store.getState().pointNormals[target.id] : undefined;
      const direction = scratchPosition.clone().sub(scratchTarget);
      // A structure is seen from where it shows (iliacus from the front, not through the buttock).
      const best = target.kind === 'structure' ? structureViewDirection(target.key) : null;
      if (best) direction.set(best[0], best[1], best[2]);
      if (normal) {
        direction.set(
          ...faceOnDirection(
            normal,
            [sphere.center.x, sphere.center.y, sphere.center.z],
            [center.x, center.y, center.z],
          ),
        );
      }
      // A structure fills the view, whole (its box, with room for its neighbours' context); a
      // point gets a view of the area around it.
      const { position, target: lookAt } =
        target.kind === 'structure'
          ? frameBox(
              { min: scratchBox.min.toArray(), max: scratchBox.max.toArray() },
              [direction.x, direction.y, direction.z],
              { fovDeg: camera.fov, aspect: aspect(), margin: 1.25 },
            )
          : frameSphere(
              [sphere.center.x, sphere.center.y, sphere.center.z],
              Math.max(sphere.radius, radius * 0.12),
              [direction.x, direction.y, direction.z],
              { fovDeg: camera.fov, aspect: aspect(), margin: 2.2 },
            );
      void controls.setLookAt(...position, ...lookAt, animate).then(writeBack);
      invalidate();
    };

    apply(store.getState().view.camera, false);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.cameraSeq !== previous.cameraSeq) apply(state.view.camera, animate);
      if (state.frameRequest && state.frameRequest !== previous.frameRequest)
        frame(state.frameRequest.target);
    });

    const onKeyDown = (event: KeyboardEvent) => {
      let moved = true;
      switch (event.key) {
        case 'ArrowLeft':
          void controls.rotate(-KEY_ORBIT_RAD, 0, animate).then(writeBack);
          break;
        case 'ArrowRight':
          void controls.rotate(KEY_ORBIT_RAD, 0, animate).then(writeBack);
          break;
        case 'ArrowUp':
          void controls.rotate(0, -KEY_ORBIT_RAD, animate).then(writeBack);
          break;
        case 'ArrowDown':
          void controls.rotate(0, KEY_ORBIT_RAD, animate).then(writeBack);
          break;
        case '+':
        case '=':
          void controls.dolly(controls.distance * KEY_ZOOM_SHARE, animate).then(writeBack);
          break;
        case '-':
        case '_':
          void controls.dolly(-controls.distance * KEY_ZOOM_SHARE, animate).then(writeBack);
          break;
        default:
          moved = false;
      }
      if (!moved) return;
      event.preventDefault();
      invalidate();
    };
    const focusTarget = domElement.parentElement?.parentElement ?? domElement;
    focusTarget.addEventListener('keydown', onKeyDown);
    // Where a press found the camera (its end values: a drag moves them at once, damping or not).
    const pressPosition = new THREE.Vector3();
    const pressTarget = new THREE.Vector3();
    const onControlStart = () => {
      controls.getPosition(pressPosition);
      controls.getTarget(pressTarget);
    };
    // A press that did not move the camera (a click that picks) leaves the view state alone:
    // writing the same camera back would re-render everything that follows the view before
    // the frame that shows the pick.
    const onControlEnd = () => {
      controls.getPosition(scratchPosition);
      controls.getTarget(scratchTarget);
      if (scratchPosition.equals(pressPosition) && scratchTarget.equals(pressTarget)) return;
      writeBack();
    };
    controls.addEventListener('controlstart', onControlStart);
    controls.addEventListener('controlend', onControlEnd);
    return () => {
      unsubscribe();
      focusTarget.removeEventListener('keydown', onKeyDown);
      controls.removeEventListener('controlstart', onControlStart);
      controls.removeEventListener('controlend', onControlEnd);
    };
  }, [model, store, camera, reducedMotion, domElement, invalidate]);

  return <CameraControls ref={controlsRef} makeDefault smoothTime={reducedMotion ? 0 : 0.25} />;
}
