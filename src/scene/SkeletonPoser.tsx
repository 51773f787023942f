import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { blendPose, NEUTRAL_POSE, poseDistanceDeg, type SkeletonPose } from '../domain/pose';
import { sameItems } from '../domain/view-state';
import { mechanicsPoseTarget, useViewerStoreApi, useViewerSubscription } from '../state';
import { useLoadedModel } from './model-context';
import { applyPose, rigOf } from './skeleton-rig';

/** Share of the remaining angle covered per second of animation (exponential approach). */
const SMOOTHING_PER_S = 8;

/**
 * Poses the skeleton from the mechanics result: pelvic drop about the stance hip, anterior
 * tilt about the hip axis, trunk lean and lordosis through the lumbar chain, thighs upright.
 * Muscles follow through their skins. Animates smoothly unless motion is reduced.
 */
export function SkeletonPoser({ reducedMotion = false }: { reducedMotion?: boolean }) {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const rig = useMemo(() => rigOf(model), [model]);
  const current = useRef<SkeletonPose>({ stanceSide: 'right', ...NEUTRAL_POSE });
  const target = useRef<SkeletonPose>({ stanceSide: 'right', ...NEUTRAL_POSE });
  const lift = useRef({ current: 0, target: 0 });

  useViewerSubscription(
    (state) => [state.view.dysfunction, state.mechanicsParameters] as const,
    (_, state, jump) => {
      if (!rig) return;
      const next = mechanicsPoseTarget(state);
      target.current = next.pose;
      lift.current.target = next.lift;
      // Changing the stance side swaps pivots: start from neutral rather than blend across.
      if (current.current.stanceSide !== target.current.stanceSide)
        current.current = { ...target.current, ...NEUTRAL_POSE };
      // An exercise's key position owns the joints (ExercisePoser); its return lands here.
      const exercisePosed = state.exerciseFocus !== null;
      if (jump || reducedMotion || exercisePosed) {
        current.current = target.current;
        lift.current.current = lift.current.target;
        if (!exercisePosed) applyPose(rig, current.current, lift.current.current);
      }
      invalidate();
    },
    [rig, invalidate, reducedMotion],
    sameItems,
  );

  useFrame((_, delta) => {
    if (!rig) return;
    if (store.getState().exerciseFocus) {
      // Held by the exercise's key position; the return goes straight to the target.
      current.current = target.current;
      lift.current.current = lift.current.target;
      return;
    }
    const remaining = poseDistanceDeg(current.current, target.current);
    const liftRemaining = Math.abs(lift.current.target - lift.current.current);
    if (remaining < 0.01 && liftRemaining < 0.001) return;
    const t =
      remaining < 0.05 && liftRemaining < 0.005
        ? 1
        : 1 - Math.exp(-SMOOTHING_PER_S * Math.min(delta, 0.1));
    current.current = blendPose(current.current, target.current, t);
    lift.current.current += (lift.current.target - lift.current.current) * t;
    applyPose(rig, current.current, lift.current.current);
    invalidate();
  });
  return null;
}
