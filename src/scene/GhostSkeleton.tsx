import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { useViewerStoreApi, type ViewerState } from '../state';
import { mechanicsEngaged } from './LoadArrows';
import { readNodeMeta } from './model-index';

/**
 * The same skeleton in the neutral pose, faint and not pickable, so a posed dysfunction can be
 * compared with "no dysfunction" at a glance.
 */
export function GhostSkeleton({ source }: { source: THREE.Object3D }) {
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const ghost = useMemo(() => {
    const root = cloneSkinned(source);
    const material = new THREE.MeshBasicMaterial({
      color: '#7d9bd6',
      transparent: true,
      opacity: 0.16,
      depthWrite: false,
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
      mesh.renderOrder = 5;
      mesh.raycast = () => undefined;
    });
    root.name = 'healthy-ghost';
    root.visible = false;
    return root;
  }, [source]);

  useEffect(() => {
    const update = (state: ViewerState) => {
      ghost.visible = mechanicsEngaged(state.view.dysfunction);
      invalidate();
    };
    update(store.getState());
    return store.subscribe((state, previous) => {
      if (state.view.dysfunction !== previous.view.dysfunction) update(state);
    });
  }, [ghost, store, invalidate]);

  return <primitive object={ghost} />;
}
