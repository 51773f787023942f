import type { Document, Node, Primitive } from '@gltf-transform/core';
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { BODY_MORPHS, HANDSFIELD_2014 } from '../../src/domain/body';
import { smoothstep } from '../math/scalar';
import { areaWeightedNormals } from '../mesh/mesh-measures';
import { meshVolume, vertexAreas } from './mesh-measures';
import { PointGrid } from './point-grid';

/**
 * The body-fitting step of the pipeline: adds glTF morph targets to whatever muscle and skin
 * meshes the build produced (see docs/model-contract.md, "Body fitting"). Runs on the document
 * before encoding, so the targets are quantized and compressed with the rest.
 *
 * - `muscle-bulk` on each contractile muscle: vertices move along their normals so that the
 *   volume grows by `unitVolumeRatio` at weight 1. Vertices touching bone or a tissue that does
 *   not bulk (the iliotibial band) stay put (a muscle thickens away from its bed and does not
 *   push through the band); the free surface moves more to keep the volume.
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
  /** Neighbour-averaging passes over the skin's follow distances (no creases where the tissue below changes). */
  skinSmoothingPasses: number;
  /** The muscle-bulk weight at which the volume gain is exact (a 1.65 m, 90 kg woman is about 4). */
  calibrationWeight: number;
}

const ADD_BODY_MORPHS_DEFAULTS: AddBodyMorphsOptions = {
  boneContactM: 0.002,
  boneFreeM: 0.006,
  maxFreeSurfaceGain: 3,
  skinFollowFullM: 0.08,
  skinFollowToM: 0.12,
  skinSmoothingPasses: 1,
  calibrationWeight: 4,
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
  // Bones and the tissues that do not bulk (the iliotibial band, tendons) stay where they are.
  const isStatic = (n: Node) =>
    !!n.getMesh() &&
    (kindOf(n) === 'bone' ||
      (kindOf(n) === 'muscle' && !BULK_MUSCLES.has((n.getExtras() as Extras).id ?? '')));
  const boneGrid = new PointGrid(
    concat(
      nodes.filter(isStatic).flatMap((n) =>
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
  const muscleIndices: ArrayLike<number>[] = [];
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
      for (let i = 0; i < n; i++) {
        const d = thickness * freedom[i]!;
        deltas[3 * i] = normals[3 * i]! * d;
        deltas[3 * i + 1] = normals[3 * i + 1]! * d;
        deltas[3 * i + 2] = normals[3 * i + 2]! * d;
      }
      // A thickened surface gains volume faster than linearly (curvature), most on thin round
      // muscles; scale the target so the gain is exact at the calibration weight.
      const volumeAt = (w: number) =>
        meshVolume(
          positions.map((p, k) => p + w * deltas[k]!),
          indices,
        );
      const cal = o.calibrationWeight;
      const [v1, v2] = [volumeAt(cal) - volume, volumeAt(2 * cal) - volume];
      const quad = (v2 - 2 * v1) / 2; // V(s·cal) - V0 = lin·s + quad·s²
      const lin = v1 - quad;
      const want = BODY_MORPHS.muscleBulk.unitVolumeRatio * cal * volume;
      const s =
        Math.abs(quad) < 1e-15
          ? want / lin
          : (-lin + Math.sqrt(lin * lin + 4 * quad * want)) / (2 * quad);
      for (let k = 0; k < deltas.length; k++) deltas[k] = deltas[k]! * s;
      const added = volumeAt(1) - volume;
      addTarget(doc, prim, BODY_MORPHS.muscleBulk.name, deltas);
      musclePositions.push(positions);
      muscleDeltas.push(deltas);
      muscleIndices.push(indices);
      report.muscles.push({
        key: `${extras.id}:${extras.side}`,
        volumeCm3: volume * 1e6,
        gainAtUnit: added / volume,
      });
    }
    setMorphNames(node, [BODY_MORPHS.muscleBulk.name]);
  }

  // The tissue under the skin: muscles (which move), bones and the static sheets (which do not),
  // as one surface. The skin follows the first tissue straight below it: over the iliotibial
  // band that is the band, not the gluteus medius under it (else the fat over the band grows).
  const boneParts = nodes.filter(isStatic).flatMap((n) =>
    n
      .getMesh()!
      .listPrimitives()
      .map((p) => ({ positions: worldPositions(n, p), indices: p.getIndices()!.getArray()! })),
  );
  const tissue = tissueSurface([
    ...musclePositions.map((positions, i) => ({
      positions,
      indices: muscleIndices[i]!,
      deltas: muscleDeltas[i]!,
    })),
    ...boneParts.map((b) => ({ ...b, deltas: new Float32Array(b.positions.length) })),
  ]);
  for (const node of nodes) {
    if (kindOf(node) !== 'skin' || !node.getMesh()) continue;
    for (const prim of node.getMesh()!.listPrimitives()) {
      const positions = worldPositions(node, prim);
      const indices = prim.getIndices()!.getArray()!;
      // The fat grows perpendicular to the skin as meshed (area-weighted face normals), the line
      // a probe or a CT reader measures along; the shading normals lean a few degrees off it,
      // which over an oblique sheet (the iliotibial band) adds most of a millimetre of depth.
      const normals = areaWeightedNormals(positions, indices);
      const n = positions.length / 3;
      const fat = new Float32Array(3 * n);
      const outward = new Float64Array(n);
      const unit = BODY_MORPHS.fat.unitMm / 1000;
      for (let i = 0; i < n; i++) {
        const [nx, ny, nz] = [normals[3 * i]!, normals[3 * i + 1]!, normals[3 * i + 2]!];
        fat[3 * i] = nx * unit;
        fat[3 * i + 1] = ny * unit;
        fat[3 * i + 2] = nz * unit;
        const p = [positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!] as const;
        const hit = tissue.under(p, [-nx, -ny, -nz], o.skinFollowToM);
        if (!hit) continue;
        // The tissue surface straight below moves `delta` along its normal; along the skin's
        // normal that plane moves |delta|² / (delta · n) (more where it lies oblique, capped).
        const d = hit.delta;
        const size2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
        const along = d[0] * nx + d[1] * ny + d[2] * nz;
        const shift = along > 0 ? Math.min(size2 / along, 2 * Math.sqrt(size2)) : 0;
        outward[i] = shift * smoothstep(o.skinFollowToM, o.skinFollowFullM, hit.distance);
      }
      const smooth = smoothOverMesh(outward, indices, o.skinSmoothingPasses);
      const follow = new Float32Array(3 * n);
      for (let i = 0; i < n; i++) {
        const d = smooth[i]!;
        if (d > 1e-5) report.skinVerticesFollowing++;
        follow[3 * i] = normals[3 * i]! * d;
        follow[3 * i + 1] = normals[3 * i + 1]! * d;
        follow[3 * i + 2] = normals[3 * i + 2]! * d;
      }
      addTarget(doc, prim, BODY_MORPHS.fat.name, fat);
      addTarget(doc, prim, BODY_MORPHS.muscleBulk.name, follow);
    }
    setMorphNames(node, [BODY_MORPHS.fat.name, BODY_MORPHS.muscleBulk.name]);
  }
  return report;
}

/** Average each vertex value with its mesh neighbours, `passes` times. */
function smoothOverMesh(
  values: Float64Array,
  indices: ArrayLike<number>,
  passes: number,
): Float64Array {
  let current = values;
  for (let pass = 0; pass < passes; pass++) {
    const sum = Float64Array.from(current);
    const count = new Float64Array(current.length).fill(1);
    for (let t = 0; t < indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = indices[t + e]!;
        const b = indices[t + ((e + 1) % 3)]!;
        sum[a] = sum[a]! + current[b]!;
        count[a] = count[a]! + 1;
        sum[b] = sum[b]! + current[a]!;
        count[b] = count[b]! + 1;
      }
    }
    current = sum.map((v, i) => v / count[i]!);
  }
  return current;
}

