import type { Side } from '../../src/domain/anatomy';
import type { SkinnedSpec } from '../gltf/model-spec';
import { cross, normalize, sub, type Vec3 } from '../math/vec3';
import { mergeMeshes, mirrorMesh } from '../mesh/merge-meshes';
import type { TriMesh } from '../mesh/mesh-types';
import type { Sdf } from '../sdf/sdf';
import { type JointId, joint } from '../skeleton/skeleton';
import { chainWeights } from '../skinning/blend-weights';
import type { ContextMuscleDef, StrandDef } from './context-muscle-defs';
import { profileAt, pushOutOf, shapedTube, volumeCm3 } from './shaped-tube';

export interface BuildContextMusclesOptions {
  /** Rings along each strand and vertices around each ring. */
  rings: number;
  segments: number;
  /** Passes that rescale the section until the volume (after wrapping bone) meets the target. */
  volumePasses: number;
  /** Gap kept between a context muscle and bone (mm). */
  boneClearanceMm: number;
  /** Half-width of the skin-weight blend around a joint (fraction of the course). */
  weightBlend: number;
}

const BUILD_CONTEXT_MUSCLES_DEFAULTS: BuildContextMusclesOptions = {
  rings: 30,
  segments: 14,
  volumePasses: 4,
  boneClearanceMm: 0.6,
  weightBlend: 0.08,
};

export interface BuiltContextMuscle {
  readonly def: ContextMuscleDef;
  /** Right side, pelvis frame (mm). */
  readonly mesh: TriMesh;
  readonly jointIndices: Uint8Array;
  readonly weights: Float32Array;
  /** Volume of the built mesh (cm³), strands summed. */
  readonly volumeCm3: number;
}

/** Section radius (mm) that gives a strand `targetCm3` before it wraps any bone. */
function radiusForVolume(strand: StrandDef, targetCm3: number): number {
  const c = strand.course;
  let length = 0;
  for (let i = 1; i < c.length; i++) {
    const d = sub(c[i]!, c[i - 1]!);
    length += Math.hypot(d[0], d[1], d[2]);
  }
  const profile = { endFraction: [0.3, 0.3] as const, bellyAt: 0.5, aspect: 1, ...strand.profile };
  const n = 64;
  let mean = 0;
  for (let i = 0; i <= n; i++) mean += profileAt(i / n, profile) ** 2 / (n + 1);
  return Math.sqrt((targetCm3 * 1000) / (Math.PI * length * mean));
}

/**
 * Where skin-weight control passes from each joint to the next: for each joint after the first,
 * the point of the course (0..1 along its control polygon) nearest that joint's centre.
 */
export function crossingsOf(course: readonly Vec3[], joints: readonly JointId[]): number[] {
  const samples = 64;
  const out: number[] = [];
  let previous = 0;
  for (const id of joints.slice(1)) {
    const c = joint(id).centre;
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let i = 0; i <= samples; i++) {
      const t = i / samples;
      const k = t * (course.length - 1);
      const a = course[Math.floor(k)]!;
      const b = course[Math.min(course.length - 1, Math.floor(k) + 1)]!;
      const f = k - Math.floor(k);
      const p: Vec3 = [
        a[0] + (b[0] - a[0]) * f,
        a[1] + (b[1] - a[1]) * f,
        a[2] + (b[2] - a[2]) * f,
      ];
      const d = Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]);
      if (d < bestD) {
        bestD = d;
        best = t;
      }
    }
    previous = Math.min(0.98, Math.max(best, previous + 0.02));
    out.push(previous);
  }
  return out;
}

/**
 * Builds each context muscle as one or more shaped tubes along its course, pushed out of the
 * bones and resized until its volume matches the target (Handsfield 2014 or the estimate).
 */
export function buildContextMuscles(
  defs: readonly ContextMuscleDef[],
  bones: Sdf,
  options: Partial<BuildContextMusclesOptions> = {},
  log: (message: string) => void = () => {},
): BuiltContextMuscle[] {
  const o = { ...BUILD_CONTEXT_MUSCLES_DEFAULTS, ...options };
  return defs.map((def) => {
    const meshes: TriMesh[] = [];
    const jointParts: Uint8Array[] = [];
    const weightParts: Float32Array[] = [];
    let total = 0;
    for (const strand of def.strands) {
      const target = def.volumeCm3 * strand.share;
      let radius = radiusForVolume(strand, target);
      const t0 = normalize(sub(strand.course[1]!, strand.course[0]!));
      const widthAxis = strand.thicknessAxis ? cross(strand.thicknessAxis, t0) : undefined;
      let built = shapedTube(strand.course, radius, strand.profile, {
        rings: o.rings,
        segments: o.segments,
        ...(widthAxis ? { widthAxis } : {}),
      });
      for (let pass = 0; pass < o.volumePasses; pass++) {
        pushOutOf(built.mesh, bones, { clearanceMm: o.boneClearanceMm });
        const v = volumeCm3(built.mesh);
        if (pass === o.volumePasses - 1 || Math.abs(v / target - 1) < 0.01) break;
        radius *= Math.sqrt(target / Math.max(v, 1e-3));
        built = shapedTube(strand.course, radius, strand.profile, {
          rings: o.rings,
          segments: o.segments,
          ...(widthAxis ? { widthAxis } : {}),
        });
      }
      total += volumeCm3(built.mesh);
      const w = chainWeights(built.along, crossingsOf(strand.course, def.joints), o.weightBlend);
      meshes.push(built.mesh);
      jointParts.push(w.jointIndices);
      weightParts.push(w.weights);
    }
    log(
      `context ${def.id}: ${total.toFixed(1)} cm³ vs ${def.volumeCm3.toFixed(1)} (${def.volumeBasis})`,
    );
    return {
      def,
      mesh: mergeMeshes(meshes),
      jointIndices: concat(jointParts, Uint8Array),
      weights: concat(weightParts, Float32Array),
      volumeCm3: total,
    };
  });
}

function concat<T extends Uint8Array | Float32Array>(
  parts: readonly T[],
  Kind: { new (n: number): T },
): T {
  const out = new Kind(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p as never, at);
    at += p.length;
  }
  return out;
}

/** The glTF spec of a built context muscle on one side (the left mirrors the right). */
export function contextMuscleSpec(m: BuiltContextMuscle, side: 'left' | 'right'): SkinnedSpec {
  const bilateral = (id: string) => id === 'hip' || id === 'knee';
  return {
    kind: 'muscle',
    id: m.def.id,
    side,
    layer: 'context',
    material: 'muscle-context',
    mesh: side === 'left' ? mirrorMesh(m.mesh) : m.mesh,
    joints: m.def.joints.map((id) => ({ id, side: (bilateral(id) ? side : 'midline') as Side })),
    jointIndices: m.jointIndices,
    weights: m.weights,
  };
}
