/**
 * Timings of pure domain code in Node: the mechanics model's `simulate()` and motor point
 * placement on the built model (landmarks and muscle surfaces read from the glb by node
 * extras, skinned meshes in their rest pose, BVH closest-point queries as in the scene).
 */
import { performance } from 'node:perf_hooks';
import { type Node, NodeIO, type Primitive } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { BufferAttribute, BufferGeometry, Matrix4, Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { LandmarkId, Side } from '../src/domain/anatomy';
import { MECHANICS_PRESETS, type MechanicsInput, simulate } from '../src/domain/mechanics';
import {
  type LandmarkLookup,
  MOTOR_POINTS,
  placeAllMotorPoints,
  type SurfaceQuery,
} from '../src/domain/motor-points';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export interface SimulateTiming {
  calls: number;
  medianUs: number;
  p95Us: number;
}

/** Median time of one `simulate()` call: 40 batches of 500 calls over the presets and defaults. */
export function timeSimulate(batches = 40, perBatch = 500): SimulateTiming {
  const inputs: MechanicsInput[] = [{}, ...MECHANICS_PRESETS.map((p) => p.input)];
  let sink = 0;
  for (let i = 0; i < 2_000; i++) sink += simulate(inputs[i % inputs.length] ?? {}).posture ? 1 : 0;
  const perCallUs: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) {
      sink += simulate(inputs[(b + i) % inputs.length] ?? {}).posture ? 1 : 0;
    }
    perCallUs.push(((performance.now() - start) * 1000) / perBatch);
  }
  if (sink < 0) console.log(sink);
  const sorted = [...perCallUs].sort((a, b) => a - b);
  return {
    calls: batches * perBatch,
    medianUs: round(median(perCallUs), 2),
    p95Us: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0, 2),
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

interface Extras {
  kind?: string;
  id?: string;
  side?: Side;
}

/** World positions of a primitive, skinned in the rest pose when its node has a skin. */
function worldPositions(node: Node, prim: Primitive): Float32Array {
  const position = prim.getAttribute('POSITION');
  if (!position) return new Float32Array();
  const count = position.getCount();
  const out = new Float32Array(count * 3);
  const v = new Vector3();
  const acc = new Vector3();
  const tmp = new Vector3();
  const el: number[] = [];
  const skin = node.getSkin();
  if (!skin) {
    const m = new Matrix4().fromArray(node.getWorldMatrix());
    for (let i = 0; i < count; i++)
      v.fromArray(position.getElement(i, el))
        .applyMatrix4(m)
        .toArray(out, i * 3);
    return out;
  }
  const ibm = skin.getInverseBindMatrices();
  const jointMatrices = skin.listJoints().map((joint, j) => {
    const bind = ibm ? new Matrix4().fromArray(ibm.getElement(j, [])) : new Matrix4();
    return new Matrix4().fromArray(joint.getWorldMatrix()).multiply(bind);
  });
  const joints = prim.getAttribute('JOINTS_0');
  const weights = prim.getAttribute('WEIGHTS_0');
  const j4: number[] = [];
  const w4: number[] = [];
  for (let i = 0; i < count; i++) {
    v.fromArray(position.getElement(i, el));
    joints?.getElement(i, j4);
    weights?.getElement(i, w4);
    acc.set(0, 0, 0);
    for (let c = 0; c < 4; c++) {
      const w = w4[c] ?? 0;
      const m = jointMatrices[j4[c] ?? 0];
      if (w > 0 && m) acc.addScaledVector(tmp.copy(v).applyMatrix4(m), w);
    }
    acc.toArray(out, i * 3);
  }
  return out;
}

export interface PlacementTiming {
  records: number;
  placed: number;
  errors: number;
  /** Reading the glb and building the muscle BVHs (once per model). */
  surfacesMs: number;
  /** `placeAllMotorPoints`, median of 7 runs. */
  medianMs: number;
}

/** Time motor point placement on a glb that meets the model contract. */
export async function timePlacement(glbPath: string): Promise<PlacementTiming> {
  const t0 = performance.now();
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(glbPath);
  const landmarks = new Map<string, [number, number, number]>();
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
    if (extras.kind !== 'muscle' || !mesh) continue;
    const part = parts.get(key) ?? { positions: [], indices: [] };
    for (const prim of mesh.listPrimitives()) {
      const offset = part.positions.length / 3;
      const positions = worldPositions(node, prim);
      for (const p of positions) part.positions.push(p);
      const idx = prim.getIndices()?.getArray() as ArrayLike<number> | null | undefined;
      const count = positions.length / 3;
      for (let i = 0; i < (idx ? idx.length : count); i++)
        part.indices.push((idx ? (idx[i] ?? 0) : i) + offset);
    }
    parts.set(key, part);
  }
  const surfaces = new Map<string, { bvh: MeshBVH; geometry: BufferGeometry }>();
  for (const [key, { positions, indices }] of parts) {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
    geometry.setIndex(indices);
    surfaces.set(key, { geometry, bvh: new MeshBVH(geometry) });
  }
  const surfacesMs = performance.now() - t0;

  const query = new Vector3();
  const triangle = new Triangle();
  const normal = new Vector3();
  const lookup: LandmarkLookup = (id: LandmarkId, side: Side) => landmarks.get(`${id}:${side}`);
  const surface: SurfaceQuery = {
    closestPoint: (muscle, side, p) => {
      const s = surfaces.get(`${muscle}:${side}`);
      const hit = s?.bvh.closestPointToPoint(query.set(p[0], p[1], p[2]));
      if (!s || !hit) return undefined;
      const index = s.geometry.getIndex();
      const f = hit.faceIndex * 3;
      triangle.setFromAttributeAndIndices(
        s.geometry.getAttribute('position') as BufferAttribute,
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
    },
  };
  const runs: number[] = [];
  let result = placeAllMotorPoints(MOTOR_POINTS, lookup, surface);
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    result = placeAllMotorPoints(MOTOR_POINTS, lookup, surface);
    runs.push(performance.now() - start);
  }
  return {
    records: MOTOR_POINTS.length,
    placed: result.placed.length,
    errors: result.errors.length,
    surfacesMs: round(surfacesMs, 0),
    medianMs: round(median(runs), 2),
  };
}
