import { isMuscleId, type Side } from '../../src/domain/anatomy';
import {
  type BodySize,
  mriMuscleVolumeCm3,
  REFERENCE_BODY,
} from '../../src/domain/anatomy/body/muscle-volumes';
import type { SkinnedSpec } from '../gltf/model-spec';
import { mirrorMesh } from '../mesh/merge-meshes';
import type { Bounds, TriMesh } from '../mesh/mesh-types';
import { pushOutOfSolid, solidOf } from '../mesh/solid';
import { type Sdf, unionAll } from '../sdf/sdf';
import { thighMassSdf } from '../skin/thigh-mass';
import { buildFibreSheet, type FibreSheet } from './fibre-sheet';
import { fusiformMuscle } from './fusiform-muscle';
import { type MuscleDef, muscleDefs } from './muscle-defs';
import { SeatField } from './seat-field';
import { sheetMesh, signedVolume, vertexNormals } from './sheet-mesh';

export interface BuildMusclesOptions {
  /** Seat field grid spacing (mm) and extent (pelvis frame, right side). */
  fieldGridMm: number;
  fieldBounds: Bounds;
  /** The body whose MRI muscle volumes the meshes are sized to (Handsfield 2014). */
  body: BodySize;
  /** Rebuilds allowed to bring a muscle's volume within `volumeTolerance` of its target. */
  volumeRounds: number;
  volumeTolerance: number;
  /** Gap (mm) a sheet's outer surface keeps from bones and muscles it could grow into. */
  freeSpaceMarginMm: number;
  /** How far (mm) a vertex may stay inside a bone or a deeper muscle; deeper ones are pushed out. */
  overlapAllowanceMm: number;
  /** Largest muscle width and length (mm) that map to UV 1 (fibre texture density). */
  uvWidthMm: number;
  uvLengthMm: number;
}

export const BUILD_MUSCLES_DEFAULTS: BuildMusclesOptions = {
  fieldGridMm: 3,
  fieldBounds: { min: [-205, -565, -30], max: [70, 285, 195] },
  body: REFERENCE_BODY,
  volumeRounds: 4,
  volumeTolerance: 0.02,
  freeSpaceMarginMm: 0.5,
  overlapAllowanceMm: 0.5,
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
  /** The MRI volume it was sized to (cm^3); undefined for the iliotibial band. */
  readonly mriVolumeCm3: number | undefined;
  readonly thicknessMm: number;
}

/**
 * Builds every muscle from deep to superficial: each fibre sheet is seated on the bones and on
 * the muscles already built, thickened, meshed, then merged into the seat field. A muscle's
 * thickness (sheets) or section radii (spindles) are scaled and the muscle rebuilt until its
 * volume is within `volumeTolerance` of the MRI volume for the body (Handsfield 2014).
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
  let thighMassAdded = false;
  for (const def of muscleDefs()) {
    const t1 = performance.now();
    if (def.restsOnThighMass && !thighMassAdded) {
      field.addSdf(thighMassSdf());
      thighMassAdded = true;
    }
    const target = isMuscleId(def.id) ? mriMuscleVolumeCm3(def.id, o.body) : undefined;
    const build = (scale: number): Built => {
      const b =
        def.shape === 'sheet'
          ? buildSheetMuscle(def, field, o, scale)
          : buildFusiform(def, field, o, Math.sqrt(scale));
      // end against bones and deeper muscles instead of passing into them
      field.pushOut(b.mesh.positions, -o.overlapAllowanceMm);
      const normals = vertexNormals(b.mesh.positions, b.mesh.indices);
      return { ...b, mesh: { ...b.mesh, normals } };
    };
    let scale = 1;
    let built = build(scale);
    let volumeCm3 = signedVolume(built.mesh.positions, built.mesh.indices) / 1000;
    for (let round = 0; target && round < o.volumeRounds; round++) {
      if (Math.abs(volumeCm3 / target - 1) <= o.volumeTolerance) break;
      scale *= target / volumeCm3;
      built = build(scale);
      volumeCm3 = signedVolume(built.mesh.positions, built.mesh.indices) / 1000;
    }
    const { mesh, st, width, length, hMax } = built;
    // where this muscle wraps over one built before, the deeper one gives way (its volume
    // changes by a fraction of a percent; the log below reports the final volumes)
    const solid = solidOf(mesh.positions, mesh.indices);
    for (const earlier of out) {
      if (pushOutOfSolid(earlier.mesh.positions, solid, o.overlapAllowanceMm) > 0)
        earlier.mesh.normals.set(vertexNormals(earlier.mesh.positions, earlier.mesh.indices));
    }
    // a band as deep as the thickest belly, so points deep inside a muscle read as inside
    field.addMesh(mesh, 24);
    log(
      `muscle ${def.id}: ${mesh.indices.length / 3} triangles, width ${width.toFixed(0)} mm, length ${length.toFixed(0)} mm, ` +
        `peak thickness ${hMax.toFixed(1)} mm, volume ${volumeCm3.toFixed(0)} cm3` +
        (target
          ? ` vs MRI ${target.toFixed(0)} cm3 (${((100 * volumeCm3) / target).toFixed(0)} %)`
          : '') +
        `, ${(performance.now() - t1).toFixed(0)} ms`,
    );
    out.push({ def, mesh, st, volumeCm3, mriVolumeCm3: target, thicknessMm: hMax });
  }
  const final = out.map((m) => ({
    ...m,
    volumeCm3: signedVolume(m.mesh.positions, m.mesh.indices) / 1000,
  }));
  log(
    `model vs MRI (${o.body.heightM} m, ${o.body.massKg} kg): ` +
      final
        .filter((m) => m.mriVolumeCm3)
        .map(
          (m) =>
            `${m.def.id} ${m.volumeCm3.toFixed(0)}/${m.mriVolumeCm3!.toFixed(0)} cm3 (${((100 * m.volumeCm3) / m.mriVolumeCm3!).toFixed(0)} %)`,
        )
        .join(', '),
  );
  return { muscles: final, field };
}

function tintAt(def: MuscleDef, t: number): [number, number, number] {
  const tint = def.material === 'tendon' ? TENDON_TINT : MUSCLE_TINT[def.layer]!;
  const k = def.tendon(t);
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
  hMax: number;
}

/** The fibre-sheet view of a definition (clearance and attachment along the fibres). */
function sheetDef(def: MuscleDef) {
  return {
    guides: def.guides,
    ns: def.ns,
    nt: def.nt,
    rounds: def.rounds ?? 30,
    clearance: (_s: number, t: number) => def.clearance(t),
    attached: (_s: number, t: number) =>
      t < def.attachedUntil || (def.attachedFrom !== undefined && t > def.attachedFrom),
    attachedThroughGuide: def.attachedThroughGuide,
    outward: def.outward,
  };
}

