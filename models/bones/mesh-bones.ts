import { Worker } from 'node:worker_threads';
import type { MeshSdfOptions } from '../mesh/mesh-sdf';
import type { TriMesh } from '../mesh/mesh-types';
import type { BoneSdfDef } from './bone-sdfs';

/** Meshing options of a bone (draft builds are coarse, for quick looks only). */
export function boneMeshOptions(def: BoneSdfDef, draft: boolean): Partial<MeshSdfOptions> {
  return {
    gridMm: draft ? Math.max(3, def.gridMm * 1.6) : def.gridMm,
    targetTriangles: draft ? Math.ceil(def.targetTriangles / 3) : def.targetTriangles,
    baseColor: [1, 1, 1],
  };
}

/**
 * Meshes bones on worker threads (each bone is independent, so the result does not depend on
 * which thread meshed it). Largest bones are sent first.
 */
export async function meshBones(
  defs: readonly BoneSdfDef[],
  draft: boolean,
  threads: number,
  log: (m: string) => void,
): Promise<Record<string, TriMesh>> {
  const queue = [...defs].sort((a, b) => b.targetTriangles - a.targetTriangles).map((d) => d.id);
  const out: Record<string, TriMesh> = {};
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const id = queue.shift();
        if (!id) {
          resolve();
          return;
        }
        const t = performance.now();
        worker.once('message', (msg: { id: string; mesh: TriMesh }) => {
          out[msg.id] = msg.mesh;
          log(
            `bone ${msg.id}: ${msg.mesh.indices.length / 3} triangles, ${(performance.now() - t).toFixed(0)} ms`,
          );
          next();
        });
        worker.postMessage({ id, draft });
      };
      worker.once('error', reject);
      next();
    });
  const workers = Array.from(
    { length: Math.max(1, threads) },
    () => new Worker(new URL('./bone-worker.mjs', import.meta.url)),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
