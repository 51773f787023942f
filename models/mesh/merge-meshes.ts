import type { TriMesh } from './mesh-types';

/** Concatenates meshes (attributes present on every input are kept). */
export function mergeMeshes(meshes: readonly TriMesh[]): TriMesh {
  const count = meshes.reduce((n, m) => n + m.positions.length / 3, 0);
  const triCount = meshes.reduce((n, m) => n + m.indices.length, 0);
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const withUv = meshes.every((m) => m.uvs);
  const withColor = meshes.every((m) => m.colors);
  const uvs = withUv ? new Float32Array(count * 2) : undefined;
  const colors = withColor ? new Float32Array(count * 3) : undefined;
  const indices = new Uint32Array(triCount);
  let v = 0;
  let t = 0;
  for (const m of meshes) {
    positions.set(m.positions, v * 3);
    normals.set(m.normals, v * 3);
    if (uvs) uvs.set(m.uvs!, v * 2);
    if (colors) colors.set(m.colors!, v * 3);
    for (let i = 0; i < m.indices.length; i++) indices[t + i] = m.indices[i]! + v;
    v += m.positions.length / 3;
    t += m.indices.length;
  }
  const out: TriMesh = { positions, normals, indices };
  if (uvs) out.uvs = uvs;
  if (colors) out.colors = colors;
  return out;
}

/** Mirrors a mesh across z = 0 (OpenSim sagittal plane) and flips the winding. */
export function mirrorMesh(m: TriMesh): TriMesh {
  const positions = m.positions.slice();
  const normals = m.normals.slice();
  for (let i = 2; i < positions.length; i += 3) {
    positions[i] = -positions[i]!;
    normals[i] = -normals[i]!;
  }
  const indices = m.indices.slice();
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i + 1]!;
    indices[i + 1] = indices[i + 2]!;
    indices[i + 2] = a;
  }
  const out: TriMesh = { positions, normals, indices };
  if (m.uvs) out.uvs = m.uvs.slice();
  if (m.colors) out.colors = m.colors.slice();
  return out;
}
