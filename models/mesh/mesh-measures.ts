/** Measures of closed triangle meshes (positions in mm unless stated). */

/** Enclosed volume by the divergence theorem (positive for outward-facing triangles). */
export function meshVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let v = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = 3 * indices[t]!;
    const b = 3 * indices[t + 1]!;
    const c = 3 * indices[t + 2]!;
    const ax = positions[a]!;
    const ay = positions[a + 1]!;
    const az = positions[a + 2]!;
    const bx = positions[b]!;
    const by = positions[b + 1]!;
    const bz = positions[b + 2]!;
    const cx = positions[c]!;
    const cy = positions[c + 1]!;
    const cz = positions[c + 2]!;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/** Area-weighted vertex normals (unit length). */
export function areaWeightedNormals(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
): Float32Array {
  const n = new Float64Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const ia = 3 * indices[t]!;
    const ib = 3 * indices[t + 1]!;
    const ic = 3 * indices[t + 2]!;
    const ux = positions[ib]! - positions[ia]!;
    const uy = positions[ib + 1]! - positions[ia + 1]!;
    const uz = positions[ib + 2]! - positions[ia + 2]!;
    const vx = positions[ic]! - positions[ia]!;
    const vy = positions[ic + 1]! - positions[ia + 1]!;
    const vz = positions[ic + 2]! - positions[ia + 2]!;
    const cx = uy * vz - uz * vy;
    const cy = uz * vx - ux * vz;
    const cz = ux * vy - uy * vx;
    for (const i of [ia, ib, ic]) {
      n[i] = n[i]! + cx;
      n[i + 1] = n[i + 1]! + cy;
      n[i + 2] = n[i + 2]! + cz;
    }
  }
  const out = new Float32Array(positions.length);
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    out[i] = n[i]! / l;
    out[i + 1] = n[i + 1]! / l;
    out[i + 2] = n[i + 2]! / l;
  }
  return out;
}
