import { cross, normalize, type Vec3 } from '../math/vec3';

/** A signed distance function in millimetres: negative inside, positive outside. */
export type Sdf = ((x: number, y: number, z: number) => number) & {
  /** Optional bounding sphere [cx, cy, cz, r] of the shape, used to skip far evaluations. */
  bound?: readonly [number, number, number, number];
};

/** Attaches a bounding sphere to an SDF. */
export function withBound(f: Sdf, c: Vec3, r: number): Sdf {
  f.bound = [c[0], c[1], c[2], r];
  return f;
}

/** Bounding sphere around several bounded shapes (undefined if any is unbounded). */
function mergeBounds(parts: readonly Sdf[]): readonly [number, number, number, number] | undefined {
  if (parts.some((p) => !p.bound)) return undefined;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const [x, y, z, r] = p.bound!;
    lo[0] = Math.min(lo[0]!, x - r);
    lo[1] = Math.min(lo[1]!, y - r);
    lo[2] = Math.min(lo[2]!, z - r);
    hi[0] = Math.max(hi[0]!, x + r);
    hi[1] = Math.max(hi[1]!, y + r);
    hi[2] = Math.max(hi[2]!, z + r);
  }
  const c = [(lo[0]! + hi[0]!) / 2, (lo[1]! + hi[1]!) / 2, (lo[2]! + hi[2]!) / 2] as const;
  return [c[0], c[1], c[2], len3(hi[0]! - c[0], hi[1]! - c[1], hi[2]! - c[2])];
}

/** Fast Euclidean length (Math.hypot is several times slower in V8). */
export function len3(a: number, b: number, c: number): number {
  return Math.sqrt(a * a + b * b + c * c);
}

function len2(a: number, b: number): number {
  return Math.sqrt(a * a + b * b);
}

/** Polynomial smooth minimum (blend width k, in mm); k <= 0 is a hard minimum. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Polynomial smooth maximum. */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

export function sphere(c: Vec3, r: number): Sdf {
  const [cx, cy, cz] = c;
  return withBound((x, y, z) => len3(x - cx, y - cy, z - cz) - r, c, r);
}

/** Orthonormal axes: the first along `primary`, the second the `hint` made orthogonal. */
export function axesFrom(primary: Vec3, hint: Vec3): [Vec3, Vec3, Vec3] {
  const u = normalize(primary);
  const w = normalize(cross(u, hint));
  const v = cross(w, u);
  return [u, v, w];
}

/** Orthonormal axes: the first along `primary`, the third as close as possible to `third`. */
export function axesWithThird(primary: Vec3, third: Vec3): [Vec3, Vec3, Vec3] {
  const u = normalize(primary);
  const d = third[0] * u[0] + third[1] * u[1] + third[2] * u[2];
  const w = normalize([third[0] - d * u[0], third[1] - d * u[1], third[2] - d * u[2]]);
  return [u, cross(w, u), w];
}

/**
 * Ellipsoid with radii along three orthonormal axes (default x, y, z). Uses the common
 * "k0 (k0 - 1) / k1" bound, which is close to the true distance near the surface.
 */
export function ellipsoid(
  c: Vec3,
  radii: Vec3,
  axes: readonly [Vec3, Vec3, Vec3] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): Sdf {
  const [u, v, w] = axes;
  const [ra, rb, rc] = radii;
  return withBound(
    (x, y, z) => {
      const dx = x - c[0];
      const dy = y - c[1];
      const dz = z - c[2];
      const a = dx * u[0] + dy * u[1] + dz * u[2];
      const b = dx * v[0] + dy * v[1] + dz * v[2];
      const d = dx * w[0] + dy * w[1] + dz * w[2];
      const k0 = len3(a / ra, b / rb, d / rc);
      const k1 = len3(a / (ra * ra), b / (rb * rb), d / (rc * rc));
      if (k1 === 0) return -Math.min(ra, rb, rc);
      return (k0 * (k0 - 1)) / k1;
    },
    c,
    Math.max(ra, rb, rc),
  );
}

