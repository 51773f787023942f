import * as THREE from 'three';
import { LUMBAR_POSE_JOINTS } from '../domain/anatomy';
import type { SkeletonPose } from '../domain/pose';
import type { LoadedModel } from './model-context';

/**
 * The lifted swing leg in single-leg stance: hip and knee flexed as in the clinical one-leg stance
 * test, so side views read as standing on one leg rather than mid-stride.
 */
const SWING_HIP_FLEXION_DEG = 35;
const SWING_KNEE_FLEXION_DEG = 70;

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
