/** Volume and area of closed triangle meshes, and each vertex's share of the area. */

/** Enclosed volume (divergence theorem; positive for outward winding). */
export function meshVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let six = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = 3 * indices[t]!;
    const b = 3 * indices[t + 1]!;
    const c = 3 * indices[t + 2]!;
    const [ax, ay, az] = [positions[a]!, positions[a + 1]!, positions[a + 2]!];
    const [bx, by, bz] = [positions[b]!, positions[b + 1]!, positions[b + 2]!];
    const [cx, cy, cz] = [positions[c]!, positions[c + 1]!, positions[c + 2]!];
    six += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return six / 6;
}

/** A third of the area of every triangle around each vertex (sums to the surface area). */
export function vertexAreas(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
): Float64Array {
  const areas = new Float64Array(positions.length / 3);
  for (let t = 0; t < indices.length; t += 3) {
    const ia = indices[t]!;
    const ib = indices[t + 1]!;
    const ic = indices[t + 2]!;
    const ux = positions[3 * ib]! - positions[3 * ia]!;
    const uy = positions[3 * ib + 1]! - positions[3 * ia + 1]!;
    const uz = positions[3 * ib + 2]! - positions[3 * ia + 2]!;
    const vx = positions[3 * ic]! - positions[3 * ia]!;
    const vy = positions[3 * ic + 1]! - positions[3 * ia + 1]!;
    const vz = positions[3 * ic + 2]! - positions[3 * ia + 2]!;
    const third = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 6;
    areas[ia] = (areas[ia] ?? 0) + third;
    areas[ib] = (areas[ib] ?? 0) + third;
    areas[ic] = (areas[ic] ?? 0) + third;
  }
  return areas;
}