interface TissuePart {
  positions: Float32Array;
  indices: ArrayLike<number>;
  deltas: Float32Array;
}

/** Muscles and bones as one surface with their morph deltas, for "what lies below" queries. */
function tissueSurface(parts: TissuePart[]) {
  const positions = concat(parts.map((p) => p.positions));
  const deltas = concat(parts.map((p) => p.deltas));
  const indices: number[] = [];
  let offset = 0;
  for (const part of parts) {
    for (let i = 0; i < part.indices.length; i++) indices.push(part.indices[i]! + offset);
    offset += part.positions.length / 3;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  const bvh = new MeshBVH(geometry);
  const ray = new Ray();
  const triangle = new Triangle();
  const bary = new Vector3();
  return {
    /** The first tissue along a ray within `maxM`: distance and its interpolated delta. */
    under(
      from: readonly [number, number, number],
      dir: readonly [number, number, number],
      maxM: number,
    ): { distance: number; delta: [number, number, number] } | null {
      ray.origin.set(from[0], from[1], from[2]);
      ray.direction.set(dir[0], dir[1], dir[2]).normalize();
      const hit = bvh.raycastFirst(ray, DoubleSide, 0, maxM);
      if (!hit?.face) return null;
      const { a, b, c } = hit.face;
      triangle.setFromAttributeAndIndices(geometry.getAttribute('position'), a, b, c);
      triangle.getBarycoord(hit.point, bary);
      const w = [bary.x, bary.y, bary.z];
      const delta: [number, number, number] = [0, 0, 0];
      for (let k = 0; k < 3; k++)
        delta[k] =
          w[0]! * deltas[3 * a + k]! + w[1]! * deltas[3 * b + k]! + w[2]! * deltas[3 * c + k]!;
      return { distance: hit.distance, delta };
    },
  };
}
