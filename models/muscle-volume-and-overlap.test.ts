import { beforeAll, describe, expect, it } from 'vitest';
import { isMuscleId, MUSCLE_IDS } from '../src/domain/anatomy';
import {
  MODEL_VOLUME_TOLERANCE,
  mriMuscleVolumeCm3,
  REFERENCE_BODY,
} from '../src/domain/anatomy/body/muscle-volumes';
import { readModel } from './inspect/read-model';
import { type WorldMesh, worldMeshes } from './inspect/world-meshes';
import { enclosedVolume, type Solid, solidOf } from './mesh/solid';

let meshes: WorldMesh[];

beforeAll(async () => {
  meshes = worldMeshes((await readModel()).doc);
});

const label = (m: WorldMesh) => `${m.extras.id} (${m.extras.side})`;

/** The deepest any vertex of `m` lies inside `other` (m). */
function deepestInside(m: WorldMesh, other: Solid): number {
  let deepest = 0;
  for (let v = 0; v < m.positions.length; v += 3) {
    const d = other.depthInside(m.positions[v]!, m.positions[v + 1]!, m.positions[v + 2]!);
    if (d > deepest) deepest = d;
  }
  return deepest;
}

describe('the seven muscles of public/models/hip.glb', () => {
  it('each has 85-115 % of its MRI volume for the reference body (Handsfield 2014)', () => {
    const report: string[] = [];
    const outside: string[] = [];
    for (const id of MUSCLE_IDS) {
      const mri = mriMuscleVolumeCm3(id, REFERENCE_BODY);
      for (const side of ['right', 'left']) {
        const m = meshes.find(
          (x) => x.extras.kind === 'muscle' && x.extras.id === id && x.extras.side === side,
        );
        expect(m, `${id} (${side}) is in the model`).toBeDefined();
        const cm3 = enclosedVolume(m!.positions, m!.indices) * 1e6;
        const line = `${id} (${side}): ${cm3.toFixed(0)} cm3 vs MRI ${mri.toFixed(0)} cm3`;
        report.push(line);
        const ratio = cm3 / mri;
        if (ratio < MODEL_VOLUME_TOLERANCE.min || ratio > MODEL_VOLUME_TOLERANCE.max)
          outside.push(line);
      }
    }
    expect(outside, report.join('\n')).toEqual([]);
  });

  it('no muscle passes more than 3 mm into another muscle at the rest pose', () => {
    const muscles = meshes.filter((m) => m.extras.kind === 'muscle');
    const solids = new Map(muscles.map((m) => [m, solidOf(m.positions, m.indices)]));
    const problems: string[] = [];
    for (const a of muscles) {
      for (const b of muscles) {
        if (a === b || a.extras.side !== b.extras.side) continue;
        const depth = deepestInside(a, solids.get(b)!);
        if (depth > 0.003)
          problems.push(`${label(a)} reaches ${(depth * 1000).toFixed(1)} mm into ${label(b)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names only vocabulary muscles (the iliotibial band aside)', () => {
    const ids = new Set(meshes.filter((m) => m.extras.kind === 'muscle').map((m) => m.extras.id));
    expect([...ids].filter((id) => !isMuscleId(id) && id !== 'iliotibial-band')).toEqual([]);
  });
});
