import { AT_RISK_STRUCTURES, type Side } from '../../src/domain/anatomy';
import { crossingsOf } from '../context/build-context-muscles';
import { pushOutOf, shapedTube } from '../context/shaped-tube';
import type { SkinnedSpec } from '../gltf/model-spec';
import type { Vec3 } from '../math/vec3';
import { mergeMeshes, mirrorMesh } from '../mesh/merge-meshes';
import { areaWeightedNormals } from '../mesh/mesh-measures';
import type { TriMesh } from '../mesh/mesh-types';
import { tube } from '../mesh/tube';
import { axesWithThird, ellipsoid, type Sdf } from '../sdf/sdf';
import type { JointId } from '../skeleton/skeleton';
import { chainWeights } from '../skinning/blend-weights';
import { AT_RISK_TUBES, KIDNEY, PERITONEAL_SECTIONS } from './at-risk-defs';

export interface AtRiskFields {
  /** Bones (right side and midline): nothing at risk passes through bone. */
  bones: Sdf;
  /** Bones and the hip muscles: the cavity boundary stays outside them. */
  tissue: Sdf;
  /** The skin surface: vessels near the surface stay under it. */
  skin: Sdf;
}

export interface BuildAtRiskOptions {
  /** Vertices around each vessel or nerve and rings along it. */
  tubeSegments: number;
  tubeRings: number;
  /** The abdominal wall in front of the peritoneal cavity (mm, skin to cavity). */
  abdominalWallMm: number;
  /** Gap kept between the cavity and muscle or bone (mm). */
  cavityClearanceMm: number;
}

const BUILD_AT_RISK_DEFAULTS: BuildAtRiskOptions = {
  tubeSegments: 8,
  tubeRings: 20,
  abdominalWallMm: 15,
  cavityClearanceMm: 2,
};

const KIND = new Map<string, (typeof AT_RISK_STRUCTURES)[number]>(
  AT_RISK_STRUCTURES.map((s) => [s.id, s]),
);
const bilateralJoint = (id: JointId) => id === 'hip' || id === 'knee';

function spec(
  id: string,
  side: Side,
  mesh: TriMesh,
  joints: readonly JointId[],
  w: { jointIndices: Uint8Array; weights: Float32Array },
): SkinnedSpec {
  const s = KIND.get(id)!;
  return {
    kind: s.kind,
    id,
    side,
    layer: s.layer,
    material: s.kind === 'nerve' ? 'nerve' : s.kind === 'vessel' ? 'vessel' : 'organ',
    atRisk: true,
    mesh,
    joints: joints.map((j) => ({
      id: j,
      side: (bilateralJoint(j) && side !== 'midline' ? side : 'midline') as Side,
    })),
    jointIndices: w.jointIndices,
    weights: w.weights,
  };
}

/** A closed ellipsoid mesh: a UV sphere with one vertex per pole, mapped onto the axes. */
function ellipsoidMesh(
  c: Vec3,
  radii: Vec3,
  axes: readonly [Vec3, Vec3, Vec3],
  segments: number,
  rings: number,
): TriMesh {
  const pos: number[] = [];
  const put = (th: number, ph: number) => {
    const a = Math.cos(th) * radii[0];
    const b = Math.sin(th) * Math.cos(ph) * radii[1];
    const d = Math.sin(th) * Math.sin(ph) * radii[2];
    for (let k = 0; k < 3; k++)
      pos.push(c[k]! + axes[0][k]! * a + axes[1][k]! * b + axes[2][k]! * d);
  };
  put(0, 0);
  for (let r = 1; r < rings; r++) {
    for (let s = 0; s < segments; s++) put((Math.PI * r) / rings, (2 * Math.PI * s) / segments);
  }
  put(Math.PI, 0);
  const south = pos.length / 3 - 1;
  const at = (r: number, s: number) => 1 + (r - 1) * segments + (s % segments);
  const idx: number[] = [];
  for (let s = 0; s < segments; s++) {
    idx.push(0, at(1, s), at(1, s + 1));
    idx.push(south, at(rings - 1, s + 1), at(rings - 1, s));
    for (let r = 1; r < rings - 1; r++) {
      idx.push(at(r, s), at(r + 1, s), at(r + 1, s + 1), at(r, s), at(r + 1, s + 1), at(r, s + 1));
    }
  }
  const positions = new Float32Array(pos);
  const indices = new Uint32Array(idx);
  return { positions, indices, normals: areaWeightedNormals(positions, indices) };
}

