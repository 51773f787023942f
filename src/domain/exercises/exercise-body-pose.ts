/**
 * An exercise's key position as a pose of the 3D model: how the whole body lies (root
 * orientation), the hips, knees and the lumbar chain, and where a camera sees it best.
 *
 * Frame (model contract): metres, +Y up, the body faces +Z, the body's right side is -X; joints
 * have no rest rotation, so a joint's rotation is in model axes. Degrees throughout. Rotation
 * senses, checked by forward kinematics in the tests: hip flexion about -X (the knee goes
 * forward), abduction of the right hip about -Z and of the left about +Z (the knee goes out),
 * external rotation of the right hip about -Y and of the left about +Y (the front of the thigh
 * turns out), knee flexion about +X (the foot goes back), lumbar flexion about +X.
 *
 * The angles are illustrative key positions as the exercise studies describe them (Distefano
 * 2009, Ekstrom 2007, Boren 2011, Bolgla & Uhl 2005, MacAskill 2014; see `sources.ts`), not
 * measured joint angles. The exercise table's 2-D figure (`pose`) gives the body position; this
 * file adds what a side-on stick figure cannot show (abduction, rotation, which side is down).
 */
import type { BilateralSide } from '../anatomy';
import {
  composeQuat,
  cross,
  normalize,
  type Quat,
  quatFromAxisAngle,
  quatFromBasis,
  rotateVec3,
  type Vec3,
} from '../geometry';
import type { BodyPosition, Exercise, ExerciseId } from './exercise';

/** One leg of a key position (hip angles relative to the pelvis, knee relative to the thigh). */
interface LegAngles {
  readonly hipFlexionDeg: number;
  readonly hipAbductionDeg: number;
  readonly hipExternalRotationDeg: number;
  readonly kneeFlexionDeg: number;
}

/** Camera direction in the body's own frame, as weights of three directions. */
interface BodyViewDirection {
  /** Toward the exercised side. */
  readonly lateral: number;
  /** Toward the body's back. */
  readonly back: number;
  /** Toward the feet (negative: toward the head). */
  readonly feet: number;
}

interface KeyPositionSpec {
  readonly exercised: LegAngles;
  readonly other: LegAngles;
  /** Side-lying and side plank: which side is on the floor. */
  readonly lieOn?: 'exercised' | 'other';
  /** Whole body tipped forward from its position (trunk toward the front; negative: back). */
  readonly bodyForwardDeg?: number;
  /** Whole body tipped in the frontal plane, the head toward the other side (side plank). */
  readonly headTowardOtherDeg?: number;
  readonly lumbarFlexionDeg?: number;
  /** Lumbar side bend toward the other side (keeps the trunk upright over a hiked pelvis). */
  readonly lumbarBendTowardOtherDeg?: number;
  readonly view: BodyViewDirection;
}

const leg = (
  hipFlexionDeg: number,
  kneeFlexionDeg: number,
  hipAbductionDeg = 0,
  hipExternalRotationDeg = 0,
): LegAngles => ({ hipFlexionDeg, hipAbductionDeg, hipExternalRotationDeg, kneeFlexionDeg });

/** Hike of the free side of the pelvis in the hip hike (Bolgla & Uhl 2005: pelvic drop and lift). */
const HIP_HIKE_DEG = 12;

/**
 * The key position of each exercise. "Exercised" is the leg the EMG figures are for: the
 * moving leg in side-lying, prone, quadruped and standing abduction; the standing (or
 * weight-bearing) leg in squats, step-ups, bridges on one leg, the hip hike and the side plank
 * (Boren 2011 measured the leg underneath).
 */
