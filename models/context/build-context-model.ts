import { buildDocument } from '../gltf/build-document';
import { encodeGlb } from '../gltf/encode-glb';
import { rightBoneField } from './bone-field';
import { buildContextMuscles, contextMuscleSpec } from './build-context-muscles';
import { contextMuscleDefs } from './context-muscle-defs';

/**
 * The context layer's own file (public/models/hip-context.glb): the joint hierarchy of the core
 * model and the neighbouring muscles skinned to it, so a viewer can bind them to the core
 * model's joints. Deterministic.
 */
export async function buildContextModel(log: (message: string) => void = () => {}) {
  const built = buildContextMuscles(contextMuscleDefs(), rightBoneField(), {}, log);
  const doc = buildDocument({
    bones: [],
    landmarks: [],
    skinned: [
      ...built.map((m) => contextMuscleSpec(m, 'right')),
      ...built.map((m) => contextMuscleSpec(m, 'left')),
    ],
  });
  return encodeGlb(doc);
}