function kidney(side: 'left' | 'right') {
  const raise = side === 'left' ? KIDNEY.leftRaiseMm : 0;
  const c: Vec3 = [KIDNEY.centre[0], KIDNEY.centre[1] + raise, KIDNEY.centre[2]];
  const axes = axesWithThird(KIDNEY.upperPoleDirection, [0.87, 0, -0.5]);
  const radii: Vec3 = [KIDNEY.lengthMm / 2, KIDNEY.widthMm / 2, KIDNEY.thicknessMm / 2];
  const mesh = ellipsoidMesh(c, radii, axes, 14, 10);
  const sdf = ellipsoid(c, radii, axes);
  return { mesh: side === 'left' ? mirrorMesh(mesh) : mesh, sdf };
}

/** The peritoneal cavity boundary: lofted sections pushed inside the wall and off the tissues. */
function peritonealCavity(
  fields: AtRiskFields,
  kidneys: readonly Sdf[],
  o: BuildAtRiskOptions,
): TriMesh {
  const centres: Vec3[] = PERITONEAL_SECTIONS.map(([y, x]) => [x, y, 0]);
  const radii = PERITONEAL_SECTIONS.map(([, , depth, width]) => [width, depth] as const);
  const { mesh } = tube(centres, radii, { segments: 20, caps: true, up: [0, 0, 1] });
  const mirrored =
    (f: Sdf): Sdf =>
    (x, y, z) =>
      f(x, y, Math.abs(z));
  const obstacles: Sdf = (x, y, z) =>
    Math.min(
      mirrored(fields.tissue)(x, y, z) - o.cavityClearanceMm,
      ...kidneys.map((k) => k(x, y, z) - o.cavityClearanceMm),
    );
  const insideWall: Sdf = (x, y, z) => -mirrored(fields.skin)(x, y, z) - o.abdominalWallMm;
  for (let pass = 0; pass < 3; pass++) {
    pushOutOf(mesh, insideWall, { clearanceMm: 0 });
    pushOutOf(mesh, obstacles, { clearanceMm: 0 });
  }
  return mesh;
}

/**
 * The structures at risk for needling, both sides (docs/model-contract.md): vessels and the
 * two nerves as tubes, the kidneys as ellipsoids and the peritoneal cavity as one closed surface.
 */
export function buildAtRisk(
  fields: AtRiskFields,
  options: Partial<BuildAtRiskOptions> = {},
): SkinnedSpec[] {
  const o = { ...BUILD_AT_RISK_DEFAULTS, ...options };
  const out: SkinnedSpec[] = [];
  for (const def of AT_RISK_TUBES) {
    const meshes: TriMesh[] = [];
    const joints: Uint8Array[] = [];
    const weights: Float32Array[] = [];
    for (const branch of def.branches) {
      const { mesh, along } = shapedTube(branch.course, branch.radiusMm, branch.profile, {
        segments: o.tubeSegments,
        rings: o.tubeRings,
      });
      pushOutOf(mesh, fields.bones, { clearanceMm: 0.8 });
      if (def.minDepthMm !== null) {
        const depth = def.minDepthMm;
        pushOutOf(mesh, (x, y, z) => -fields.skin(x, y, z) - depth, { clearanceMm: 0 });
      }
      const w = chainWeights(along, crossingsOf(branch.course, def.joints), 0.08);
      meshes.push(mesh);
      joints.push(w.jointIndices);
      weights.push(w.weights);
    }
    const mesh = mergeMeshes(meshes);
    const w = {
      jointIndices: Uint8Array.from(joints.flatMap((j) => [...j])),
      weights: Float32Array.from(weights.flatMap((j) => [...j])),
    };
    out.push(spec(def.id, 'right', mesh, def.joints, w));
    out.push(spec(def.id, 'left', mirrorMesh(mesh), def.joints, w));
  }
  const right = kidney('right');
  const left = kidney('left');
  const rigid = (n: number, joint = 0) => ({
    jointIndices: new Uint8Array(n * 4).map((_, i) => (i % 4 === 0 ? joint : 0)),
    weights: new Float32Array(n * 4).map((_, i) => (i % 4 === 0 ? 1 : 0)),
  });
  for (const [side, k] of [
    ['right', right],
    ['left', left],
  ] as const) {
    out.push(spec('kidney', side, k.mesh, ['L2-L3'], rigid(k.mesh.positions.length / 3)));
  }
  // the left kidney was modelled on the right and mirrored: read its field mirrored back
  const kidneyFields: Sdf[] = [right.sdf, (x, y, z) => left.sdf(x, y, -z)];
  const cavity = peritonealCavity(fields, kidneyFields, o);
  out.push(
    spec('peritoneal-cavity', 'midline', cavity, ['pelvis'], rigid(cavity.positions.length / 3)),
  );
  return out;
}
