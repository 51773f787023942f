import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { boneSdfs } from '../bones/bone-sdfs';
import { meshBones } from '../bones/mesh-bones';
import { rightBoneField } from '../context/bone-field';
import { buildContextMuscles, contextMuscleSpec } from '../context/build-context-muscles';
import { contextMuscleDefs } from '../context/context-muscle-defs';
import { buildDocument } from '../gltf/build-document';
import { encodeGlb } from '../gltf/encode-glb';
import { cachedMeshes, sourceHash } from '../mesh/mesh-cache';

/**
 * Development only: draft bones with the context muscles in one file, to look at them with
 * `tsx models/preview/render-views.ts --glb test-output/model/context-preview.glb --view ...`.
 */
const defs = boneSdfs();
const meshes = await cachedMeshes(
  sourceHash(['bones', 'sdf', 'mesh', 'math', 'skeleton', 'figures', 'data'], 'draft'),
  () => meshBones(defs, true, 2, console.log),
);
const built = buildContextMuscles(contextMuscleDefs(), rightBoneField());
const doc = buildDocument({
  bones: defs.map((b) => ({
    id: b.id,
    bilateral: b.bilateral,
    joint: b.joint,
    mesh: meshes[b.id]!,
  })),
  landmarks: [],
  skinned: [
    ...built.map((m) => contextMuscleSpec(m, 'right')),
    ...built.map((m) => contextMuscleSpec(m, 'left')),
  ],
});
const out = resolve(import.meta.dirname, '../../test-output/model/context-preview.glb');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, await encodeGlb(doc));
console.log(`wrote ${out}`);
