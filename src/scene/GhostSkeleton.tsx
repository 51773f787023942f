import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { mechanicsEngaged } from '../domain/view-state';
import { useViewerSubscription } from '../state';
import { disposeUnheld } from './gpu-disposal';
import { readNodeMeta } from './model-index';

export const GHOST_NAME = 'healthy-ghost';
const GHOST_COLOR = '#2f7de1';
const GHOST_OPACITY = 0.3;

/**
 * The same skeleton in the neutral pose, tinted and not pickable, so a posed dysfunction can be
 * compared with "no dysfunction" at a glance. `source` must be the unposed model (the loaded
 * glTF scene, never the posed copy), so the ghost keeps the rest pose.
 */
export function GhostSkeleton({ source }: { source: THREE.Object3D }) {
  const invalidate = useThree((s) => s.invalidate);
  const ghost = useMemo(() => {
    const root = cloneSkinned(source);
    // A cool tint drawn over the model (no depth test), so the healthy bones show through the
    // muscles and stand apart from the warm load arrows and the posed skeleton.
    const material = new THREE.MeshBasicMaterial({
      color: GHOST_COLOR,
      transparent: true,
      opacity: GHOST_OPACITY,
      depthWrite: false,
      depthTest: false,
    });
    const keep = new Set<THREE.Object3D>();
    root.traverse((object) => {
      if (readNodeMeta(object)?.kind === 'bone') object.traverse((child) => keep.add(child));
    });
    root.traverse((object) => {
      const mesh = object as THREE.Mesh;
      if (!mesh.isMesh) return;
      if (!keep.has(mesh)) {
        mesh.visible = false;
        return;
      }
      mesh.material = material;
      mesh.renderOrder = 11;
      mesh.raycast = () => undefined;
    });
    root.name = GHOST_NAME;
    root.visible = false;
    return root;
  }, [source]);

  // Its tint and skeletons are its own; the geometry stays with the model's scene.
  useEffect(() => () => disposeUnheld(ghost), [ghost]);

  useViewerSubscription(
    // The standing comparison would stand beside a body lying in an exercise's position.
    (state) => mechanicsEngaged(state.view.dysfunction) && !state.exerciseFocus,
    (shown) => {
      ghost.visible = shown;
      invalidate();
    },
    [ghost, invalidate],
  );

  return <primitive object={ghost} />;
}
