/** Bones of the model. `bilateral` bones exist once per side; the others sit on the midline. */
export const BONES = [
  { id: 'hip-bone', label: 'Hip bone', bilateral: true },
  { id: 'sacrum', label: 'Sacrum', bilateral: false },
  { id: 'coccyx', label: 'Coccyx', bilateral: false },
  { id: 'vertebra-l1', label: 'L1 vertebra', bilateral: false },
  { id: 'vertebra-l2', label: 'L2 vertebra', bilateral: false },
  { id: 'vertebra-l3', label: 'L3 vertebra', bilateral: false },
  { id: 'vertebra-l4', label: 'L4 vertebra', bilateral: false },
  { id: 'vertebra-l5', label: 'L5 vertebra', bilateral: false },
  { id: 'femur', label: 'Femur', bilateral: true },
  { id: 'patella', label: 'Patella', bilateral: true },
  { id: 'tibia', label: 'Tibia', bilateral: true },
  { id: 'fibula', label: 'Fibula', bilateral: true },
] as const;

export type BoneId = (typeof BONES)[number]['id'];
/** @internal */
export const BONE_IDS: readonly BoneId[] = BONES.map((b) => b.id);
export const LUMBAR_VERTEBRAE = [
  'vertebra-l1',
  'vertebra-l2',
  'vertebra-l3',
  'vertebra-l4',
  'vertebra-l5',
] as const satisfies readonly BoneId[];
