/**
 * Read a hip glb in Node the way the viewer reads any model (by node `extras`): landmark
 * positions and, per structure, one merged surface in the rest pose (skinned meshes posed by
 * their bind matrices) with a BVH for closest-point queries. Shared by tests and the bench.
 */
import { type Node, NodeIO, type Primitive } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { BufferAttribute, BufferGeometry, Matrix4, Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { Vec3 } from '../../src/domain/geometry';

export interface Extras {
  kind?: string;
  id?: string;
  side?: string;
  atRisk?: boolean;
}

export interface ModelSurface {
  bvh: MeshBVH;
  geometry: BufferGeometry;
}

export interface HipModelData {
  /** Landmark positions keyed `id:side`. */
  landmarks: Map<string, Vec3>;
  /** Surfaces keyed `id:side` for the kinds asked for. */
  surfaces: Map<string, ModelSurface>;
  /** Each surface's node kind and whether the model marks it at risk. */
  kinds: Map<string, { kind: string; atRisk: boolean }>;
}

/** Morph weights for a node's mesh, by morph target name (absent names weigh 0). */
export type MorphWeightsFor = (extras: Extras) => Readonly<Record<string, number>> | undefined;

/** Rest positions plus the weighted morph target deltas (the glTF morph formula). */
function morphedElement(prim: Primitive, i: number, weights: number[], out: number[]): number[] {
  prim.getAttribute('POSITION')!.getElement(i, out);
  const delta: number[] = [];
  prim.listTargets().forEach((target, t) => {
    const w = weights[t] ?? 0;
    const attribute = target.getAttribute('POSITION');
    if (!w || !attribute) return;
    attribute.getElement(i, delta);
    for (let c = 0; c < 3; c++) out[c] = (out[c] ?? 0) + w * (delta[c] ?? 0);
  });
  return out;
}

/** The node's target weights in target order, from the names in the mesh's `extras.morphs`. */
function targetWeights(node: Node, weightsFor: MorphWeightsFor | undefined): number[] {
  const byName = weightsFor?.(node.getExtras() as Extras);
  const names = (node.getMesh()?.getExtras() as { morphs?: string[] } | undefined)?.morphs;
  if (!byName || !names) return [];
  return names.map((name) => byName[name] ?? 0);
}

/** World positions of a primitive, skinned in the rest pose when its node has a skin. */
function worldPositions(node: Node, prim: Primitive, morph: number[] = []): Float32Array {
  const position = prim.getAttribute('POSITION');
  if (!position) return new Float32Array();
  const count = position.getCount();
  const out = new Float32Array(count * 3);
  const v = new Vector3();
  const acc = new Vector3();
  const tmp = new Vector3();
  const element: number[] = [];
  const skin = node.getSkin();
  if (!skin) {
    const m = new Matrix4().fromArray(node.getWorldMatrix());
    for (let i = 0; i < count; i++) {
      v.fromArray(morphedElement(prim, i, morph, element))
        .applyMatrix4(m)
        .toArray(out, i * 3);
    }
    return out;
  }
  const ibm = skin.getInverseBindMatrices();
  const jointMatrices = skin.listJoints().map((joint, j) => {
    const bind = ibm ? new Matrix4().fromArray(ibm.getElement(j, [])) : new Matrix4();
    return new Matrix4().fromArray(joint.getWorldMatrix()).multiply(bind);
  });
  const joints = prim.getAttribute('JOINTS_0');
  const weights = prim.getAttribute('WEIGHTS_0');
  if (!joints || !weights) throw new Error('skinned primitive without JOINTS_0/WEIGHTS_0');
  const j4: number[] = [];
  const w4: number[] = [];
  for (let i = 0; i < count; i++) {
    v.fromArray(morphedElement(prim, i, morph, element));
    joints.getElement(i, j4);
    weights.getElement(i, w4);
    acc.set(0, 0, 0);
    let total = 0;
    for (let c = 0; c < 4; c++) {
      const w = w4[c] ?? 0;
      const m = jointMatrices[j4[c] ?? 0];
      if (w <= 0 || !m) continue;
      acc.addScaledVector(tmp.copy(v).applyMatrix4(m), w);
      total += w;
    }
    if (Math.abs(total - 1) > 0.01) throw new Error(`vertex ${i} weights sum to ${total}`);
    acc.toArray(out, i * 3);
  }
  return out;
}

export async function readHipModel(
  path: string,
  surfaceKinds: readonly string[] = ['muscle', 'skin'],
  /** Morph weights to apply (a fitted body); the reference body when absent. */
  morphWeights?: MorphWeightsFor,
): Promise<HipModelData> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(path);
  const landmarks = new Map<string, Vec3>();
  const kinds = new Map<string, { kind: string; atRisk: boolean }>();
  const parts = new Map<string, { positions: number[]; indices: number[] }>();
  for (const node of doc.getRoot().listNodes()) {
    const extras = node.getExtras() as Extras;
    if (!extras.id || !extras.side) continue;
    const key = `${extras.id}:${extras.side}`;
    if (extras.kind === 'landmark') {
      const m = node.getWorldMatrix();
      landmarks.set(key, [m[12], m[13], m[14]]);
    }
    const mesh = node.getMesh();
    if (!mesh || !surfaceKinds.includes(extras.kind ?? '')) continue;
    kinds.set(key, { kind: extras.kind ?? '', atRisk: extras.atRisk === true });
    const part = parts.get(key) ?? { positions: [], indices: [] };
    for (const prim of mesh.listPrimitives()) {
      const offset = part.positions.length / 3;
      const positions = worldPositions(node, prim, targetWeights(node, morphWeights));
      for (const p of positions) part.positions.push(p);
      const idx = prim.getIndices()?.getArray() as ArrayLike<number> | null | undefined;
      const count = idx ? idx.length : positions.length / 3;
      for (let i = 0; i < count; i++) part.indices.push((idx ? (idx[i] ?? 0) : i) + offset);
    }
    parts.set(key, part);
  }
  const surfaces = new Map<string, ModelSurface>();
  for (const [key, { positions, indices }] of parts) {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
    geometry.setIndex(indices);
    surfaces.set(key, { geometry, bvh: new MeshBVH(geometry) });
  }
  return { landmarks, surfaces, kinds };
}

const triangle = new Triangle();
const query = new Vector3();
const normal = new Vector3();

/** Closest point on a surface with the outward normal of its triangle. */
export function closestOnSurface(
  surface: ModelSurface,
  p: Vec3,
): { point: Vec3; normal: Vec3; distanceM: number } | undefined {
  const hit = surface.bvh.closestPointToPoint(query.set(p[0], p[1], p[2]));
  if (!hit) return undefined;
  const index = surface.geometry.getIndex();
  const f = hit.faceIndex * 3;
  triangle.setFromAttributeAndIndices(
    surface.geometry.getAttribute('position') as BufferAttribute,
    index?.getX(f) ?? f,
    index?.getX(f + 1) ?? f + 1,
    index?.getX(f + 2) ?? f + 2,
  );
  triangle.getNormal(normal);
  return {
    point: [hit.point.x, hit.point.y, hit.point.z],
    normal: [normal.x, normal.y, normal.z],
    distanceM: hit.distance,
  };
}
