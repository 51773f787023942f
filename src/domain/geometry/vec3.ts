/**
 * Small pure 3-vector helpers for domain geometry (model frame: metres, +Y up, body faces +Z,
 * the body's right side is -X). Vectors are readonly tuples; every function returns a new one.
 */
export type Vec3 = readonly [number, number, number];

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function scale(a: Vec3, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

/** `a + b * s` */
export function addScaled(a: Vec3, b: Vec3, s: number): Vec3 {
  return [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function length(a: Vec3): number {
  return Math.hypot(a[0], a[1], a[2]);
}

export function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Unit vector along `a`, or `undefined` when `a` is (almost) zero. */
export function normalize(a: Vec3): Vec3 | undefined {
  const len = length(a);
  return len < 1e-12 ? undefined : scale(a, 1 / len);
}

/** `a + (b - a) * t` */
export function lerp(a: Vec3, b: Vec3, t: number): Vec3 {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * Mirror across the body's midsagittal plane (x = 0): left <-> right.
 * @internal
 */
export function mirrorX(a: Vec3): Vec3 {
  return [-a[0], a[1], a[2]];
}

/** Mean of a non-empty list of points. */
export function centroid(points: readonly Vec3[]): Vec3 {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of points) {
    x += p[0];
    y += p[1];
    z += p[2];
  }
  const n = Math.max(points.length, 1);
  return [x / n, y / n, z / n];
}

/** Two unit vectors that, with unit `n`, form a right-handed orthonormal basis. */
export function tangentBasis(n: Vec3): readonly [Vec3, Vec3] {
  const helper: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const t1 = normalize(cross(helper, n)) ?? [1, 0, 0];
  const t2 = cross(n, t1);
  return [t1, t2];
}

/** The part of `v` perpendicular to unit `axis`. */
export function rejectFrom(v: Vec3, axis: Vec3): Vec3 {
  return addScaled(v, axis, -dot(v, axis));
}
