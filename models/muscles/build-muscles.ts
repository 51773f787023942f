import type { Side } from '../../src/domain/anatomy';
import type { SkinnedSpec } from '../gltf/model-spec';
import { mirrorMesh } from '../mesh/merge-meshes';
import type { Bounds, TriMesh } from '../mesh/mesh-types';
import { type Sdf, unionAll } from '../sdf/sdf';
import { buildFibreSheet } from './fibre-sheet';
import { fusiformMuscle } from './fusiform-muscle';
import { type MuscleDef, muscleDefs } from './muscle-defs';
import { pcsaCm2 } from './muscle-figures';
import { SeatField } from './seat-field';
import { sheetMesh, signedVolume } from './sheet-mesh';

export interface BuildMusclesOptions {
  /** Seat field grid spacing (mm) and extent (pelvis frame, right side). */
  fieldGridMm: number;
  fieldBounds: Bounds;
  /** Share of PCSA / belly width used as thickness before the cap. */
  pcsaThicknessFactor: number;
  /** Largest muscle width and length (mm) that map to UV 1 (fibre texture density). */
  uvWidthMm: number;
  uvLengthMm: number;
}

export const BUILD_MUSCLES_DEFAULTS: BuildMusclesOptions = {
  fieldGridMm: 3,
  fieldBounds: { min: [-205, -565, -30], max: [70, 285, 195] },
  pcsaThicknessFactor: 1,
  uvWidthMm: 260,
  uvLengthMm: 600,
};

/** Linear RGB of muscle by layer and of tendon; multiplied by the material factor. */
const MUSCLE_TINT: Record<string, readonly [number, number, number]> = {
  superficial: [0.52, 0.1, 0.08],
  intermediate: [0.46, 0.08, 0.072],
  deep: [0.4, 0.066, 0.08],
};
const TENDON_TINT: readonly [number, number, number] = [0.84, 0.81, 0.72];

export interface BuiltMuscle {
  readonly def: MuscleDef;
  /** Right-side mesh in the pelvis frame (mm). */
  readonly mesh: TriMesh;
  /** Per vertex (s, t): across and along the fibres. */
  readonly st: Float32Array;
  readonly volumeCm3: number;
  readonly thicknessMm: number;
}

/**
 * Builds every muscle from deep to superficial: each fibre sheet is seated on the bones and on
 * the muscles already built, thickened from its PCSA, meshed, then merged into the seat field.
 */
export function buildMuscles(
  bones: readonly Sdf[],
  options: Partial<BuildMusclesOptions> = {},
  log: (m: string) => void = () => {},
): { muscles: BuiltMuscle[]; field: SeatField } {
  const o = { ...BUILD_MUSCLES_DEFAULTS, ...options };
  const t0 = performance.now();
  const field = new SeatField(unionAll(bones), o.fieldBounds, o.fieldGridMm);
  log(`seat field: ${field.nx}x${field.ny}x${field.nz}, ${(performance.now() - t0).toFixed(0)} ms`);
  const out: BuiltMuscle[] = [];
  for (const def of muscleDefs()) {
    const t1 = performance.now();
    const built =
      def.shape === 'sheet' ? buildSheetMuscle(def, field, o) : buildFusiform(def, field, o);
    const { mesh, st, width, length, pcsa, fromPcsa, hMax } = built;
    field.addMesh(mesh, 9);
    const volumeCm3 = signedVolume(mesh.positions, mesh.indices) / 1000;
    log(
      `muscle ${def.id}: ${mesh.indices.length / 3} triangles, width ${width.toFixed(0)} mm, length ${length.toFixed(0)} mm, ` +
        `thickness ${hMax.toFixed(1)} mm (PCSA ${pcsa.toFixed(1)} cm2 -> ${fromPcsa.toFixed(1)}), volume ${volumeCm3.toFixed(0)} cm3` +
        (def.referenceVolumeCm3 ? ` (MRI ${def.referenceVolumeCm3})` : '') +
        `, ${(performance.now() - t1).toFixed(0)} ms`,
    );
    out.push({ def, mesh, st, volumeCm3, thicknessMm: hMax });
  }
  return { muscles: out, field };
}

function tintAt(def: MuscleDef, s: number, t: number): [number, number, number] {
  const tint = def.material === 'tendon' ? TENDON_TINT : MUSCLE_TINT[def.layer]!;
  const k = def.tendon(s, t);
  return [
    tint[0] + (TENDON_TINT[0] - tint[0]) * k,
    tint[1] + (TENDON_TINT[1] - tint[1]) * k,
    tint[2] + (TENDON_TINT[2] - tint[2]) * k,
  ];
}

interface Built {
  mesh: TriMesh;
  st: Float32Array;
  width: number;
  length: number;
  pcsa: number;
  fromPcsa: number;
  hMax: number;
}

