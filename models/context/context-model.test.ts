import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document } from '@gltf-transform/core';
import validator from 'gltf-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_MUSCLES } from '../../src/domain/anatomy';
import { readModel } from '../inspect/read-model';
import { type WorldMesh, worldMeshes } from '../inspect/world-meshes';
import { meshVolume } from '../mesh/mesh-measures';
import { rightBoneField } from './bone-field';
import { buildContextModel } from './build-context-model';
import { contextMuscleDefs } from './context-muscle-defs';

const CONTEXT_PATH = resolve(import.meta.dirname, '../../public/models/hip-context.glb');

let doc: Document;
let bytes: Uint8Array;
let meshes: WorldMesh[];

beforeAll(async () => {
  ({ doc, bytes } = await readModel(CONTEXT_PATH));
  meshes = worldMeshes(doc);
});

const meshOf = (id: string, side: string) =>
  meshes.find((m) => m.extras.id === id && m.extras.side === side);

describe('public/models/hip-context.glb (the context layer)', () => {
  it('has every context muscle of the vocabulary, left and right, in the context layer', () => {
    for (const m of CONTEXT_MUSCLES) {
      for (const side of ['left', 'right']) {
        const found = meshOf(m.id, side);
        expect(found, `${m.id} (${side})`).toBeDefined();
        expect(found!.extras.kind, `${m.id} kind`).toBe('muscle');
        expect(found!.extras.layer, `${m.id} layer`).toBe('context');
      }
    }
    expect(meshes).toHaveLength(CONTEXT_MUSCLES.length * 2);
  });

  it('passes the Khronos glTF validator without errors', async () => {
    const report = await validator.validateBytes(bytes, { maxIssues: 200 });
    const errors = report.issues.messages.filter((m: { severity: number }) => m.severity === 0);
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  });

  it('stays within budget: 400 KB and 60,000 triangles', () => {
    expect(bytes.length, 'bytes').toBeLessThanOrEqual(400 * 1024);
    const triangles = meshes.reduce((n, m) => n + m.indices.length / 3, 0);
    expect(triangles, 'triangles').toBeLessThanOrEqual(60_000);
  });

  // Tolerance 85–115 %, tighter than the issue's 80–120 %: the generator sizes each muscle to
  // its target after wrapping bone, so the file should land within a few per cent; the band
  // leaves room for quantisation and later shape edits. Display estimates (the lumbar muscles,
  // which Handsfield 2014 does not cover) are not tested against a source.
  it('gives each muscle 85–115 % of its Handsfield 2014 volume, on both sides', () => {
    const tested = contextMuscleDefs().filter((d) => d.volumeBasis !== 'display-estimate');
    expect(tested.length, 'muscles with a published volume').toBeGreaterThanOrEqual(17);
    for (const def of tested) {
      for (const side of ['left', 'right']) {
        const m = meshOf(def.id, side)!;
        const cm3 = meshVolume(m.positions, m.indices) * 1e6;
        const ratio = cm3 / def.volumeCm3;
        expect(
          ratio,
          `${def.id} (${side}) ${cm3.toFixed(0)} of ${def.volumeCm3.toFixed(0)} cm³`,
        ).toBeGreaterThanOrEqual(0.85);
        expect(
          ratio,
          `${def.id} (${side}) ${cm3.toFixed(0)} of ${def.volumeCm3.toFixed(0)} cm³`,
        ).toBeLessThanOrEqual(1.15);
      }
    }
  });

  it('puts no vertex of a context muscle more than 3 mm inside bone', () => {
    const bone = rightBoneField();
    for (const m of meshes) {
      let deepest = 0;
      const p = m.positions;
      for (let i = 0; i < p.length; i += 3) {
        // glTF metres back to the modelling frame (mm); the left side mirrors the right bones
        const x = p[i + 2]! * 1000;
        const y = p[i + 1]! * 1000;
        const z = -p[i]! * 1000 * (m.extras.side === 'left' ? -1 : 1);
        deepest = Math.min(deepest, bone(x, y, z));
      }
      expect(
        deepest,
        `${m.extras.id} (${m.extras.side}) deepest point inside bone, mm`,
      ).toBeGreaterThan(-3);
    }
  }, 60_000);

  it('binds every muscle to the core joints it spans (skinned, joints tagged by extras)', () => {
    for (const node of doc.getRoot().listNodes()) {
      if ((node.getExtras() as { layer?: string }).layer !== 'context') continue;
      const joints = node.getSkin()?.listJoints() ?? [];
      expect(joints.length, `${node.getName()} joints`).toBeGreaterThan(0);
      for (const j of joints) expect((j.getExtras() as { kind?: string }).kind).toBe('joint');
    }
  });

  it('rebuilds byte for byte (deterministic)', async () => {
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const fresh = await buildContextModel();
    expect(sha(fresh)).toBe(sha(new Uint8Array(readFileSync(CONTEXT_PATH))));
  }, 60_000);
});
