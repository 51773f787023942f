import type { CameraControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { BilateralSide } from '../domain/anatomy';
import { frameSphere } from '../domain/camera';
import {
  type ExerciseBodyPose,
  exerciseBodyPose,
  findExercise,
  isExerciseId,
  lumbarJointRotation,
} from '../domain/exercises';
import { type CameraView, sameItems } from '../domain/view-state';
import {
  mechanicsPoseTarget,
  useViewerStoreApi,
  useViewerSubscription,
  type ViewerState,
} from '../state';
import { type LoadedModel, useLoadedModel } from './model-context';
import { applyPose, type Rig, rigOf } from './skeleton-rig';

/** Length of the eased move into and out of a key position. */
const TRANSITION_S = 0.7;
/** Room around the posed body when the camera frames it (1 = touching the edges). */
const FRAME_MARGIN = 1.12;
/** Share of the view's half-width the body moves right, out from under the legend. */
const LEGEND_SHIFT_SHARE = 0.22;
/** Soft tissue and feet beyond the bones' boxes, as a share of the framed radius. */
const SOFT_TISSUE_SHARE = 0.08;
/** The floor lies this far (world m) below the lowest bone: heel and soft tissue. */
const FLOOR_BELOW_BONE_M = 0.03;
const FLOOR_COLOUR = '#7d7368';

/** Every joint the poses write, so a transition can blend between two whole poses. */
interface JointSnapshot {
  positions: THREE.Vector3[];
  quaternions: THREE.Quaternion[];
}

function jointsOf(rig: Rig): THREE.Object3D[] {
  return [
    rig.pelvis,
    ...[rig.hips.left, rig.hips.right, rig.knees.left, rig.knees.right].flatMap((j) => j ?? []),
    ...rig.lumbar,
  ];
}

function takeSnapshot(joints: readonly THREE.Object3D[]): JointSnapshot {
  return {
    positions: joints.map((j) => j.position.clone()),
    quaternions: joints.map((j) => j.quaternion.clone()),
  };
}

function restoreSnapshot(joints: readonly THREE.Object3D[], snapshot: JointSnapshot) {
  joints.forEach((joint, i) => {
    joint.position.copy(snapshot.positions[i]!);
    joint.quaternion.copy(snapshot.quaternions[i]!);
  });
}

const qRoot = new THREE.Quaternion();
const pivot = new THREE.Vector3();
const halfThigh = new THREE.Vector3();

/**
 * Set the joints to an exercise's key position. The whole body turns about mid-thigh (roughly
 * the centre of the framed hip region), so a lying body stays where the camera looks.
 */
function applyExercisePose(rig: Rig, pose: ExerciseBodyPose) {
  const { left: hipL, right: hipR } = rig.hips;
  pivot.copy(rig.restPelvis);
  if (hipL && hipR) pivot.add(halfThigh.copy(hipL.position).add(hipR.position).multiplyScalar(0.5));
  const knee = rig.knees.left ?? rig.knees.right;
  if (knee) pivot.add(halfThigh.copy(knee.position).multiplyScalar(0.5));
  qRoot.set(...pose.root);
  rig.pelvis.quaternion.copy(qRoot);
  rig.pelvis.position.copy(rig.restPelvis).sub(pivot).applyQuaternion(qRoot).add(pivot);
  for (const side of ['left', 'right'] as const) {
    rig.hips[side]?.quaternion.set(...pose.hips[side]);
    rig.knees[side]?.quaternion.set(...pose.knees[side]);
  }
  const lumbar = lumbarJointRotation(pose, rig.lumbar.length);
  for (const joint of rig.lumbar) joint.quaternion.set(...lumbar);
  rig.root.userData.poseVersion = ((rig.root.userData.poseVersion as number | undefined) ?? 0) + 1;
}

const boneBox = new THREE.Box3();
const floorAt = new THREE.Vector3();
const floorScale = new THREE.Vector3();
const shift = new THREE.Vector3();
const viewDirection = new THREE.Vector3();

/**
 * A sphere around the bones as posed now (world), with room for the soft tissue over them; the
 * box is exact (every vertex), so its floor is where the lowest bone is.
 */
function posedBones(model: LoadedModel, sphere: THREE.Sphere): THREE.Box3 {
  model.root.updateWorldMatrix(true, true);
  boneBox.makeEmpty();
  for (const [key, meshes] of model.index.structures) {
    if (model.index.structureKinds.get(key)?.kind !== 'bone') continue;
    for (const mesh of meshes) boneBox.expandByObject(mesh, true);
  }
  if (boneBox.isEmpty()) boneBox.setFromObject(model.root);
  boneBox.getBoundingSphere(sphere);
  sphere.radius *= 1 + SOFT_TISSUE_SHARE;
  return boneBox;
}

/** The floor under a key position: a faint disc, so lying, kneeling and standing read as such. */
function makeFloor(): THREE.Mesh {
  const floor = new THREE.Mesh(
    new THREE.CircleGeometry(1, 48).rotateX(-Math.PI / 2),
    new THREE.MeshBasicMaterial({
      color: FLOOR_COLOUR,
      transparent: true,
      opacity: 0.18,
      depthWrite: false,
      side: THREE.DoubleSide,
    }),
  );
  floor.name = 'exercise-floor';
  floor.visible = false;
  floor.raycast = () => undefined;
  return floor;
}

/** The key position the store asks for, or null (no focus, or an id this build does not know). */
function focusedPose(state: ViewerState): ExerciseBodyPose | null {
  const id = state.exerciseFocus?.exerciseId;
  if (!id || !isExerciseId(id)) return null;
  const side: BilateralSide = state.view.dysfunction.stanceSide;
  return exerciseBodyPose(findExercise(id), side);
}

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Poses the whole model in the focused exercise's key position (root orientation, hips, knees,
 * lumbar chain) and frames it; when the focus ends, returns to the mechanics pose and the view's
 * camera. Markers and labels follow through `poseVersion`, as for the mechanics pose. Eased
 * unless motion is reduced; draws only while moving.
 */
