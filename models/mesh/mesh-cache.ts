import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TriMesh } from './mesh-types';

const MODELS = resolve(import.meta.dirname, '..');
const CACHE_DIR = resolve(MODELS, '../test-output/cache');

/** Hash of the generator sources that shape the bones (a development cache key). */
export function sourceHash(folders: readonly string[], extra: string): string {
  const h = createHash('sha256').update(extra);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(name) && !name.endsWith('.test.ts'))
        h.update(name).update(readFileSync(p));
    }
  };
  for (const f of folders) walk(join(MODELS, f));
  return h.digest('hex').slice(0, 16);
}

/** Loads cached meshes for development builds, or computes and stores them. */
export async function cachedMeshes(
  key: string,
  compute: () => Promise<Record<string, TriMesh>>,
): Promise<Record<string, TriMesh>> {
  const file = join(CACHE_DIR, `${key}.json`);
  if (existsSync(file)) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
    const out: Record<string, TriMesh> = {};
    for (const [id, m] of Object.entries(raw)) {
      // Buffer.from may return a view into a shared pool: copy exactly its bytes
      const bytes = (b: string) => {
        const buf = Buffer.from(b, 'base64');
        return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
      };
      const f32 = (b?: string) => (b ? new Float32Array(bytes(b)) : undefined);
      out[id] = {
        positions: f32(m.positions)!,
        normals: f32(m.normals)!,
        indices: new Uint32Array(bytes(m.indices!)),
      };
      const colors = f32(m.colors);
      if (colors) out[id].colors = colors;
    }
    return out;
  }
  const meshes = await compute();
  mkdirSync(CACHE_DIR, { recursive: true });
  const enc = (a?: Float32Array | Uint32Array) =>
    a ? Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64') : undefined;
  writeFileSync(
    file,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(meshes).map(([id, m]) => [
          id,
          {
            positions: enc(m.positions),
            normals: enc(m.normals),
            indices: enc(m.indices),
            colors: enc(m.colors),
          },
        ]),
      ),
    ),
  );
  return meshes;
}