/** Exact round cone between spheres (a, ra) and (b, rb) (Quilez). */
export function roundCone(a: Vec3, ra: number, b: Vec3, rb: number): Sdf {
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const baz = b[2] - a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const mid: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  return withBound(
    (x, y, z) => {
      const pax = x - a[0];
      const pay = y - a[1];
      const paz = z - a[2];
      const yy = pax * bax + pay * bay + paz * baz;
      const zz = yy - l2;
      const qx = pax * l2 - bax * yy;
      const qy = pay * l2 - bay * yy;
      const qz = paz * l2 - baz * yy;
      const x2 = qx * qx + qy * qy + qz * qz;
      const y2 = yy * yy * l2;
      const z2 = zz * zz * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      if (Math.sign(zz) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
      if (Math.sign(yy) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
      return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - ra;
    },
    mid,
    Math.sqrt(l2) / 2 + Math.max(ra, rb),
  );
}

/**
 * A chain of round cones through points with radii. Consecutive cones share their end
 * spheres, so a hard union (k = 0) is already seamless; a smooth union would bulge at joints.
 */
export function roundConeChain(points: readonly Vec3[], radii: readonly number[], k = 0): Sdf {
  const parts: Sdf[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    parts.push(roundCone(points[i]!, radii[i]!, points[i + 1]!, radii[i + 1]!));
  }
  return unionAll(parts, k);
}

/** Rounded box with half extents along the given axes, edge rounding r. */
export function roundedBox(
  c: Vec3,
  half: Vec3,
  r: number,
  axes: readonly [Vec3, Vec3, Vec3] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): Sdf {
  const [u, v, w] = axes;
  return withBound(
    (x, y, z) => {
      const dx = x - c[0];
      const dy = y - c[1];
      const dz = z - c[2];
      const qa = Math.abs(dx * u[0] + dy * u[1] + dz * u[2]) - half[0] + r;
      const qb = Math.abs(dx * v[0] + dy * v[1] + dz * v[2]) - half[1] + r;
      const qc = Math.abs(dx * w[0] + dy * w[1] + dz * w[2]) - half[2] + r;
      const outside = len3(Math.max(qa, 0), Math.max(qb, 0), Math.max(qc, 0));
      return outside + Math.min(Math.max(qa, qb, qc), 0) - r;
    },
    c,
    len3(half[0], half[1], half[2]),
  );
}

/** Capped elliptic cylinder along `axis` (half height h), radii (ra, rb) across, edge rounding. */
export function ellipticCylinder(
  c: Vec3,
  axes: readonly [Vec3, Vec3, Vec3],
  ra: number,
  rb: number,
  h: number,
  rounding: number,
): Sdf {
  const [u, v, w] = axes;
  return withBound(
    (x, y, z) => {
      const dx = x - c[0];
      const dy = y - c[1];
      const dz = z - c[2];
      const along = dx * u[0] + dy * u[1] + dz * u[2];
      const a = dx * v[0] + dy * v[1] + dz * v[2];
      const b = dx * w[0] + dy * w[1] + dz * w[2];
      const ra2 = ra - rounding;
      const rb2 = rb - rounding;
      const k0 = len2(a / ra2, b / rb2);
      const k1 = len2(a / (ra2 * ra2), b / (rb2 * rb2));
      const radial = k1 > 0 ? (k0 * (k0 - 1)) / k1 : -Math.min(ra2, rb2);
      const axial = Math.abs(along) - h + rounding;
      const outside = len2(Math.max(radial, 0), Math.max(axial, 0));
      return outside + Math.min(Math.max(radial, axial), 0) - rounding;
    },
    c,
    len2(Math.max(ra, rb), h),
  );
}

/** Half-space: negative on the side opposite to the unit normal n through point p. */
export function plane(p: Vec3, n: Vec3): Sdf {
  const nn = normalize(n);
  return (x, y, z) => (x - p[0]) * nn[0] + (y - p[1]) * nn[1] + (z - p[2]) * nn[2];
}

export function unionAll(parts: readonly Sdf[], k = 0): Sdf {
  const f: Sdf = composeSdf(parts.map((shape) => union(shape, k)));
  f.bound = mergeBounds(parts);
  return f;
}

/** One step of a bone recipe: a shape and how it joins what came before. */
export interface SdfStep {
  readonly shape: Sdf;
  /** Blend width in mm (0 = hard). */
  readonly k: number;
  readonly op: 'union' | 'subtract' | 'intersect';
}

/** Folds an ordered recipe left to right; subtractions usually come last. */
export function composeSdf(steps: readonly SdfStep[]): Sdf {
  const n = steps.length;
  const shapes = steps.map((s) => s.shape);
  const ks = Float64Array.from(steps, (s) => s.k);
  const ops = Uint8Array.from(steps, (s) => (s.op === 'union' ? 0 : s.op === 'subtract' ? 1 : 2));
  // Bounding spheres let a step be skipped when it cannot change the result.
  const hasBound = Uint8Array.from(steps, (s) => (s.shape.bound ? 1 : 0));
  const bounds = Float64Array.from(steps.flatMap((s) => s.shape.bound ?? [0, 0, 0, 0]));
  const f: Sdf = (x, y, z) => {
    let d = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const k = ks[i]!;
      const op = ops[i]!;
      if (hasBound[i]) {
        const lower =
          len3(x - bounds[4 * i]!, y - bounds[4 * i + 1]!, z - bounds[4 * i + 2]!) -
          bounds[4 * i + 3]!;
        if (op === 0 ? lower >= d + k : op === 1 ? lower >= k - d : false) continue;
      }
      const v = shapes[i]!(x, y, z);
      if (op === 0) d = smin(d, v, k);
      else if (op === 1) d = smax(d, -v, k);
      else d = smax(d, v, k);
    }
    return d;
  };
  if (steps.every((s) => s.op !== 'union' || s.shape.bound)) {
    const b = mergeBounds(steps.filter((s) => s.op === 'union').map((s) => s.shape));
    if (b) f.bound = b;
  }
  return f;
}

export const union = (shape: Sdf, k: number): SdfStep => ({ shape, k, op: 'union' });
export const subtract = (shape: Sdf, k: number): SdfStep => ({ shape, k, op: 'subtract' });
export const intersect = (shape: Sdf, k: number): SdfStep => ({ shape, k, op: 'intersect' });

/** The shape moved by `offset`. */
export function translated(f: Sdf, offset: Vec3): Sdf {
  const [ox, oy, oz] = offset;
  const g: Sdf = (x, y, z) => f(x - ox, y - oy, z - oz);
  if (f.bound) g.bound = [f.bound[0] + ox, f.bound[1] + oy, f.bound[2] + oz, f.bound[3]];
  return g;
}

/** The shape rotated about +z by `angleRad` around `pivot`, then moved so the pivot lands at `to`. */
export function rotatedZ(f: Sdf, angleRad: number, pivot: Vec3, to: Vec3): Sdf {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  const g: Sdf = (x, y, z) => {
    const dx = x - to[0];
    const dy = y - to[1];
    // inverse rotation
    return f(pivot[0] + c * dx + s * dy, pivot[1] - s * dx + c * dy, z - to[2] + pivot[2]);
  };
  if (f.bound) {
    const bx = f.bound[0] - pivot[0];
    const by = f.bound[1] - pivot[1];
    g.bound = [
      to[0] + c * bx - s * by,
      to[1] + s * bx + c * by,
      f.bound[2] - pivot[2] + to[2],
      f.bound[3],
    ];
  }
  return g;
}

/**
 * The shape flattened across the plane with unit normal `n` through `c`: thickness along n is
 * divided by `factor` (> 1), so a round cone becomes a plate-like bar (pubic and ischial rami).
 */
export function flattened(f: Sdf, c: Vec3, n: Vec3, factor: number): Sdf {
  const nn = normalize(n);
  const g: Sdf = (x, y, z) => {
    const d = (x - c[0]) * nn[0] + (y - c[1]) * nn[1] + (z - c[2]) * nn[2];
    const k = (factor - 1) * d;
    return f(x + nn[0] * k, y + nn[1] * k, z + nn[2] * k) / factor;
  };
  if (f.bound) g.bound = f.bound;
  return g;
}
