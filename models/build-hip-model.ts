import { LANDMARKS } from '../src/domain/anatomy';
import { buildAtRisk } from './at-risk/build-at-risk';
import { boneSdfs } from './bones/bone-sdfs';
import { meshBones } from './bones/mesh-bones';
import { rightBoneField } from './context/bone-field';
import { buildDocument } from './gltf/build-document';
import { compactGlbJson } from './gltf/compact-glb-json';
import { encodeGlb } from './gltf/encode-glb';
import type { BoneSpec, ModelSpec } from './gltf/model-spec';
import { landmarkDefs } from './landmarks/landmark-defs';
import { resolveLandmarks } from './landmarks/resolve-landmarks';
import { firstViewSpec } from './lod/first-view-spec';
import { cachedMeshes, sourceHash } from './mesh/mesh-cache';
import { addBodyMorphs } from './morphs/add-body-morphs';
import { BUILD_MUSCLES_DEFAULTS, buildMuscles, muscleSpec } from './muscles/build-muscles';
import { buildNerves } from './nerves/build-nerves';
import type { Sdf } from './sdf/sdf';
import { buildSkin } from './skin/build-skin';
import { skinSdf } from './skin/skin-sdf';
import { fibreTextures } from './textures/fibre-textures';

export type BuildLog = (message: string) => void;

export interface BuildHipModelOptions {
  /** Coarse bones for quick looks while developing (never for the committed model). */
  draft: boolean;
  /** Worker threads that mesh the bones (the result does not depend on it). */
  threads: number;
}

const BUILD_HIP_MODEL_DEFAULTS: BuildHipModelOptions = { draft: false, threads: 2 };

/** The built-in model's files: the complete model and the smaller first-view file. */
export interface HipModelFiles {
  /** public/models/hip.glb: everything, one file (what a brought model is too). */
  complete: Uint8Array;
  /** public/models/hip-first.glb: what the default view draws, coarser (see first-view-spec). */
  firstView: Uint8Array;
}

/** Builds the whole model and returns the GLB bytes of its files (deterministic). */
export async function buildHipModel(
  log: BuildLog = () => {},
  options: Partial<BuildHipModelOptions> = {},
): Promise<HipModelFiles> {
  const o = { ...BUILD_HIP_MODEL_DEFAULTS, ...options };
  const bones: BoneSpec[] = [];
  const boneSdfMap = new Map<string, Sdf>();
  const defs = boneSdfs();
  for (const b of defs) boneSdfMap.set(b.id, b.sdf);
  const meshAll = () => meshBones(defs, o.draft, o.threads, log);
  // Development builds reuse bone meshes while only muscles change; the real build never does.
  const boneMeshes = o.draft
    ? await cachedMeshes(
        sourceHash(['bones', 'sdf', 'mesh', 'math', 'skeleton', 'figures', 'data'], 'draft'),
        meshAll,
      )
    : await meshAll();
  for (const b of defs)
    bones.push({ id: b.id, bilateral: b.bilateral, joint: b.joint, mesh: boneMeshes[b.id]! });
  const { muscles: built, field } = buildMuscles([...boneSdfMap.values()], {}, log);
  const skinShape = skinSdf((x, y, z) => field.distance(x, y, z));
  const skin = await buildSkin(skinShape);
  log(`skin: ${skin.mesh.indices.length / 3} triangles`);
  const muscles = [
    ...built.map((m) => muscleSpec(m, 'right')),
    ...built.map((m) => muscleSpec(m, 'left')),
  ];
  const nerves = [...buildNerves('right'), ...buildNerves('left')];
  const atRisk = buildAtRisk({
    bones: rightBoneField(),
    tissue: (x, y, z) => field.distance(x, y, z),
    skin: skinShape,
  });
  log(`at risk: ${atRisk.reduce((n, s) => n + s.mesh.indices.length / 3, 0)} triangles`);
  const bilateral = new Set<string>(LANDMARKS.filter((l) => l.bilateral).map((l) => l.id));
  const landmarks = resolveLandmarks(
    landmarkDefs(),
    { bones: boneSdfMap, skin: skinShape },
    bilateral,
  );
  const tex = fibreTextures();
  const spec: ModelSpec = {
    bones,
    skinned: [...muscles, ...nerves, ...atRisk, skin],
    landmarks,
    fibreTextures: {
      ...tex,
      // one tile = 6 fascicles over 24 mm across and 50 mm along the fibres
      repeat: [BUILD_MUSCLES_DEFAULTS.uvWidthMm / 24, BUILD_MUSCLES_DEFAULTS.uvLengthMm / 50],
    },
  };
  // The first-view document is built from the spec before the complete one gains its morphs.
  const firstView = compactGlbJson(await encodeGlb(buildDocument(firstViewSpec(spec))), {
    dropNames: true,
  });
  log(`first view: ${firstView.length} bytes`);
  const doc = buildDocument(spec);
  const morphs = addBodyMorphs(doc);
  for (const m of morphs.muscles.filter((x) => x.key.endsWith(':right')))
    log(
      `body morphs: ${m.key} ${m.volumeCm3.toFixed(0)} cm³, +${(m.gainAtUnit * 100).toFixed(1)} % at muscle-bulk 1`,
    );
  log(`body morphs: skin follows the muscles at ${morphs.skinVerticesFollowing} vertices`);
  return { complete: await encodeGlb(doc), firstView };
}
