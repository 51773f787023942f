/**
 * The skeleton pose a mechanics result asks for, as rotations about the model axes.
 *
 * Frame (model contract): metres, +Y up, the body faces +Z, the body's right side is -X.
 * A positive rotation about +Z carries +Y toward -X (the trunk tips to the body's right);
 * a positive rotation about +X carries +Y toward +Z (the top of the pelvis tips forward =
 * anterior tilt; for the lumbar spine, flexion). Degrees throughout.
 */
import type { BilateralSide } from '../anatomy';
import type { MechanicsPosture, MechanicsTask } from '../mechanics';

export interface SkeletonPose {
  stanceSide: BilateralSide;
  /** Pelvis about +Z, pivoting on the stance hip (pelvic drop on the swing side). */
  pelvisFrontalDeg: number;
  /** Pelvis about +X, pivoting on the line through both hip centres (tilt, hinge). */
  pelvisSagittalDeg: number;
  /** Whole lumbar chain about +Z, shared between its joints (trunk lean on the pelvis). */
  lumbarFrontalDeg: number;
  /** Whole lumbar chain about +X, shared between its joints (flexion +, lordosis -). */
  lumbarSagittalDeg: number;
}

export interface PoseOptions {
  /** Share of a hip hinge's trunk flexion taken at the hips (the rest in the lumbar spine). */
  hingeHipShare: number;
}

/** Hip hinges are mostly hip flexion with some lumbar flexion (illustrative split). */
const POSE_DEFAULTS: PoseOptions = { hingeHipShare: 0.65 };

export const NEUTRAL_POSE: Omit<SkeletonPose, 'stanceSide'> = {
  pelvisFrontalDeg: 0,
  pelvisSagittalDeg: 0,
  lumbarFrontalDeg: 0,
  lumbarSagittalDeg: 0,
};

/**
 * Turn a posture into joint rotations. The swing side of the pelvis drops (for a right stance
 * leg the left, +X, side goes down); the trunk leans toward the stance side; an anterior tilt
 * tips the pelvis forward and a larger lordosis extends the lumbar chain.
 */
export function poseFromPosture(
  posture: MechanicsPosture,
  task: MechanicsTask,
  stanceSide: BilateralSide,
  options: Partial<PoseOptions> = {},
): SkeletonPose {
  const { hingeHipShare } = { ...POSE_DEFAULTS, ...options };
  const towardStance = stanceSide === 'right' ? 1 : -1;
  const hinge = task.kind === 'hip-hinge' ? task.trunkFlexionDeg : 0;
  return {
    stanceSide,
    pelvisFrontalDeg: -towardStance * posture.pelvicDropDeg,
    pelvisSagittalDeg: posture.anteriorPelvicTiltChangeDeg + hinge * hingeHipShare,
    lumbarFrontalDeg: towardStance * posture.trunkLeanOnPelvisDeg,
    lumbarSagittalDeg: -posture.lumbarLordosisChangeDeg + hinge * (1 - hingeHipShare),
  };
}

/** Move a pose a step toward a target (exponential smoothing); `t` in 0..1, 1 jumps. */
export function blendPose(from: SkeletonPose, to: SkeletonPose, t: number): SkeletonPose {
  const mix = (a: number, b: number) => a + (b - a) * t;
  return {
    stanceSide: to.stanceSide,
    pelvisFrontalDeg: mix(from.pelvisFrontalDeg, to.pelvisFrontalDeg),
    pelvisSagittalDeg: mix(from.pelvisSagittalDeg, to.pelvisSagittalDeg),
    lumbarFrontalDeg: mix(from.lumbarFrontalDeg, to.lumbarFrontalDeg),
    lumbarSagittalDeg: mix(from.lumbarSagittalDeg, to.lumbarSagittalDeg),
  };
}

/** Largest angle difference between two poses, for deciding when an animation is done. */
export function poseDistanceDeg(a: SkeletonPose, b: SkeletonPose): number {
  return Math.max(
    Math.abs(a.pelvisFrontalDeg - b.pelvisFrontalDeg),
    Math.abs(a.pelvisSagittalDeg - b.pelvisSagittalDeg),
    Math.abs(a.lumbarFrontalDeg - b.lumbarFrontalDeg),
    Math.abs(a.lumbarSagittalDeg - b.lumbarSagittalDeg),
  );
}
