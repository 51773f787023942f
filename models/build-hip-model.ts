import { LANDMARKS } from '../src/domain/anatomy';
import { boneSdfs } from './bones/bone-sdfs';
import { buildDocument } from './gltf/build-document';
import { encodeGlb } from './gltf/encode-glb';
import type { BoneSpec, ModelSpec } from './gltf/model-spec';
import { landmarkDefs } from './landmarks/landmark-defs';
import { resolveLandmarks } from './landmarks/resolve-landmarks';
import { meshSdf } from './mesh/mesh-sdf';
import { placeholderMuscles } from './muscles/placeholder-muscles';
import { buildNerves } from './nerves/build-nerves';
import type { Sdf } from './sdf/sdf';
import { buildSkin } from './skin/build-skin';
import { skinSdf } from './skin/skin-sdf';

export type BuildLog = (message: string) => void;

/** Builds the whole model and returns the GLB bytes (deterministic). */
export async function buildHipModel(log: BuildLog = () => {}): Promise<Uint8Array> {
  const bones: BoneSpec[] = [];
  const boneSdfMap = new Map<string, Sdf>();
  for (const b of boneSdfs()) {
    const t = performance.now();
    const mesh = await meshSdf(b.sdf, b.search, {
      gridMm: b.gridMm,
      targetTriangles: b.targetTriangles,
      baseColor: [1, 1, 1],
    });
    bones.push({ id: b.id, bilateral: b.bilateral, joint: b.joint, mesh });
    boneSdfMap.set(b.id, b.sdf);
    log(
      `bone ${b.id}: ${mesh.indices.length / 3} triangles, ${(performance.now() - t).toFixed(0)} ms`,
    );
  }
  const skin = await buildSkin();
  log(`skin: ${skin.mesh.indices.length / 3} triangles`);
  const muscles = [...placeholderMuscles('right'), ...placeholderMuscles('left')];
  const nerves = [...buildNerves('right'), ...buildNerves('left')];
  const bilateral = new Set<string>(LANDMARKS.filter((l) => l.bilateral).map((l) => l.id));
  const landmarks = resolveLandmarks(
    landmarkDefs(),
    { bones: boneSdfMap, skin: skinSdf() },
    bilateral,
  );
  const spec: ModelSpec = { bones, skinned: [...muscles, ...nerves, skin], landmarks };
  const doc = buildDocument(spec);
  return encodeGlb(doc);
}
