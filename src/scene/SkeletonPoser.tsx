import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import * as THREE from 'three';
import { LUMBAR_POSE_JOINTS } from '../domain/anatomy';
import {
  blendPose,
  NEUTRAL_POSE,
  poseDistanceDeg,
  poseFromPosture,
  type SkeletonPose,
} from '../domain/pose';
import { mechanicsEngaged, sameItems } from '../domain/view-state';
import { mechanicsFor, useViewerStoreApi, useViewerSubscription, type ViewerState } from '../state';
import { type LoadedModel, useLoadedModel } from './model-context';

/**
 * The lifted swing leg in single-leg stance: hip and knee flexed as in the clinical one-leg stance
 * test, so side views read as standing on one leg rather than mid-stride.
 */
const SWING_HIP_FLEXION_DEG = 35;
const SWING_KNEE_FLEXION_DEG = 70;
/** Share of the remaining angle covered per second of animation (exponential approach). */
const SMOOTHING_PER_S = 8;

const X = new THREE.Vector3(1, 0, 0);
const Z = new THREE.Vector3(0, 0, 1);
const qFrontal = new THREE.Quaternion();
const qSagittal = new THREE.Quaternion();
const qPelvis = new THREE.Quaternion();
const qUpright = new THREE.Quaternion();
const qBend = new THREE.Quaternion();
const offset = new THREE.Vector3();
const pivotFrontal = new THREE.Vector3();
const pivotSagittal = new THREE.Vector3();
const deg = THREE.MathUtils.degToRad;

export interface Rig {
  /** The model root; its `userData.poseVersion` counts poses so markers know to follow. */
  root: THREE.Object3D;
  pelvis: THREE.Object3D;
  restPelvis: THREE.Vector3;
  hips: Record<'left' | 'right', THREE.Object3D | undefined>;
  knees: Record<'left' | 'right', THREE.Object3D | undefined>;
  lumbar: THREE.Object3D[];
}

/**
 * Set the joints for a pose. Joint nodes have no rest rotation (model contract). Runs every
 * frame of a transition, so it only writes into module-scope scratch objects.
 */
export function applyPose(rig: Rig, pose: SkeletonPose, swingLift: number) {
  const stanceHip = rig.hips[pose.stanceSide];
  const otherHip = rig.hips[pose.stanceSide === 'right' ? 'left' : 'right'];
  if (!stanceHip || !otherHip) return;
  // Pivots in the pelvis's parent frame (rest pose).
  pivotFrontal.copy(stanceHip.position).add(rig.restPelvis);
  pivotSagittal
    .copy(stanceHip.position)
    .add(otherHip.position)
    .multiplyScalar(0.5)
    .add(rig.restPelvis);
  qFrontal.setFromAxisAngle(Z, deg(pose.pelvisFrontalDeg));
  qSagittal.setFromAxisAngle(X, deg(pose.pelvisSagittalDeg));
  qPelvis.multiplyQuaternions(qFrontal, qSagittal);
  // position = qF (qS (R0 - Ps) + Ps - Pf) + Pf
  offset
    .copy(rig.restPelvis)
    .sub(pivotSagittal)
    .applyQuaternion(qSagittal)
    .add(pivotSagittal)
    .sub(pivotFrontal);
  rig.pelvis.position.copy(offset.applyQuaternion(qFrontal).add(pivotFrontal));
  rig.pelvis.quaternion.copy(qPelvis);
  // The thighs stay upright in the world; the lifted swing leg flexes a little.
  qUpright.copy(qPelvis).invert();
  for (const side of ['left', 'right'] as const) {
    const hip = rig.hips[side];
    const knee = rig.knees[side];
    const lift = side === pose.stanceSide ? 0 : swingLift;
    hip?.quaternion
      .copy(qUpright)
      .multiply(qBend.setFromAxisAngle(X, -deg(SWING_HIP_FLEXION_DEG * lift)));
    knee?.quaternion.setFromAxisAngle(X, deg(SWING_KNEE_FLEXION_DEG * lift));
  }
  rig.root.userData.poseVersion = ((rig.root.userData.poseVersion as number | undefined) ?? 0) + 1;
  const share = 1 / rig.lumbar.length;
  for (const joint of rig.lumbar) {
    joint.quaternion
      .setFromAxisAngle(Z, deg(pose.lumbarFrontalDeg * share))
      .multiply(qBend.setFromAxisAngle(X, deg(pose.lumbarSagittalDeg * share)));
  }
}

/** The posable joints of a model, or null when it has no pelvis joint (posing is optional). */
export function rigOf(model: LoadedModel | null): Rig | null {
  const pelvis = model?.index.joints.get('pelvis:midline');
  if (!model || !pelvis) return null;
  return {
    root: model.root,
    pelvis,
    restPelvis: pelvis.position.clone(),
    hips: {
      left: model.index.joints.get('hip:left'),
      right: model.index.joints.get('hip:right'),
    },
    knees: {
      left: model.index.joints.get('knee:left'),
      right: model.index.joints.get('knee:right'),
    },
    lumbar: LUMBAR_POSE_JOINTS.flatMap((id) => model.index.joints.get(`${id}:midline`) ?? []),
  };
}

/** The pose the mechanics result asks for, and how far the swing leg is lifted (0..1). */
export function mechanicsPoseTarget(state: ViewerState): { pose: SkeletonPose; lift: number } {
  const { dysfunction } = state.view;
  const { result } = mechanicsFor(dysfunction, state.mechanicsParameters);
  return {
    pose: result
      ? poseFromPosture(result.posture, dysfunction.task, dysfunction.stanceSide)
      : { stanceSide: dysfunction.stanceSide, ...NEUTRAL_POSE },
    // Standing on one leg only while the mechanics are in use; otherwise the anatomical position.
    lift:
      dysfunction.task.kind === 'single-leg-stance' && result && mechanicsEngaged(dysfunction)
        ? 1
        : 0,
  };
}

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