export function ExercisePoser({ reducedMotion = false }: { reducedMotion?: boolean }) {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const controls = useThree((s) => s.controls) as CameraControls | null;
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const size = useThree((s) => s.size);
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const rig = useMemo(() => rigOf(model), [model]);
  const joints = useMemo(() => (rig ? jointsOf(rig) : []), [rig]);
  const transition = useRef<{ from: JointSnapshot; to: JointSnapshot; elapsedS: number } | null>(
    null,
  );
  // The orbit limit before a key position widened it, to put back on return.
  const savedMaxDistance = useRef<number | null>(null);
  const savedCamera = useRef<CameraView | null>(null);
  const floor = useMemo(makeFloor, []);
  useEffect(
    () => () => {
      floor.geometry.dispose();
      (floor.material as THREE.Material).dispose();
    },
    [floor],
  );

  const sphere = useMemo(() => new THREE.Sphere(), []);
  useViewerSubscription(
    // Another exercise, or the other leg while one is shown, moves the body.
    (state) =>
      [
        state.exerciseFocus?.exerciseId ?? null,
        state.exerciseFocus ? state.view.dysfunction.stanceSide : null,
      ] as const,
    (_, state, initial) => {
      if (!rig || !model) return;
      // On mount, only a body already in an exercise needs posing.
      if (initial && !focusedPose(state)) return;
      const pose = focusedPose(state);
      const from = takeSnapshot(joints);
      // Apply the end pose to read it (and the bounds it gives), then start from where we were.
      if (pose) applyExercisePose(rig, pose);
      else {
        const { pose: mechanics, lift } = mechanicsPoseTarget(state);
        applyPose(rig, mechanics, lift);
      }
      const to = takeSnapshot(joints);
      floor.visible = pose !== null;
      if (pose) {
        const box = posedBones(model, sphere);
        const parent = floor.parent;
        floorAt.set(sphere.center.x, box.min.y - FLOOR_BELOW_BONE_M, sphere.center.z);
        if (parent) {
          parent.updateWorldMatrix(true, false);
          parent.worldToLocal(floorAt);
          floor.scale.setScalar((sphere.radius * 0.85) / parent.getWorldScale(floorScale).y);
        }
        floor.position.copy(floorAt);
      }
      if (reducedMotion) transition.current = null;
      else {
        restoreSnapshot(joints, from);
        transition.current = { from, to, elapsedS: 0 };
      }
      if (controls) {
        if (pose) {
          const framed = frameSphere(
            [sphere.center.x, sphere.center.y, sphere.center.z],
            sphere.radius,
            pose.viewDirection,
            {
              fovDeg: camera.fov,
              aspect: sizeRef.current.width / Math.max(1, sizeRef.current.height),
              margin: FRAME_MARGIN,
            },
          );
          const position = [...framed.position] as [number, number, number];
          const target = [...framed.target] as [number, number, number];
          const { distanceM } = framed;
          // Shift the view so the body sits clear of the legend at the top left: to the right
          // on a wide view, lower on a tall one (a phone).
          const aspect = sizeRef.current.width / Math.max(1, sizeRef.current.height);
          const halfHeightM = distanceM * Math.tan(THREE.MathUtils.degToRad(camera.fov / 2));
          viewDirection.set(...pose.viewDirection);
          if (aspect >= 1)
            shift
              .copy(viewDirection)
              .cross(camera.up)
              .normalize()
              .multiplyScalar(LEGEND_SHIFT_SHARE * halfHeightM * aspect);
          else
            shift
              .copy(camera.up)
              .addScaledVector(viewDirection, -camera.up.dot(viewDirection))
              .normalize()
              .multiplyScalar(LEGEND_SHIFT_SHARE * halfHeightM);
          position[0] += shift.x;
          position[1] += shift.y;
          position[2] += shift.z;
          target[0] += shift.x;
          target[1] += shift.y;
          target[2] += shift.z;
          savedMaxDistance.current ??= controls.maxDistance;
          savedCamera.current ??= state.view.camera;
          controls.maxDistance = Math.max(savedMaxDistance.current, distanceM * 1.2);
          void controls.setLookAt(...position, ...target, !reducedMotion);
        } else {
          if (savedMaxDistance.current !== null) controls.maxDistance = savedMaxDistance.current;
          savedMaxDistance.current = null;
          // The camera from before the exercise, even if the user orbited the posed body.
          store.getState().setCamera(savedCamera.current ?? state.view.camera);
          savedCamera.current = null;
        }
      }
      invalidate();
    },
    [rig, model, joints, store, controls, camera, reducedMotion, invalidate, floor, sphere],
    sameItems,
  );

  useFrame((_, delta) => {
    const move = transition.current;
    if (!move || !rig) return;
    move.elapsedS += Math.min(delta, 0.1);
    const t = Math.min(1, move.elapsedS / TRANSITION_S);
    const eased = easeInOut(t);
    joints.forEach((joint, i) => {
      joint.position.lerpVectors(move.from.positions[i]!, move.to.positions[i]!, eased);
      joint.quaternion.slerpQuaternions(move.from.quaternions[i]!, move.to.quaternions[i]!, eased);
    });
    rig.root.userData.poseVersion = ((rig.root.userData.poseVersion as number) ?? 0) + 1;
    if (t >= 1) transition.current = null;
    invalidate();
  });
  return <primitive object={floor} />;
}