function buildSheetMuscle(def: MuscleDef, field: SeatField, o: BuildMusclesOptions): Built {
  const sheet = buildFibreSheet({ ...def, rounds: def.rounds ?? 30 }, field);
  const { ns, nt, points } = sheet;
  // belly width (mean over the middle third) and fibre length
  let width = 0;
  let count = 0;
  for (let j = Math.floor(nt / 3); j < (2 * nt) / 3; j++) {
    for (let i = 0; i + 1 < ns; i++) {
      const a = points[i * nt + j]!;
      const b = points[(i + 1) * nt + j]!;
      width += Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    }
    count++;
  }
  width /= count;
  let length = 0;
  for (let j = 0; j + 1 < nt; j++) {
    const a = points[Math.floor(ns / 2) * nt + j]!;
    const b = points[Math.floor(ns / 2) * nt + j + 1]!;
    length += Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  }
  const pcsa = def.parts.length ? pcsaCm2(def.parts) : 0;
  const fromPcsa = (o.pcsaThicknessFactor * 100 * pcsa) / width;
  const hMax = def.parts.length ? Math.min(def.maxThicknessMm, fromPcsa) : def.maxThicknessMm;
  const { mesh, st } = sheetMesh(sheet, {
    thickness: (s, t) => Math.max(0.6, hMax * def.along(t) * def.across(s)),
    deepBulge: (s, t, h) => Math.max(0, Math.min(0.3 * h, def.clearance(s, t) - 0.8)),
    color: (s, t) => tintAt(def, s, t),
    uvScale: [Math.min(1, width / o.uvWidthMm), Math.min(1, length / o.uvLengthMm)],
  });
  return { mesh, st, width, length, pcsa, fromPcsa, hMax };
}

function buildFusiform(def: MuscleDef, field: SeatField, o: BuildMusclesOptions): Built {
  const pcsa = pcsaCm2(def.parts);
  const k = def.aspect ?? 1;
  // section area from PCSA: pi a b = factor * PCSA, a = k b
  const fromPcsa = Math.sqrt((o.pcsaThicknessFactor * 100 * pcsa) / (Math.PI * k));
  const b = Math.min(def.maxThicknessMm, fromPcsa);
  const centre = def.guides[0]!;
  let length = 0;
  for (let i = 1; i < centre.length; i++) {
    const p = centre[i - 1]!;
    const q = centre[i]!;
    length += Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
  }
  const { mesh, st } = fusiformMuscle(
    {
      centre,
      rings: def.nt,
      segments: 16,
      radii: (t) => {
        const f = def.along(t);
        return [Math.max(1.2, k * b * f), Math.max(0.9, b * f)];
      },
      widthHint: def.widthHint ?? (() => [1, 0, 0]),
      clearance: (t) => def.clearance(0.5, t),
      outward: def.outward,
      rounds: def.rounds ?? 10,
      color: (t) => tintAt(def, 0.5, t),
      uvScale: [
        Math.min(1, (2 * Math.PI * k * b) / o.uvWidthMm),
        Math.min(1, length / o.uvLengthMm),
      ],
    },
    field,
  );
  return { mesh, st, width: 2 * k * b, length, pcsa, fromPcsa: 2 * fromPcsa, hMax: 2 * b };
}

/** The skinned spec of a built muscle on one side (weights blend proximal to distal joint). */
export function muscleSpec(m: BuiltMuscle, side: 'left' | 'right'): SkinnedSpec {
  const { def, st } = m;
  const n = m.mesh.positions.length / 3;
  const jointIndices = new Uint8Array(4 * n);
  const weights = new Float32Array(4 * n);
  for (let v = 0; v < n; v++) {
    const p = [
      m.mesh.positions[3 * v]!,
      m.mesh.positions[3 * v + 1]!,
      m.mesh.positions[3 * v + 2]!,
    ] as const;
    const w = def.weights(st[2 * v]!, st[2 * v + 1]!, p);
    const order = w
      .map((value, i) => ({ value, i }))
      .sort((a, b) => b.value - a.value || a.i - b.i)
      .slice(0, 4);
    const sum = order.reduce((acc, x) => acc + x.value, 0) || 1;
    order.forEach((x, k) => {
      jointIndices[4 * v + k] = x.i;
      weights[4 * v + k] = x.value / sum;
    });
  }
  const bilateral = (j: string) => j === 'hip' || j === 'knee';
  return {
    kind: 'muscle',
    id: def.id,
    side: side as Side,
    layer: def.layer,
    material: def.material,
    mesh: side === 'left' ? mirrorMesh(m.mesh) : m.mesh,
    joints: def.joints.map((j) => ({ id: j, side: bilateral(j) ? side : 'midline' })),
    jointIndices,
    weights,
  };
}