function buildSheetMuscle(
  def: MuscleDef,
  field: SeatField,
  o: BuildMusclesOptions,
  thicknessScale: number,
): Built {
  const sheet = buildFibreSheet(sheetDef(def), field);
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
  const hMax = def.peakThicknessMm * thicknessScale;
  const room = roomAbove(sheet, field, hMax, o.freeSpaceMarginMm);
  const { mesh, st } = sheetMesh(sheet, {
    thickness: (s, t) => {
      const i = Math.round(s * (ns - 1));
      const j = Math.round(t * (nt - 1));
      return Math.max(0.6, Math.min(room[i * nt + j]!, hMax * def.along(t) * def.across(s)));
    },
    deepBulge: (_s, t, h) => Math.max(0, Math.min(0.3 * h, def.clearance(t) - 0.8)),
    color: (_s, t) => tintAt(def, t),
    uvScale: [Math.min(1, width / o.uvWidthMm), Math.min(1, length / o.uvLengthMm)],
  });
  return { mesh, st, width, length, hMax };
}

/**
 * How thick the sheet may grow at each point before its outer surface would reach a bone or a
 * muscle built earlier (mm, along the point's normal, less a margin): a superficial muscle may
 * wrap over a deeper one but never grow into it.
 */
function roomAbove(sheet: FibreSheet, field: SeatField, hMax: number, marginMm: number) {
  const room = new Float64Array(sheet.points.length);
  for (let k = 0; k < sheet.points.length; k++) {
    const p = sheet.points[k]!;
    const n = sheet.normals[k]!;
    let h = 0;
    // start past the seat (which sits at the clearance) and step out 1 mm at a time
    for (h = 1; h <= hMax; h += 1) {
      if (field.distance(p[0] + n[0] * h, p[1] + n[1] * h, p[2] + n[2] * h) < marginMm) break;
    }
    room[k] = Math.max(0.6, h - 1);
  }
  return room;
}

function buildFusiform(
  def: MuscleDef,
  field: SeatField,
  o: BuildMusclesOptions,
  radiusScale: number,
): Built {
  const k = def.aspect ?? 1;
  // peak half-thickness b and half-width a = k b
  const b = (def.peakThicknessMm / 2) * radiusScale;
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
      clearance: def.clearance,
      outward: def.outward,
      rounds: def.rounds ?? 10,
      color: (t) => tintAt(def, t),
      uvScale: [
        Math.min(1, (2 * Math.PI * k * b) / o.uvWidthMm),
        Math.min(1, length / o.uvLengthMm),
      ],
    },
    field,
  );
  return { mesh, st, width: 2 * k * b, length, hMax: 2 * b };
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
