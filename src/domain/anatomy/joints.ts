/**
 * The skeleton's joints, one table for the model pipeline, the model contract and the scene
 * (documented in docs/model-contract.md). Order is the pipeline's node order: keep it.
 */
export const JOINTS = [
  { id: 'pelvis', bilateral: false, inContract: true },
  { id: 'lumbosacral', bilateral: false, inContract: true },
  { id: 'L4-L5', bilateral: false, inContract: true },
  { id: 'L3-L4', bilateral: false, inContract: true },
  { id: 'L2-L3', bilateral: false, inContract: true },
  { id: 'L1-L2', bilateral: false, inContract: true },
  // Carried by the generated model but not asked of another one: nothing poses it.
  { id: 'T12-L1', bilateral: false, inContract: false },
  { id: 'hip', bilateral: true, inContract: true },
  { id: 'knee', bilateral: true, inContract: true },
] as const;

export type JointId = (typeof JOINTS)[number]['id'];

/** The lumbar joints the mechanics pose bends, lumbosacral first. */
export const LUMBAR_POSE_JOINTS = [
  'lumbosacral',
  'L4-L5',
  'L3-L4',
  'L2-L3',
  'L1-L2',
] as const satisfies readonly JointId[];
