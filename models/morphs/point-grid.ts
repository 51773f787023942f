/**
 * A uniform hash grid over points (metres) for nearest-point queries within a radius. Small and
 * exact: the answer is the true nearest point within `radius`, or none.
 */
export class PointGrid {
  private readonly cells = new Map<string, number[]>();

  constructor(
    private readonly points: Float32Array,
    private readonly cellM: number,
  ) {
    for (let i = 0; i < points.length / 3; i++) {
      const key = this.key(points[3 * i]!, points[3 * i + 1]!, points[3 * i + 2]!);
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    }
  }

  private key(x: number, y: number, z: number): string {
    return `${Math.floor(x / this.cellM)},${Math.floor(y / this.cellM)},${Math.floor(z / this.cellM)}`;
  }

  /** Index and distance of the nearest point within `radius` of (x, y, z), or null. */
  nearest(
    x: number,
    y: number,
    z: number,
    radius: number,
  ): { index: number; distance: number } | null {
    const reach = Math.ceil(radius / this.cellM);
    const cx = Math.floor(x / this.cellM);
    const cy = Math.floor(y / this.cellM);
    const cz = Math.floor(z / this.cellM);
    let best = -1;
    let bestD2 = radius * radius;
    for (let i = cx - reach; i <= cx + reach; i++)
      for (let j = cy - reach; j <= cy + reach; j++)
        for (let k = cz - reach; k <= cz + reach; k++) {
          const list = this.cells.get(`${i},${j},${k}`);
          if (!list) continue;
          for (const p of list) {
            const dx = this.points[3 * p]! - x;
            const dy = this.points[3 * p + 1]! - y;
            const dz = this.points[3 * p + 2]! - z;
            const d2 = dx * dx + dy * dy + dz * dz;
            if (d2 <= bestD2) {
              bestD2 = d2;
              best = p;
            }
          }
        }
    return best < 0 ? null : { index: best, distance: Math.sqrt(bestD2) };
  }
}
