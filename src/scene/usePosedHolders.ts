import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useRef } from 'react';
import type * as THREE from 'three';
import type { LoadedModel } from './model-context';
import { type PointBinding, posedMatrix } from './point-skinning';

/**
 * Groups that follow the posed skeleton: each anchor's holder takes its binding's posed matrix
 * whenever the pose changes (not every frame), then one more frame lets HTML overlays read it.
 * Returns the ref callback for a holder by key.
 */
export function usePosedHolders(
  model: LoadedModel | null,
  anchors: readonly { key: string; binding: PointBinding | null }[],
): (key: string) => (group: THREE.Group | null) => void {
  const invalidate = useThree((s) => s.invalidate);
  const holders = useRef(new Map<string, THREE.Group>());
  const lastPoseVersion = useRef(-1);
  useFrame(() => {
    const version = (model?.root.userData.poseVersion as number | undefined) ?? 0;
    if (!model || version === lastPoseVersion.current) return;
    lastPoseVersion.current = version;
    model.root.updateMatrixWorld(true);
    for (const { key, binding } of anchors) {
      const holder = holders.current.get(key);
      if (!holder || !binding) continue;
      holder.matrixAutoUpdate = false;
      posedMatrix(binding, holder.matrix);
      holder.matrixWorldNeedsUpdate = true;
    }
    invalidate();
  });
  return useCallback(
    (key: string) => (group: THREE.Group | null) => {
      if (group) holders.current.set(key, group);
      else holders.current.delete(key);
      // A new holder takes the current pose on the next frame.
      lastPoseVersion.current = -1;
    },
    [],
  );
}
