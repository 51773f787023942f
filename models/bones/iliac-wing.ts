import { loadFigures, mm } from '../figures/load-figures';
import { bake2d, polygonSdf } from '../math/polygon-sdf';
import { smoothstep } from '../math/scalar';
import { fitThinPlateSpline } from '../math/thin-plate-spline';
import type { Vec3 } from '../math/vec3';
import type { Sdf } from '../sdf/sdf';

export interface IliacWingOptions {
  /** Section heights (mm) whose midlines feed the mid-surface fit. */
  sectionHeightsMm: readonly number[];
  /** TPS smoothing. */
  lambda: number;
  /** Lowering of the crest points for the outline top (mm): the crest tube caps the rim. */
  crestDropMm: number;
}

const ILIAC_WING_DEFAULTS: IliacWingOptions = {
  sectionHeightsMm: [70, 50, 30, 10, -10, -30],
  lambda: 40,
  crestDropMm: 4,
};

/** Midline of a closed blade-like section loop (x, z): split at the farthest pair, average sides. */
function sectionMidline(loop: readonly (readonly [number, number])[]): [number, number][] {
  const pts = loop.slice(0, -1).map(([x, z]) => [x * 1000, z * 1000] as [number, number]);
  let best = [0, 0];
  let bestD = -1;
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++) {
      const d = (pts[i]![0] - pts[j]![0]) ** 2 + (pts[i]![1] - pts[j]![1]) ** 2;
      if (d > bestD) {
        bestD = d;
        best = [i, j];
      }
    }
  const [a, b] = best as [number, number];
  const sideA: [number, number][] = [];
  for (let i = a; i !== b; i = (i + 1) % pts.length) sideA.push(pts[i]!);
  sideA.push(pts[b]!);
  const sideB: [number, number][] = [];
  for (let i = a; i !== b; i = (i - 1 + pts.length) % pts.length) sideB.push(pts[i]!);
  sideB.push(pts[b]!);
  const ra = resample2(sideA, 9);
  const rb = resample2(sideB, 9);
  return ra
    .map((p, i) => [(p[0] + rb[i]![0]) / 2, (p[1] + rb[i]![1]) / 2] as [number, number])
    .slice(1, 8);
}

function resample2(line: readonly [number, number][], count: number): [number, number][] {
  const cum = [0];
  for (let i = 1; i < line.length; i++)
    cum.push(
      cum[i - 1]! + Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]),
    );
  const total = cum[cum.length - 1]!;
  const out: [number, number][] = [];
  let j = 0;
  for (let i = 0; i < count; i++) {
    const t = (total * i) / (count - 1);
    while (j < cum.length - 2 && cum[j + 1]! < t) j++;
    const span = cum[j + 1]! - cum[j]!;
    const f = span > 0 ? (t - cum[j]!) / span : 0;
    out.push([
      line[j]![0] + (line[j + 1]![0] - line[j]![0]) * f,
      line[j]![1] + (line[j + 1]![1] - line[j]![1]) * f,
    ]);
  }
  return out;
}

/**
 * The iliac wing as a "curved extruded outline": a thin-plate-spline height field z = W(x, y)
 * through the ilium section midlines, the crest outline and a few guide points, cut by a 2D
 * outline in (x, y), with a thickness that grows towards the acetabulum, the posterior ilium
 * and the anterior border (thin fossa, thick pillars), and rounded edges.
 */
export function iliacWing(options: Partial<IliacWingOptions> = {}): {
  sdf: Sdf;
  midSurface: (x: number, y: number) => number;
  crest: Vec3[];
} {
  const o = { ...ILIAC_WING_DEFAULTS, ...options };
  const f = loadFigures();
  const crest = f.iliac_crest_outline.map(mm);
  const samples: [number, number, number][] = [];
  for (const s of f.pelvis_transverse_sections.sections) {
    const y = Math.round(s.y * 1000);
    if (!o.sectionHeightsMm.includes(y)) continue;
    const loop = s.loops.find((l) => l.closed);
    if (!loop) continue;
    for (const [x, z] of sectionMidline(loop.xz_points)) samples.push([x, y, z]);
  }
  for (const p of crest) samples.push([p[0], p[1], p[2]]);
  for (const [x, z] of [
    [-62, 74],
    [-40, 88],
    [-85, 62],
  ] as const)
    samples.push([x, -50, z]);
  const tps = fitThinPlateSpline(samples, o.lambda);
  const W = bake2d(tps, -160, 20, -90, 100, 1);
  const step = 0.5;
  const Wx = bake2d(
    (x, y) => (tps(x + step, y) - tps(x - step, y)) / (2 * step),
    -160,
    20,
    -90,
    100,
    1,
  );
  const Wy = bake2d(
    (x, y) => (tps(x, y + step) - tps(x, y - step)) / (2 * step),
    -160,
    20,
    -90,
    100,
    1,
  );

  const outline: [number, number][] = [
    ...crest.map((p) => [p[0], p[1] - o.crestDropMm] as [number, number]),
    [-134.5, 0],
    [-126, -12],
    [-110, -22],
    [-94, -31],
    [-84, -42],
    [-78, -62],
    [-40, -62],
    [-30, -40],
    [-24, -30],
    [-17, -20],
    [-10, -12],
    [-3, -6],
  ];
  const outlineSdf = bake2d(polygonSdf(outline), -175, 30, -100, 110, 0.5);
  const sdf: Sdf = (x, y, z) => {
    const d2 = outlineSdf(x, y);
    const gx = Wx(x, y);
    const gy = Wy(x, y);
    const dz = (z - W(x, y)) / Math.sqrt(1 + gx * gx + gy * gy);
    const t =
      2.8 +
      7.5 * smoothstep(0, -50, y) +
      4.5 * smoothstep(-105, -135, x) +
      2.0 * smoothstep(-30, 0, x);
    const r = 0.9 * t;
    const wx = d2 + r;
    const wy = Math.abs(dz) - t + r;
    return (
      Math.min(Math.max(wx, wy), 0) + Math.sqrt(Math.max(wx, 0) ** 2 + Math.max(wy, 0) ** 2) - r
    );
  };
  return { sdf, midSurface: W, crest };
}
