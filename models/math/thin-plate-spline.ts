/**
 * 2D thin-plate spline z = f(x, y) with light smoothing (lambda on the diagonal), solved by
 * Gaussian elimination with partial pivoting. Small point sets only (tens of points).
 */
export function fitThinPlateSpline(
  points: readonly (readonly [number, number, number])[],
  lambda = 0,
): (x: number, y: number) => number {
  const n = points.length;
  const m = n + 3;
  const a: number[][] = Array.from({ length: m }, () => new Array<number>(m + 1).fill(0));
  const kernel = (r2: number) => (r2 > 0 ? 0.5 * r2 * Math.log(r2) : 0);
  for (let i = 0; i < n; i++) {
    const [xi, yi, zi] = points[i]!;
    const row = a[i]!;
    for (let j = 0; j < n; j++) {
      const [xj, yj] = points[j]!;
      row[j] = kernel((xi - xj) ** 2 + (yi - yj) ** 2) + (i === j ? lambda : 0);
    }
    row[n] = 1;
    row[n + 1] = xi;
    row[n + 2] = yi;
    row[m] = zi;
    a[n]![i] = 1;
    a[n + 1]![i] = xi;
    a[n + 2]![i] = yi;
  }
  const w = solve(a);
  return (x, y) => {
    let z = w[n]! + w[n + 1]! * x + w[n + 2]! * y;
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      z += w[i]! * kernel((x - p[0]) ** 2 + (y - p[1]) ** 2);
    }
    return z;
  };
}

function solve(a: number[][]): number[] {
  const m = a.length;
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const pc = a[c]!;
    const d = pc[c]!;
    if (Math.abs(d) < 1e-12)
      throw new Error('thin-plate-spline: singular system (duplicate points?)');
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const pr = a[r]!;
      const f = pr[c]! / d;
      if (f === 0) continue;
      for (let k = c; k <= m; k++) pr[k]! -= f * pc[k]!;
    }
  }
  return a.map((row, i) => row[m]! / row[i]!);
}
