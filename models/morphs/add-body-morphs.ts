import type { Document, Node, Primitive } from '@gltf-transform/core';
import { BODY_MORPHS, HANDSFIELD_2014 } from '../../src/domain/body';
import { smoothstep } from '../math/scalar';
import { meshVolume, vertexAreas } from './mesh-measures';
import { PointGrid } from './point-grid';

/**
 * The body-fitting step of the pipeline: adds glTF morph targets to whatever muscle and skin
 * meshes the build produced (see docs/model-contract.md, "Body fitting"). Runs on the document
 * before encoding, so the targets are quantized and compressed with the rest.
 *
 * - `muscle-bulk` on each contractile muscle: vertices move along their normals so that the
 *   volume grows by `unitVolumeRatio` at weight 1. Vertices touching bone stay put (a muscle
 *   thickens away from its bed, not into it); the free surface moves more to keep the volume.
 * - `fat` on the skin: every vertex moves `unitMm` outward along its normal.
 * - `muscle-bulk` on the skin: the skin moves out with the muscle beneath it, so a bulkier
 *   muscle does not thin the fat over it.
 */
export interface AddBodyMorphsOptions {
  /** A muscle vertex this close to bone does not move (m). */
  boneContactM: number;
  /** Above this distance from bone a muscle vertex moves fully (m). */
  boneFreeM: number;
  /** The free surface moves at most this many times the even thickening. */
  maxFreeSurfaceGain: number;
  /** The skin follows a muscle fully up to this distance, and not at all beyond `skinFollowToM`. */
  skinFollowFullM: number;
  skinFollowToM: number;
}

export const ADD_BODY_MORPHS_DEFAULTS: AddBodyMorphsOptions = {
  boneContactM: 0.002,
  boneFreeM: 0.006,
  maxFreeSurfaceGain: 3,
  skinFollowFullM: 0.03,
  skinFollowToM: 0.06,
};

interface Extras {
  kind?: string;
  id?: string;
  side?: string;
}

const BULK_MUSCLES = new Set<string>(Object.keys(HANDSFIELD_2014.muscles));

