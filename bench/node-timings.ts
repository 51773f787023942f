/**
 * Timings of pure domain code in Node: the mechanics model's `simulate()` and motor point
 * placement on the built model (landmarks and muscle surfaces read from the glb by node
 * extras, skinned meshes in their rest pose, BVH closest-point queries as in the scene).
 */
import { performance } from 'node:perf_hooks';
import type { LandmarkId, Side } from '../src/domain/anatomy';
import { MECHANICS_PRESETS, type MechanicsInput, simulate } from '../src/domain/mechanics';
import {
  type LandmarkLookup,
  MOTOR_POINTS,
  placeAllMotorPoints,
  type SurfaceQuery,
} from '../src/domain/motor-points';
import { closestOnSurface, readHipModel } from '../tests/support/read-hip-model';

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
  const { landmarks, surfaces } = await readHipModel(glbPath, ['muscle']);
  const surfacesMs = performance.now() - t0;
  const lookup: LandmarkLookup = (id: LandmarkId, side: Side) => landmarks.get(`${id}:${side}`);
  const surface: SurfaceQuery = {
    closestPoint: (muscle, side, p) => {
      const s = surfaces.get(`${muscle}:${side}`);
      return s ? closestOnSurface(s, p) : undefined;
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
