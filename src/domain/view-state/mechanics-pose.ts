import type { MechanicsResult } from '../mechanics';
import { NEUTRAL_POSE, poseFromPosture, type SkeletonPose } from '../pose';
import { type DysfunctionState, mechanicsEngaged } from './dysfunction';

/** The pose a mechanics result asks for, and how far the swing leg is lifted (0..1). */
export function mechanicsPose(
  dysfunction: DysfunctionState,
  result: MechanicsResult | null,
): { pose: SkeletonPose; lift: number } {
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
