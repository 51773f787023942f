import { beforeAll, describe, expect, it } from 'vitest';
import { readModel } from './inspect/read-model';
import { type WorldMesh, worldMeshes } from './inspect/world-meshes';
import { solidOf } from './mesh/solid';

let patella: WorldMesh;
let femur: WorldMesh;

beforeAll(async () => {
  const meshes = worldMeshes((await readModel()).doc);
  const bone = (id: string) =>
    meshes.find(
      (m) => m.extras.kind === 'bone' && m.extras.id === id && m.extras.side === 'right',
    )!;
  patella = bone('patella');
  femur = bone('femur');
});

describe('the patella of public/models/hip.glb', () => {
  it('rests on the femoral trochlea: 0-5 mm of cartilage space, never inside the femur', () => {
    const solid = solidOf(femur.positions, femur.indices);
    let nearest = Number.POSITIVE_INFINITY;
    let deepest = 0;
    for (let v = 0; v < patella.positions.length; v += 3) {
      const d = solid.signedDistance(
        patella.positions[v]!,
        patella.positions[v + 1]!,
        patella.positions[v + 2]!,
      );
      nearest = Math.min(nearest, d);
      deepest = Math.max(deepest, -d);
    }
    expect(nearest * 1000, 'closest gap to the femur (mm)').toBeLessThanOrEqual(5);
    expect(deepest * 1000, 'deepest point inside the femur (mm)').toBeLessThanOrEqual(1);
  });

  it('sits in the trochlear groove: its back lies behind the front of the femoral facets', () => {
    // glTF: the body faces +Z. Over the patella's height, the femur's most anterior point (a
    // trochlear facet) must lie in front of the patella's most posterior point.
    let yMin = Number.POSITIVE_INFINITY;
    let yMax = Number.NEGATIVE_INFINITY;
    let patellaBack = Number.POSITIVE_INFINITY;
    for (let v = 0; v < patella.positions.length; v += 3) {
      yMin = Math.min(yMin, patella.positions[v + 1]!);
      yMax = Math.max(yMax, patella.positions[v + 1]!);
      patellaBack = Math.min(patellaBack, patella.positions[v + 2]!);
    }
    let femurFront = Number.NEGATIVE_INFINITY;
    for (let v = 0; v < femur.positions.length; v += 3) {
      const y = femur.positions[v + 1]!;
      if (y >= yMin && y <= yMax) femurFront = Math.max(femurFront, femur.positions[v + 2]!);
    }
    expect(
      (femurFront - patellaBack) * 1000,
      'depth of the patella in the groove (mm)',
    ).toBeGreaterThan(2);
  });
});
