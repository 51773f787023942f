import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { PlacedPoint } from '../domain/motor-points';
import type { LoadedModel } from './model-context';
import { bindPoint, type PointBinding, posedMatrix, type RestVertexCache } from './point-skinning';

/**
 * Each placed point follows the skin of its muscle when the skeleton is posed: returns one
 * matrix per point id (rest pose to posed model space), brought up to date whenever the poser
 * has moved the joints (not every frame), after which `onPosed` runs.
 */
export function usePointPoses(
  model: LoadedModel | null,
  placed: readonly PlacedPoint[] | undefined,
  onPosed: () => void,
): ReadonlyMap<string, THREE.Matrix4> {
  const bindings = useMemo(() => {
    const out = new Map<string, PointBinding>();
    if (!model || !placed) return out;
    const cache: RestVertexCache = new Map();
    for (const p of placed) {
      const binding = bindPoint(model, `${p.muscle}:${p.side}`, p.position, cache);
      if (binding) out.set(p.id, binding);
    }
    return out;
  }, [model, placed]);
  const poses = useMemo(
    () => new Map([...bindings.keys()].map((id) => [id, new THREE.Matrix4()])),
    [bindings],
  );
  const lastPoseVersion = useRef(-1);
  const posed = useRef(onPosed);
  posed.current = onPosed;

  useFrame(() => {
    const version = (model?.root.userData.poseVersion as number | undefined) ?? 0;
    if (!model || version === lastPoseVersion.current) return;
    lastPoseVersion.current = version;
    model.root.updateMatrixWorld(true);
    for (const [id, binding] of bindings) {
      const m = poses.get(id);
      if (m) posedMatrix(binding, m);
    }
    posed.current();
  });
  return poses;
}
