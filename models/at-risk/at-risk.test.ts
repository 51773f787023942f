import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AT_RISK_STRUCTURES, sidesOf } from '../../src/domain/anatomy';
import { readModel } from '../inspect/read-model';
import { openEdges, type WorldMesh, worldMeshes } from '../inspect/world-meshes';
import { meshVolume } from '../mesh/mesh-measures';

let doc: Document;
let meshes: WorldMesh[];

beforeAll(async () => {
  ({ doc } = await readModel());
  meshes = worldMeshes(doc);
});

const find = (id: string, side: string) =>
  meshes.find((m) => m.extras.id === id && m.extras.side === side);

/** A landmark's rest position in the glTF frame (m). */
function landmark(id: string, side: string): [number, number, number] {
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => {
      const x = n.getExtras() as { kind?: string; id?: string; side?: string };
      return x.kind === 'landmark' && x.id === id && x.side === side;
    });
  expect(node, `landmark ${id} ${side}`).toBeDefined();
  const m = node!.getWorldMatrix();
  return [m[12]!, m[13]!, m[14]!];
}

function centroid(m: WorldMesh): [number, number, number] {
  const c: [number, number, number] = [0, 0, 0];
  const n = m.positions.length / 3;
  for (let i = 0; i < m.positions.length; i += 3) {
    c[0] += m.positions[i]! / n;
    c[1] += m.positions[i + 1]! / n;
    c[2] += m.positions[i + 2]! / n;
  }
  return c;
}

describe('structures at risk in public/models/hip.glb', () => {
  it('has every structure at risk on each side where it exists, tagged for needle checks', () => {
    for (const s of AT_RISK_STRUCTURES) {
      for (const side of sidesOf(s.bilateral)) {
        const m = find(s.id, side);
        expect(m, `${s.id} (${side})`).toBeDefined();
        const extras = m!.node.getExtras() as Record<string, unknown>;
        expect(extras, `${s.id} (${side}) extras`).toMatchObject({
          kind: s.kind,
          id: s.id,
          side,
          layer: s.layer,
          atRisk: true,
        });
      }
    }
  });

  it('draws each as a closed surface with its outside outward (so a route can test inside)', () => {
    for (const m of meshes.filter((x) => (x.node.getExtras() as { atRisk?: boolean }).atRisk)) {
      const label = `${m.extras.id} (${m.extras.side})`;
      expect(openEdges(m.indices), label).toEqual({ boundary: 0, unpaired: 0 });
      expect(meshVolume(m.positions, m.indices), `${label} volume`).toBeGreaterThan(0);
    }
  });

  it('keeps the core additions small: under 8,000 triangles', () => {
    const atRisk = meshes.filter((x) => (x.node.getExtras() as { atRisk?: boolean }).atRisk);
    const triangles = atRisk.reduce((n, m) => n + m.indices.length / 3, 0);
    expect(triangles).toBeLessThan(8000);
  });

  it('puts the femoral artery medial to the femoral nerve and lateral to the vein at the groin', () => {
    for (const side of ['left', 'right'] as const) {
      // at the level of the pubic tubercle, just below the inguinal ligament; |glTF x| grows
      // laterally on both sides
      const y = landmark('pubic-tubercle', side)[1];
      // mean distance from the midline of the section within 6 mm of that level
      const xAt = (id: string) => {
        const m = find(id, side)!;
        let sum = 0;
        let n = 0;
        for (let i = 0; i < m.positions.length; i += 3) {
          if (Math.abs(m.positions[i + 1]! - y) > 0.006) continue;
          sum += Math.abs(m.positions[i]!);
          n++;
        }
        expect(n, `${id} (${side}) reaches the groin`).toBeGreaterThan(0);
        return sum / n;
      };
      const nerve = xAt('femoral-nerve');
      const artery = xAt('femoral-artery');
      const vein = xAt('femoral-vein');
      expect(artery, `${side}: artery medial to the nerve`).toBeLessThan(nerve);
      expect(vein, `${side}: vein medial to the artery`).toBeLessThan(artery);
    }
  });

  it('places the lateral femoral cutaneous nerve medial to the ASIS, within 5 cm of it', () => {
    for (const side of ['left', 'right'] as const) {
      const asis = landmark('ASIS', side);
      const m = find('lateral-femoral-cutaneous-nerve', side)!;
      let best = Number.POSITIVE_INFINITY;
      let atLevel: [number, number, number] = [0, 0, 0];
      for (let i = 0; i < m.positions.length; i += 3) {
        const d = Math.abs(m.positions[i + 1]! - (asis[1] - 0.02));
        if (d < best) {
          best = d;
          atLevel = [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!];
        }
      }
      const medial = Math.abs(asis[0]) - Math.abs(atLevel[0]);
      expect(medial, `${side}: mm medial of the ASIS`).toBeGreaterThan(0);
      expect(medial, `${side}: mm medial of the ASIS`).toBeLessThan(0.05);
    }
  });

  it('sets the kidneys beside the upper lumbar spine, the right lower than the left', () => {
    const right = centroid(find('kidney', 'right')!);
    const left = centroid(find('kidney', 'left')!);
    expect(right[1], 'right kidney lower').toBeLessThan(left[1]);
    const t12 = landmark('T12-transverse-process', 'right');
    const l5 = landmark('L5-transverse-process', 'right');
    for (const c of [right, left]) {
      expect(c[1], 'kidney centre below T12').toBeLessThan(t12[1]);
      expect(c[1], 'kidney centre above L5').toBeGreaterThan(l5[1]);
    }
  });

  it('puts the peritoneal cavity in front of the lumbar plexus and the kidneys', () => {
    const cavity = centroid(find('peritoneal-cavity', 'midline')!);
    for (const id of ['lumbar-plexus', 'kidney']) {
      const c = centroid(find(id, 'right')!);
      expect(cavity[2], `cavity in front of ${id}`).toBeGreaterThan(c[2]);
    }
  });
});
