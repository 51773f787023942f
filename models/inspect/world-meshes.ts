import type { Document, Node } from '@gltf-transform/core';
import { Matrix4, Vector3 } from 'three';
import type { NodeExtras } from './read-model';

/** A drawable node's triangles in world space at the rest pose (metres, glTF frame). */
export interface WorldMesh {
  readonly node: Node;
  readonly extras: NodeExtras;
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
}

/**
 * World-space rest-pose geometry of every node with a mesh and contract extras. Rigid meshes
 * use the node's world matrix; skinned meshes are skinned with their joints' world matrices
 * and inverse bind matrices (which also undo the quantization transform).
 */
export function worldMeshes(doc: Document): WorldMesh[] {
  const out: WorldMesh[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    const extras = node.getExtras() as Partial<NodeExtras>;
    if (!mesh || typeof extras.kind !== 'string') continue;
    const skin = node.getSkin();
    const jointMatrices: Matrix4[] = [];
    if (skin) {
      const ibm = skin.getInverseBindMatrices()!;
      skin.listJoints().forEach((j, i) => {
        const inv = new Matrix4().fromArray(ibm.getElement(i, new Array(16)) as number[]);
        jointMatrices.push(new Matrix4().fromArray(j.getWorldMatrix() as number[]).multiply(inv));
      });
    }
    const world = new Matrix4().fromArray(node.getWorldMatrix() as number[]);
    const positions: number[] = [];
    const indices: number[] = [];
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')!;
      const joints = prim.getAttribute('JOINTS_0');
      const weights = prim.getAttribute('WEIGHTS_0');
      const base = positions.length / 3;
      const p = new Vector3();
      const acc = new Vector3();
      const tmp = new Vector3();
      const el: number[] = [];
      const je: number[] = [];
      const we: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, el);
        p.set(el[0]!, el[1]!, el[2]!);
        if (skin && joints && weights) {
          joints.getElement(i, je);
          weights.getElement(i, we);
          acc.set(0, 0, 0);
          for (let k = 0; k < 4; k++) {
            if (!we[k]) continue;
            tmp.copy(p).applyMatrix4(jointMatrices[je[k]!]!);
            acc.addScaledVector(tmp, we[k]!);
          }
          positions.push(acc.x, acc.y, acc.z);
        } else {
          tmp.copy(p).applyMatrix4(world);
          positions.push(tmp.x, tmp.y, tmp.z);
        }
      }
      const idx = prim.getIndices()!;
      for (let i = 0; i < idx.getCount(); i++) indices.push(base + idx.getScalar(i));
    }
    out.push({
      node,
      extras: extras as NodeExtras,
      positions: new Float32Array(positions),
      indices: new Uint32Array(indices),
    });
  }
  return out;
}

/** Undirected edges used by exactly one triangle, and directed edges without their reverse. */
export function openEdges(indices: Uint32Array): { boundary: number; unpaired: number } {
  const directed = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!;
      const b = indices[t + ((e + 1) % 3)]!;
      const key = `${a},${b}`;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
  }
  let unpaired = 0;
  let boundary = 0;
  for (const [key, n] of directed) {
    const [a, b] = key.split(',');
    const back = directed.get(`${b},${a}`) ?? 0;
    if (back !== n) unpaired++;
    if (back === 0 && n === 1) boundary++;
  }
  return { boundary, unpaired };
}
