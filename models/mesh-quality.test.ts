import type { Document } from '@gltf-transform/core';
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { beforeAll, describe, expect, it } from 'vitest';
import { osMmToGltf } from './figures/frame';
import { loadFigures, mm } from './figures/load-figures';
import { readModel } from './inspect/read-model';
import { openEdges, type WorldMesh, worldMeshes } from './inspect/world-meshes';
import { mirrorZ, type Vec3 } from './math/vec3';
import { muscleDefs } from './muscles/muscle-defs';

let doc: Document;
let meshes: WorldMesh[];

beforeAll(async () => {
  ({ doc } = await readModel());
  meshes = worldMeshes(doc);
});

function bvhOf(m: WorldMesh): MeshBVH {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(m.positions, 3));
  g.setIndex(new BufferAttribute(m.indices, 1));
  return new MeshBVH(g);
}

const label = (m: WorldMesh) => `${m.extras.kind} ${m.extras.id} (${m.extras.side})`;

describe('mesh quality of public/models/hip.glb', () => {
  it('bones and muscles are closed (every edge shared by two triangles)', () => {
    const problems = meshes
      .filter((m) => m.extras.kind === 'bone' || m.extras.kind === 'muscle')
      .map((m) => ({ m, edges: openEdges(m.indices) }))
      .filter(({ edges }) => edges.boundary > 0 || edges.unpaired > 0)
      .map(
        ({ m, edges }) =>
          `${label(m)}: ${edges.boundary} boundary, ${edges.unpaired} unpaired edges`,
      );
    expect(problems).toEqual([]);
  });

  it('at the rest pose no muscle vertex lies more than 3 mm inside a bone', () => {
    const bones = meshes
      .filter((m) => m.extras.kind === 'bone')
      .map((m) => {
        const bvh = bvhOf(m);
        const box = bvh.getBoundingBox(
          new (bvh.geometry.boundingBox?.constructor ?? Object)() as never,
        );
        return { m, bvh, box };
      });
    const ray = new Ray();
    const p = new Vector3();
    const dir = new Vector3(0.57735, 0.57735, 0.57735);
    const worst: string[] = [];
    for (const muscle of meshes.filter((m) => m.extras.kind === 'muscle')) {
      let deepest = 0;
      let where = '';
      for (let v = 0; v < muscle.positions.length; v += 3) {
        p.set(muscle.positions[v]!, muscle.positions[v + 1]!, muscle.positions[v + 2]!);
        for (const b of bones) {
          if (!b.box.containsPoint(p)) continue;
          ray.set(p, dir);
          const hits = b.bvh.raycast(ray, DoubleSide);
          if (hits.length % 2 === 0) continue;
          const depth = b.bvh.closestPointToPoint(p)?.distance ?? 0;
          if (depth > deepest) {
            deepest = depth;
            where = label({ ...b.m });
          }
        }
      }
      if (deepest > 0.003)
        worst.push(`${label(muscle)}: ${(deepest * 1000).toFixed(1)} mm inside ${where}`);
    }
    expect(worst).toEqual([]);
  });

  it('each muscle reaches within 15 mm of its figure origins and insertions (Rajagopal 2016)', () => {
    const f = loadFigures();
    const misses: string[] = [];
    for (const def of muscleDefs()) {
      for (const side of ['right', 'left'] as const) {
        const m = meshes.find(
          (x) => x.extras.kind === 'muscle' && x.extras.id === def.id && x.extras.side === side,
        );
        if (!m) {
          misses.push(`${def.id} (${side}) is missing`);
          continue;
        }
        const bvh = bvhOf(m);
        const targets =
          def.attachments ??
          def.parts.flatMap((part) => [
            { part, index: 0 },
            { part, index: f.muscles[part].points.length - 1 },
          ]);
        for (const { part, index } of targets) {
          const point = f.muscles[part].points[index]!;
          const name = `P${index + 1}`;
          {
            const os = mm(point.location_in_pelvis_frame_default_pose);
            const g = osMmToGltf(side === 'left' ? mirrorZ(os) : (os as Vec3));
            const d = bvh.closestPointToPoint(new Vector3(g[0], g[1], g[2]))!.distance;
            if (d > 0.015)
              misses.push(`${def.id} (${side}) ${part} ${name}: ${(d * 1000).toFixed(1)} mm away`);
          }
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