const KEY_POSITIONS: Readonly<Record<ExerciseId, KeyPositionSpec>> = {
  // Top leg lifted about 30°, hip straight, no rotation (Distefano 2009); bottom leg bent for balance.
  'side-lying-hip-abduction': {
    lieOn: 'other',
    exercised: leg(0, 0, 30),
    other: leg(30, 45),
    view: { lateral: 0.25, back: 1, feet: 0 },
  },
  // Hips bent about 45° (Distefano measured 30° and 60°), knees 90°, feet together, top knee opened.
  clamshell: {
    lieOn: 'other',
    exercised: leg(45, 90, 18, 30),
    other: leg(45, 90),
    view: { lateral: 0.35, back: 1, feet: 0.25 },
  },
  // On the forearm and the side of the exercised foot, body straight, top leg lifted (Boren 2011).
  'side-plank-abduction': {
    lieOn: 'exercised',
    headTowardOtherDeg: 20,
    exercised: leg(0, 0),
    other: leg(0, 0, 25),
    view: { lateral: -0.3, back: 1, feet: 0 },
  },
  // Hips lifted in line with the thighs, knees about 90°, feet flat (Ekstrom 2007).
  bridge: {
    bodyForwardDeg: -20,
    exercised: leg(5, 90),
    other: leg(5, 90),
    view: { lateral: 1, back: 0, feet: 0 },
  },
  // As the bridge, the other leg straight in line with its thigh (Ekstrom 2007).
  'single-leg-bridge': {
    bodyForwardDeg: -20,
    exercised: leg(5, 90),
    other: leg(5, 0),
    view: { lateral: 1, back: 0, feet: 0 },
  },
  // Standing on the exercised leg, squatting to about 60° of knee bend, trunk leaning forward;
  // the free leg held forward off the floor, as in the exercise's stick figure.
  'single-leg-squat': {
    bodyForwardDeg: 20,
    exercised: leg(50, 60),
    other: leg(65, 10),
    view: { lateral: 1, back: 0.4, feet: 0 },
  },
  // Exercised foot on a step at the side, the other leg hanging beside it (MacAskill 2014).
  'lateral-step-up': {
    exercised: leg(35, 50),
    other: leg(0, 10),
    view: { lateral: 0.4, back: 1, feet: 0 },
  },
  // Exercised foot on a step in front, the other leg behind (MacAskill 2014).
  'forward-step-up': {
    bodyForwardDeg: 10,
    exercised: leg(60, 70),
    other: leg(-10, 15),
    view: { lateral: 1, back: 0.5, feet: 0 },
  },
  // Standing on the exercised leg on a step, the other side of the pelvis lifted.
  'hip-hike': {
    headTowardOtherDeg: -HIP_HIKE_DEG,
    lumbarBendTowardOtherDeg: HIP_HIKE_DEG,
    exercised: leg(0, 0, HIP_HIKE_DEG),
    other: leg(0, 0, -HIP_HIKE_DEG),
    view: { lateral: 0.3, back: 1, feet: 0 },
  },
  // Half squat, stepping sideways against a band (Distefano 2009).
  'lateral-band-walk': {
    bodyForwardDeg: 10,
    exercised: leg(25, 30, 15),
    other: leg(25, 30, 5),
    view: { lateral: 0.3, back: 1, feet: 0 },
  },
  // Hinging on the exercised leg, trunk and the other leg in one line (Distefano 2009).
  'single-leg-deadlift': {
    bodyForwardDeg: 70,
    lumbarFlexionDeg: 5,
    exercised: leg(75, 15),
    other: leg(5, 0),
    view: { lateral: 1, back: 0.3, feet: 0 },
  },
  // On hands and knees, the exercised leg lifted straight back (Ekstrom 2007).
  'quadruped-hip-extension': {
    exercised: leg(0, 0),
    other: leg(90, 90),
    view: { lateral: 1, back: 0.3, feet: 0 },
  },
  // Face down, the exercised leg lifted straight about 15° (MacAskill 2014).
  'prone-hip-extension': {
    exercised: leg(-15, 0),
    other: leg(0, 0),
    view: { lateral: 1, back: 0.3, feet: 0 },
  },
  // Standing on the other leg, the exercised leg lifted out to the side (Bolgla & Uhl 2005).
  'standing-hip-abduction': {
    exercised: leg(0, 0, 25),
    other: leg(0, 0),
    view: { lateral: 0.3, back: 1, feet: 0 },
  },
};

/** How the body lies before any tipping: where its head and its front point (model frame). */
interface BaseOrientation {
  readonly head: Vec3;
  readonly front: Vec3;
}

/**
 * Lying bodies put the head toward -X (supine, prone, quadruped) or face the default camera
 * (+Z) on their side, so a lying body is seen along its length from the usual start view.
 */
function baseOrientation(position: BodyPosition, lyingOn: BilateralSide | null): BaseOrientation {
  switch (position) {
    case 'supine':
      return { head: [-1, 0, 0], front: [0, 1, 0] };
    case 'prone':
    case 'quadruped':
      return { head: [-1, 0, 0], front: [0, -1, 0] };
    case 'side-lying':
    case 'side-plank':
      // The left side is +X: lying on the left, the head points +X so that +X (left) turns down.
      return { head: lyingOn === 'right' ? [-1, 0, 0] : [1, 0, 0], front: [0, 0, 1] };
    case 'standing':
      return { head: [0, 1, 0], front: [0, 0, 1] };
  }
}