/** A primitive's positions in model space (metres): rigid nodes by their world matrix. */
function worldPositions(node: Node, prim: Primitive): Float32Array {
  const src = prim.getAttribute('POSITION')!.getArray() as Float32Array;
  // Skinned nodes sit at the scene root with positions already in model space (glTF rule).
  if (node.getSkin()) return src;
  const m = node.getWorldMatrix();
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i += 3) {
    const x = src[i]!;
    const y = src[i + 1]!;
    const z = src[i + 2]!;
    out[i] = m[0] * x + m[4] * y + m[8] * z + m[12];
    out[i + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
    out[i + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
  }
  return out;
}

function concat(arrays: Float32Array[]): Float32Array {
  const out = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

function addTarget(doc: Document, prim: Primitive, name: string, deltas: Float32Array): void {
  const buffer = doc.getRoot().listBuffers()[0]!;
  const accessor = doc.createAccessor(name).setType('VEC3').setArray(deltas).setBuffer(buffer);
  prim.addTarget(doc.createPrimitiveTarget(name).setAttribute('POSITION', accessor));
}

function setMorphNames(node: Node, names: string[]): void {
  const mesh = node.getMesh()!;
  mesh.setWeights(names.map(() => 0));
  mesh.setExtras({ ...mesh.getExtras(), morphs: names, targetNames: names });
}

export interface BodyMorphReport {
  /** Per muscle node (`gluteus-maximus:right`): volume (cm³) and volume gained at weight 1. */
  muscles: { key: string; volumeCm3: number; gainAtUnit: number }[];
  skinVerticesFollowing: number;
}

export function addBodyMorphs(
  doc: Document,
  options: Partial<AddBodyMorphsOptions> = {},
): BodyMorphReport {
  const o = { ...ADD_BODY_MORPHS_DEFAULTS, ...options };
  const nodes = doc.getRoot().listNodes();
  const kindOf = (n: Node) => (n.getExtras() as Extras).kind;
  const boneGrid = new PointGrid(
    concat(
      nodes
        .filter((n) => kindOf(n) === 'bone' && n.getMesh())
        .flatMap((n) =>
          n
            .getMesh()!
            .listPrimitives()
            .map((p) => worldPositions(n, p)),
        ),
    ),
    0.01,
  );

  const report: BodyMorphReport = { muscles: [], skinVerticesFollowing: 0 };
  const musclePositions: Float32Array[] = [];
  const muscleDeltas: Float32Array[] = [];
  for (const node of nodes) {
    const extras = node.getExtras() as Extras;
    if (extras.kind !== 'muscle' || !BULK_MUSCLES.has(extras.id ?? '') || !node.getMesh()) continue;
    for (const prim of node.getMesh()!.listPrimitives()) {
      const positions = worldPositions(node, prim);
      const normals = prim.getAttribute('NORMAL')!.getArray() as Float32Array;
      const indices = prim.getIndices()!.getArray()!;
      const volume = meshVolume(positions, indices);
      const areas = vertexAreas(positions, indices);
      const n = positions.length / 3;
      // How free each vertex is to move (0 on the bone, 1 away from it).
      const freedom = new Float64Array(n);
      let freeArea = 0;
      let area = 0;
      for (let i = 0; i < n; i++) {
        const hit = boneGrid.nearest(
          positions[3 * i]!,
          positions[3 * i + 1]!,
          positions[3 * i + 2]!,
          o.boneFreeM,
        );
        freedom[i] = hit ? smoothstep(o.boneContactM, o.boneFreeM, hit.distance) : 1;
        freeArea += freedom[i]! * areas[i]!;
        area += areas[i]!;
      }
      // Thickness that adds unitVolumeRatio × volume over the free part of the surface.
      const gain = Math.min(area / Math.max(freeArea, 1e-12), o.maxFreeSurfaceGain);
      const thickness = (BODY_MORPHS.muscleBulk.unitVolumeRatio * volume * gain) / area;
      const deltas = new Float32Array(3 * n);
      let added = 0;
      for (let i = 0; i < n; i++) {
        const d = thickness * freedom[i]!;
        added += d * areas[i]!;
        deltas[3 * i] = normals[3 * i]! * d;
        deltas[3 * i + 1] = normals[3 * i + 1]! * d;
        deltas[3 * i + 2] = normals[3 * i + 2]! * d;
      }
      addTarget(doc, prim, BODY_MORPHS.muscleBulk.name, deltas);
      musclePositions.push(positions);
      muscleDeltas.push(deltas);
      report.muscles.push({
        key: `${extras.id}:${extras.side}`,
        volumeCm3: volume * 1e6,
        gainAtUnit: added / volume,
      });
    }
    setMorphNames(node, [BODY_MORPHS.muscleBulk.name]);
  }

  const allMuscle = concat(musclePositions);
  const allDeltas = concat(muscleDeltas);
  const muscleGrid = new PointGrid(allMuscle, 0.02);
  for (const node of nodes) {
    if (kindOf(node) !== 'skin' || !node.getMesh()) continue;
    for (const prim of node.getMesh()!.listPrimitives()) {
      const positions = worldPositions(node, prim);
      const normals = prim.getAttribute('NORMAL')!.getArray() as Float32Array;
      const n = positions.length / 3;
      const fat = new Float32Array(3 * n);
      const follow = new Float32Array(3 * n);
      const unit = BODY_MORPHS.fat.unitMm / 1000;
      for (let i = 0; i < n; i++) {
        const [nx, ny, nz] = [normals[3 * i]!, normals[3 * i + 1]!, normals[3 * i + 2]!];
        fat[3 * i] = nx * unit;
        fat[3 * i + 1] = ny * unit;
        fat[3 * i + 2] = nz * unit;
        const hit = muscleGrid.nearest(
          positions[3 * i]!,
          positions[3 * i + 1]!,
          positions[3 * i + 2]!,
          o.skinFollowToM,
        );
        if (!hit) continue;
        // The muscle's outward move along the skin normal, fading with distance.
        const j = hit.index;
        const outward = Math.max(
          0,
          allDeltas[3 * j]! * nx + allDeltas[3 * j + 1]! * ny + allDeltas[3 * j + 2]! * nz,
        );
        const d = outward * smoothstep(o.skinFollowToM, o.skinFollowFullM, hit.distance);
        if (d > 0) report.skinVerticesFollowing++;
        follow[3 * i] = nx * d;
        follow[3 * i + 1] = ny * d;
        follow[3 * i + 2] = nz * d;
      }
      addTarget(doc, prim, BODY_MORPHS.fat.name, fat);
      addTarget(doc, prim, BODY_MORPHS.muscleBulk.name, follow);
    }
    setMorphNames(node, [BODY_MORPHS.fat.name, BODY_MORPHS.muscleBulk.name]);
  }
  return report;
}
