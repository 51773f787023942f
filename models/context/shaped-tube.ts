import { resampleByArcLength } from '../math/catmull-rom';
import type { Vec3 } from '../math/vec3';
import { areaWeightedNormals, meshVolume } from '../mesh/mesh-measures';
import type { TriMesh } from '../mesh/mesh-types';
import { sdfGradient } from '../mesh/sdf-gradient';
import { tube } from '../mesh/tube';
import type { Sdf } from '../sdf/sdf';

/** How a tube's section grows and shrinks along its course (a muscle belly, a vessel). */
export interface SectionProfile {
  /** Section size at the two ends as a fraction of the widest (tendons, tapering vessels). */
  endFraction: readonly [number, number];
  /** Where along the course (0..1) the section is widest. */
  bellyAt: number;
  /** Width over thickness of the elliptical section. */
  aspect: number;
}

const SECTION_PROFILE_DEFAULTS: SectionProfile = {
  endFraction: [0.3, 0.3],
  bellyAt: 0.5,
  aspect: 1,
};

/** Relative section size at t in 0..1: a sine belly at `bellyAt`, never below the end fractions. */
export function profileAt(t: number, profile: SectionProfile): number {
  const warp = Math.log(0.5) / Math.log(Math.min(0.95, Math.max(0.05, profile.bellyAt)));
  const belly = Math.sin(Math.PI * t ** warp);
  const end = t < profile.bellyAt ? profile.endFraction[0] : profile.endFraction[1];
  return end + (1 - end) * Math.max(0, belly);
}

export interface ShapedTubeOptions {
  /** Rings along the course. */
  rings: number;
  /** Vertices around each ring. */
  segments: number;
  /** Direction the section's width should face at the start (for flat muscles). */
  widthAxis?: Vec3;
}

const SHAPED_TUBE_DEFAULTS: ShapedTubeOptions = { rings: 28, segments: 14 };

/**
 * A closed tube along a smooth course with the profile's sections, scaled so that the widest
 * section has area-equivalent radius `radiusMm`. Returns the mesh and each vertex's position
 * along the course (0..1, for skin weights).
 */
export function shapedTube(
  course: readonly Vec3[],
  radiusMm: number,
  profile: Partial<SectionProfile> = {},
  options: Partial<ShapedTubeOptions> = {},
): { mesh: TriMesh; along: Float32Array } {
  const p = { ...SECTION_PROFILE_DEFAULTS, ...profile };
  const o = { ...SHAPED_TUBE_DEFAULTS, ...options };
  const centres = resampleByArcLength(course, o.rings);
  const root = Math.sqrt(p.aspect);
  const radii = centres.map((_, i) => {
    const r = radiusMm * profileAt(i / (centres.length - 1), p);
    return [r * root, r / root] as const;
  });
  const { mesh, ringOf } = tube(centres, radii, {
    segments: o.segments,
    caps: true,
    ...(o.widthAxis ? { up: o.widthAxis } : {}),
  });
  const along = Float32Array.from(ringOf, (r) => r / (centres.length - 1));
  return { mesh, along };
}

export interface PushOutOptions {
  /** Gap to leave between a pushed vertex and the obstacle's surface (mm). */
  clearanceMm: number;
  iterations: number;
}

const PUSH_OUT_DEFAULTS: PushOutOptions = { clearanceMm: 0.6, iterations: 12 };

/**
 * Moves every vertex that lies inside `obstacle` (or closer than the clearance) out along the
 * distance field's gradient, so a soft structure wraps the bone instead of passing through it.
 * Recomputes the normals. Mutates and returns the mesh.
 */
export function pushOutOf(
  mesh: TriMesh,
  obstacle: Sdf,
  options: Partial<PushOutOptions> = {},
): TriMesh {
  const o = { ...PUSH_OUT_DEFAULTS, ...options };
  const g = new Float64Array(3);
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < o.iterations; k++) {
      const d = obstacle(p[i]!, p[i + 1]!, p[i + 2]!);
      if (d >= o.clearanceMm) break;
      sdfGradient(obstacle, p[i]!, p[i + 1]!, p[i + 2]!, 0.25, g);
      const l = Math.hypot(g[0]!, g[1]!, g[2]!) || 1;
      const step = o.clearanceMm - d;
      p[i] = p[i]! + (g[0]! / l) * step;
      p[i + 1] = p[i + 1]! + (g[1]! / l) * step;
      p[i + 2] = p[i + 2]! + (g[2]! / l) * step;
    }
  }
  mesh.normals = areaWeightedNormals(p, mesh.indices);
  return mesh;
}

/** Enclosed volume of a closed mesh in cm³ (positions in mm). */
export function volumeCm3(mesh: TriMesh): number {
  return meshVolume(mesh.positions, mesh.indices) / 1000;
}