export interface ExerciseBodyPose {
  readonly exerciseId: ExerciseId;
  readonly position: BodyPosition;
  readonly exercisedSide: BilateralSide;
  /** The side on the floor in side-lying and side plank, else null. */
  readonly lyingOn: BilateralSide | null;
  readonly legs: Readonly<Record<BilateralSide, LegAngles>>;
  readonly lumbarFlexionDeg: number;
  /** Positive bends the trunk toward the body's left. */
  readonly lumbarLeftBendDeg: number;
  /** Orientation of the pelvis (the root joint) in the model frame. */
  readonly root: Quat;
  /** Hip and knee joint rotations (relative to their parents, model axes). */
  readonly hips: Readonly<Record<BilateralSide, Quat>>;
  readonly knees: Readonly<Record<BilateralSide, Quat>>;
  /** Unit direction from the body toward a camera that shows the working muscles (model frame). */
  readonly viewDirection: Vec3;
}

export interface ExerciseBodyPoseOptions {
  /** Camera lift above the body, as a share of the view direction (a little from above). */
  viewElevation: number;
}

const EXERCISE_BODY_POSE_DEFAULTS: ExerciseBodyPoseOptions = { viewElevation: 0.2 };

const other = (side: BilateralSide): BilateralSide => (side === 'right' ? 'left' : 'right');
/** +1 for the left side (+X), -1 for the right. */
const leftward = (side: BilateralSide) => (side === 'left' ? 1 : -1);

/** A hip's rotation: flexion, then abduction of the flexed thigh, then rotation about its axis. */
function hipRotation(side: BilateralSide, angles: LegAngles): Quat {
  const s = leftward(side);
  return composeQuat(
    quatFromAxisAngle([-1, 0, 0], angles.hipFlexionDeg),
    quatFromAxisAngle([0, 0, s], angles.hipAbductionDeg),
    quatFromAxisAngle([0, s, 0], angles.hipExternalRotationDeg),
  );
}

function kneeRotation(angles: LegAngles): Quat {
  return quatFromAxisAngle([1, 0, 0], angles.kneeFlexionDeg);
}

/** One lumbar joint's share of the chain's flexion and side bend. */
export function lumbarJointRotation(pose: ExerciseBodyPose, jointCount: number): Quat {
  const share = 1 / Math.max(1, jointCount);
  // Bending toward the left carries +Y toward +X: about -Z.
  return composeQuat(
    quatFromAxisAngle([0, 0, -1], pose.lumbarLeftBendDeg * share),
    quatFromAxisAngle([1, 0, 0], pose.lumbarFlexionDeg * share),
  );
}

/**
 * The 3-D key position of an exercise with the given leg exercised (the side the exercise focus
 * tints: the stance side of the mechanics view).
 */
export function exerciseBodyPose(
  exercise: Exercise,
  exercisedSide: BilateralSide,
  options: Partial<ExerciseBodyPoseOptions> = {},
): ExerciseBodyPose {
  const { viewElevation } = { ...EXERCISE_BODY_POSE_DEFAULTS, ...options };
  const spec = KEY_POSITIONS[exercise.id];
  const position = exercise.pose.position;
  const lying = position === 'side-lying' || position === 'side-plank';
  const lyingOn = lying
    ? spec.lieOn === 'exercised'
      ? exercisedSide
      : other(exercisedSide)
    : null;
  const base = baseOrientation(position, lyingOn);
  // The body's left (+X at rest) is head × front, as Y × Z = X.
  const left = normalize(cross(base.head, base.front)) ?? [1, 0, 0];
  const towardOther = leftward(other(exercisedSide));
  const root = composeQuat(
    quatFromBasis(left, base.head, base.front),
    quatFromAxisAngle([1, 0, 0], spec.bodyForwardDeg ?? 0),
    // A positive turn about +Z carries the head toward -X (the right).
    quatFromAxisAngle([0, 0, -towardOther], spec.headTowardOtherDeg ?? 0),
  );
  const legs: Record<BilateralSide, LegAngles> = {
    left: exercisedSide === 'left' ? spec.exercised : spec.other,
    right: exercisedSide === 'right' ? spec.exercised : spec.other,
  };
  const bodyView: Vec3 = [
    spec.view.lateral * leftward(exercisedSide),
    -spec.view.feet,
    -spec.view.back,
  ];
  const world = rotateVec3(root, bodyView);
  const viewDirection = normalize([
    world[0],
    world[1] + viewElevation * Math.hypot(...world),
    world[2],
  ]) ?? [0, 0, 1];
  return {
    exerciseId: exercise.id,
    position,
    exercisedSide,
    lyingOn,
    legs,
    lumbarFlexionDeg: spec.lumbarFlexionDeg ?? 0,
    lumbarLeftBendDeg: (spec.lumbarBendTowardOtherDeg ?? 0) * towardOther,
    root,
    hips: { left: hipRotation('left', legs.left), right: hipRotation('right', legs.right) },
    knees: { left: kneeRotation(legs.left), right: kneeRotation(legs.right) },
    viewDirection,
  };
}
