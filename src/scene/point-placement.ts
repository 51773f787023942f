import * as THREE from 'three';
import type { BilateralSide, LandmarkId, MuscleId, Side, StructureKey } from '../domain/anatomy';
import { MUSCLE_IDS } from '../domain/anatomy';
import {
  type LandmarkLookup,
  MOTOR_POINTS,
  type PlacedPoint,
  placeAllMotorPoints,
  type SurfaceQuery,
} from '../domain/motor-points';
import { type TissueSurface, tissueKindOf } from './bvh-tissue-query';
import type { LoadedModel } from './model-context';
import { buildSurfaces, faceNormal, type StructureSurface } from './model-surfaces';

export interface PointPlacement {
  placed: PlacedPoint[];
  errors: string[];
  surfaces: Map<StructureKey, StructureSurface>;
  /** Every structure a needle can meet, for the route rule. */
  tissue: TissueSurface[];
}

const query = new THREE.Vector3();
const normal = new THREE.Vector3();
const outward = new THREE.Vector3();
const ray = new THREE.Ray();
/** Thicker than any hip muscle (gluteus maximus ≈ 15–30 mm), so the far face is always found. */
const MAX_THICKNESS_M = 0.06;

/**
 * Closest point on a structure's surface. Given the body's vertical axis, it prefers the side
 * that faces away from the body:
 * when the nearest point lies on the muscle's deep face, the marker goes to the outer face
 * above it, where a clinician palpates and a needle enters.
 */
export function surfaceQueryOf(
  surfaces: Map<StructureKey, StructureSurface>,
  bodyAxis?: THREE.Vector3,
) {
  return (key: StructureKey, p: readonly [number, number, number]) => {
    const surface = surfaces.get(key);
    if (!surface) return undefined;
    query.set(p[0], p[1], p[2]);
    let hit = surface.bvh.closestPointToPoint(query);
    if (!hit) return undefined;
    faceNormal(surface, hit.faceIndex, normal);
    outward.set(query.x - (bodyAxis?.x ?? query.x), 0, query.z - (bodyAxis?.z ?? query.z));
    if (bodyAxis && outward.lengthSq() > 1e-8 && normal.dot(outward.normalize()) < 0) {
      // Through the muscle's thickness, opposite the deep face's normal, to the outer face.
      ray.origin.copy(hit.point);
      ray.direction.copy(normal).negate();
      const crossings = surface.bvh
        .raycast(ray, THREE.DoubleSide, 0.0005, MAX_THICKNESS_M)
        .sort((x, y) => x.distance - y.distance);
      const outer = crossings.at(-1);
      if (outer && outer.faceIndex !== undefined && outer.faceIndex !== null) {
        hit = {
          point: outer.point,
          distance: outer.point.distanceTo(query),
          faceIndex: outer.faceIndex,
        };
        faceNormal(surface, hit.faceIndex, normal);
      }
    }
    return {
      point: [hit.point.x, hit.point.y, hit.point.z] as const,
      normal: [normal.x, normal.y, normal.z] as const,
    };
  };
}

/**
 * Place every motor point record on this model: landmarks from its landmark nodes, surfaces
 * from its muscle meshes in the rest pose. Works for any model that meets the contract.
 */
export function placeMotorPointsOnModel(model: LoadedModel): PointPlacement {
  const keys = new Set<StructureKey>();
  for (const muscle of MUSCLE_IDS)
    for (const side of ['left', 'right'] as const) keys.add(`${muscle}:${side}`);
  for (const [key, { kind }] of model.index.structureKinds) if (tissueKindOf(kind)) keys.add(key);
  const surfaces = buildSurfaces(model.root, model.index, keys);
  const tissue: TissueSurface[] = [];
  for (const [key, surface] of surfaces) {
    const meta = model.index.structureKinds.get(key);
    const kind = tissueKindOf(meta?.kind);
    if (!kind) continue;
    const [id = key, side = 'midline'] = key.split(':');
    tissue.push({
      structure: { key, id, side, kind, atRisk: meta?.atRisk ?? false },
      bvh: surface.bvh,
    });
  }
  const landmarks: LandmarkLookup = (id: LandmarkId, side: Side) => {
    const p = model.index.landmarks.get(`${id}:${side}`);
    return p ? [p.x, p.y, p.z] : undefined;
  };
  return { ...placeOnSurfaces(surfaces, landmarks, model.bounds.center), tissue };
}

/**
 * Place every shown motor point record on given surfaces (rest pose, model space). Shared with
 * the on-model tests, so they check the placement the viewer draws.
 * @internal
 */
export function placeOnSurfaces(
  surfaces: Map<StructureKey, StructureSurface>,
  landmarks: LandmarkLookup,
  bodyAxis: THREE.Vector3,
): Omit<PointPlacement, 'tissue'> {
  // Stimulation sites and nerve-dense zones go on the outer face (where a clinician palpates);
  // nerve entry points stay on the nearest face, often the deep one, as the dissections report.
  const outerFace = surfaceQueryOf(surfaces, bodyAxis);
  const nearestFace = surfaceQueryOf(surfaces);
  const query = (closest: typeof outerFace): SurfaceQuery => ({
    closestPoint: (muscle: MuscleId, side: BilateralSide, p) => closest(`${muscle}:${side}`, p),
  });
  const outer = placeAllMotorPoints(
    MOTOR_POINTS.filter((r) => r.pointType !== 'nerve-entry'),
    landmarks,
    query(outerFace),
  );
  const nearest = placeAllMotorPoints(
    MOTOR_POINTS.filter((r) => r.pointType === 'nerve-entry'),
    landmarks,
    query(nearestFace),
  );
  const placed = [...outer.placed, ...nearest.placed];
  const errors = [...outer.errors, ...nearest.errors];
  return { placed, errors: errors.map((e) => e.message), surfaces };
}
