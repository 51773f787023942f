import { parentPort } from 'node:worker_threads';
import { meshSdf } from '../mesh/mesh-sdf';
import { boneSdfs } from './bone-sdfs';
import { boneMeshOptions } from './mesh-bones';

/** Worker: meshes the bones it is sent (SDF closures cannot cross threads, so it builds its own). */
const defs = boneSdfs();
parentPort!.on('message', async (msg: { id: string; draft: boolean }) => {
  const def = defs.find((d) => d.id === msg.id)!;
  const mesh = await meshSdf(def.sdf, def.search, boneMeshOptions(def, msg.draft));
  const transfer = [mesh.positions.buffer, mesh.normals.buffer, mesh.indices.buffer];
  if (mesh.colors) transfer.push(mesh.colors.buffer);
  parentPort!.postMessage({ id: msg.id, mesh }, transfer as ArrayBuffer[]);
});
