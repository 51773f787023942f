/**
 * public/models/hip-first.glb against the complete hip.glb: valid, within the first view's
 * budget, the same joints and landmarks at the same places, the first-view layers' structures
 * with the complete meshes' bounds, and nothing of the other layers.
 */
import { readFileSync } from 'node:fs';
import type { Document, Node } from '@gltf-transform/core';
import { getBounds } from '@gltf-transform/core';
import validator from 'gltf-validator';
import { Matrix4, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VIEW_LAYERS } from '../../src/domain/view-state';
import { contractNodes, FIRST_VIEW_PATH, readModel, worldPosition } from '../inspect/read-model';

let complete: Document;
let first: Document;
let firstBytes: Uint8Array;

beforeAll(async () => {
  ({ doc: complete } = await readModel());
  ({ doc: first, bytes: firstBytes } = await readModel(FIRST_VIEW_PATH));
});

const keyOf = (e: { kind: string; id: string; side: string }) => `${e.kind}:${e.id}:${e.side}`;

describe('public/models/hip-first.glb', () => {
  it('passes the Khronos glTF validator without errors', async () => {
    const report = await validator.validateBytes(new Uint8Array(readFileSync(FIRST_VIEW_PATH)), {
      maxIssues: 200,
    });
    const errors = report.issues.messages.filter((m: { severity: number }) => m.severity === 0);
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  });

  it('fits the first view budget: at most 250 KB (issue 18 item 3)', () => {
    expect(firstBytes.length).toBeLessThanOrEqual(250_000);
  });

  it('has every joint and landmark of the complete model, at the same place', () => {
    const where = (doc: Document) =>
      new Map(
        contractNodes(doc)
          .filter((n) => n.extras.kind === 'joint' || n.extras.kind === 'landmark')
          .map((n) => [keyOf(n.extras), worldPosition(n.node)]),
      );
    const inComplete = where(complete);
    const inFirst = where(first);
    expect([...inFirst.keys()].sort()).toEqual([...inComplete.keys()].sort());
    for (const [key, p] of inFirst) expect(p, key).toEqual(inComplete.get(key));
  });

  it('has exactly the first-view layers, each structure with the complete bounds (±0.1 mm)', () => {
    const structures = (doc: Document) =>
      new Map(
        contractNodes(doc)
          .filter((n) => n.node.getMesh() && n.extras.kind !== 'joint')
          .map((n) => [keyOf(n.extras), n] as const),
      );
    const inComplete = structures(complete);
    const inFirst = structures(first);
    const expected = [...inComplete.entries()]
      .filter(([, n]) => FIRST_VIEW_LAYERS.includes(n.extras.layer as never))
      .map(([key]) => key)
      .sort();
    expect([...inFirst.keys()].sort()).toEqual(expected);
    for (const [key, n] of inFirst) {
      const c = inComplete.get(key)!;
      // Skinned meshes are bound in world space: compare their meshes' own bounds.
      const a = n.node.getSkin() ? meshBounds(n.node) : getBounds(n.node);
      const b = c.node.getSkin() ? meshBounds(c.node) : getBounds(c.node);
      for (let i = 0; i < 3; i++) {
        expect(Math.abs(a.min[i]! - b.min[i]!), `${key} min ${i}`).toBeLessThan(1e-4);
        expect(Math.abs(a.max[i]! - b.max[i]!), `${key} max ${i}`).toBeLessThan(1e-4);
      }
    }
  });

  it('is lighter: fewer triangles per structure and no morph targets', () => {
    let firstTriangles = 0;
    for (const mesh of first.getRoot().listMeshes()) {
      for (const prim of mesh.listPrimitives()) {
        expect(prim.listTargets()).toEqual([]);
        firstTriangles += (prim.getIndices()?.getCount() ?? 0) / 3;
      }
    }
    let completeTriangles = 0;
    for (const mesh of complete.getRoot().listMeshes())
      for (const prim of mesh.listPrimitives())
        completeTriangles += (prim.getIndices()?.getCount() ?? 0) / 3;
    expect(firstTriangles).toBeLessThan(completeTriangles * 0.4);
  });
});

/**
 * Bounds of a skinned node's mesh in the bind pose, world space: positions through the first
 * joint's world matrix and inverse bind matrix (which also carry the quantization scale).
 */
function meshBounds(node: Node) {
  const skin = node.getSkin()!;
  const ibm = skin.getInverseBindMatrices()!;
  const inverse: number[] = [];
  ibm.getElement(0, inverse);
  const toWorld = new Matrix4()
    .fromArray(skin.listJoints()[0]!.getWorldMatrix())
    .multiply(new Matrix4().fromArray(inverse));
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  const point = new Vector3();
  for (const prim of node.getMesh()!.listPrimitives()) {
    const position = prim.getAttribute('POSITION')!;
    const element: number[] = [];
    for (let i = 0; i < position.getCount(); i++) {
      position.getElement(i, element);
      point.fromArray(element).applyMatrix4(toWorld);
      const p = point.toArray();
      for (let c = 0; c < 3; c++) {
        min[c] = Math.min(min[c]!, p[c]!);
        max[c] = Math.max(max[c]!, p[c]!);
      }
    }
  }
  return { min, max };
}
