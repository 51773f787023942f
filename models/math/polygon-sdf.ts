/** Signed distance to a closed 2D polygon (negative inside), exact (Quilez). */
export function polygonSdf(
  poly: readonly (readonly [number, number])[],
): (x: number, y: number) => number {
  const n = poly.length;
  const xs = Float64Array.from(poly, (p) => p[0]);
  const ys = Float64Array.from(poly, (p) => p[1]);
  return (px, py) => {
    let d = (px - xs[0]!) ** 2 + (py - ys[0]!) ** 2;
    let s = 1;
    for (let i = 0, j = n - 1; i < n; j = i, i++) {
      const ex = xs[j]! - xs[i]!;
      const ey = ys[j]! - ys[i]!;
      const wx = px - xs[i]!;
      const wy = py - ys[i]!;
      const t = Math.min(Math.max((wx * ex + wy * ey) / (ex * ex + ey * ey), 0), 1);
      const bx = wx - ex * t;
      const by = wy - ey * t;
      d = Math.min(d, bx * bx + by * by);
      const c1 = py >= ys[i]!;
      const c2 = py < ys[j]!;
      const c3 = ex * wy > ey * wx;
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s;
    }
    return s * Math.sqrt(d);
  };
}

/** Bakes a 2D function on a regular grid and returns a bilinear lookup (clamped at the border). */
export function bake2d(
  f: (x: number, y: number) => number,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  step: number,
): (x: number, y: number) => number {
  const nx = Math.ceil((x1 - x0) / step) + 1;
  const ny = Math.ceil((y1 - y0) / step) + 1;
  const v = new Float32Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) v[i + nx * j] = f(x0 + i * step, y0 + j * step);
  return (x, y) => {
    const fx = Math.min(Math.max((x - x0) / step, 0), nx - 1.000001);
    const fy = Math.min(Math.max((y - y0) / step, 0), ny - 1.000001);
    const i = Math.floor(fx);
    const j = Math.floor(fy);
    const tx = fx - i;
    const ty = fy - j;
    const a = v[i + nx * j]!;
    const b = v[i + 1 + nx * j]!;
    const c = v[i + nx * (j + 1)]!;
    const d = v[i + 1 + nx * (j + 1)]!;
    return (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty;
  };
}
