import * as THREE from 'three';
import {
  ACUPUNCTURE_POINTS,
  type PlacedAcupuncturePoint,
  placeAllAcupuncturePoints,
  type SkinQuery,
} from '../domain/acupuncture';
import type { BilateralSide, LandmarkId, MuscleId, Side, StructureKey } from '../domain/anatomy';
import { MUSCLE_IDS } from '../domain/anatomy';
import { facesBodyAxis, type Vec3 } from '../domain/geometry';
import {
  type LandmarkLookup,
  MOTOR_POINTS,
  type PlacedPoint,
  type PlacementError,
  placeAllMotorPoints,
  type SurfaceFace,
  type SurfaceQuery,
} from '../domain/motor-points';
import { type TissueSurface, tissueKindOf } from './bvh-tissue-query';
import type { LoadedModel } from './model-context';
import { buildSurfaces, faceNormal, type StructureSurface } from './model-surfaces';

export interface PointPlacement {
  placed: PlacedPoint[];
  /** Records that could not be placed, with why (structured; the store keeps the messages). */
  errors: PlacementError[];
  surfaces: Map<StructureKey, StructureSurface>;
  /** Every structure a needle can meet, for the route rule. */
  tissue: TissueSurface[];
}

const query = new THREE.Vector3();
const normal = new THREE.Vector3();
const ray = new THREE.Ray();
/** Thicker than any hip muscle (gluteus maximus ≈ 15–30 mm), so the far face is always found. */
const MAX_THICKNESS_M = 0.06;

/**
 * Closest point on a structure's surface, on the face asked for. For the `outer` face (which the
 * domain asks for by point type) a nearest point that lies on the deep face, turned toward the
 * body's vertical axis through `bodyAxis`, moves through the muscle's thickness to the face
 * above it. Without `bodyAxis` every face is the nearest.
 */
function surfaceQueryOf(surfaces: Map<StructureKey, StructureSurface>, bodyAxis?: Vec3) {
  return (key: StructureKey, p: Vec3, face: SurfaceFace = 'nearest') => {
    const surface = surfaces.get(key);
    if (!surface) return undefined;
    query.set(p[0], p[1], p[2]);
    let hit = surface.bvh.closestPointToPoint(query);
    if (!hit) return undefined;
    faceNormal(surface, hit.faceIndex, normal);
    if (
      face === 'outer' &&
      bodyAxis &&
      facesBodyAxis(p, [normal.x, normal.y, normal.z], bodyAxis)
    ) {
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
  const { center } = model.bounds;
  return {
    ...placeOnSurfaces(surfaces, landmarksOf(model), [center.x, center.y, center.z]),
    tissue,
  };
}

/** The model's landmark nodes as the domain's landmark port. */
function landmarksOf(model: LoadedModel): LandmarkLookup {
  return (id: LandmarkId, side: Side) => {
    const p = model.index.landmarks.get(`${id}:${side}`);
    return p ? [p.x, p.y, p.z] : undefined;
  };
}

/**
 * Place every shown motor point record on given surfaces (rest pose, model space). Shared with
 * the on-model tests, so they check the placement the viewer draws.
 * @internal
 */
export function placeOnSurfaces(
  surfaces: Map<StructureKey, StructureSurface>,
  landmarks: LandmarkLookup,
  bodyAxis: Vec3,
): Omit<PointPlacement, 'tissue'> {
  const closest = surfaceQueryOf(surfaces, bodyAxis);
  const query: SurfaceQuery = {
    closestPoint: (muscle: MuscleId, side: BilateralSide, p, face) =>
      closest(`${muscle}:${side}`, p, face),
  };
  const { placed, errors } = placeAllMotorPoints(MOTOR_POINTS, landmarks, query);
  return { placed, errors, surfaces };
}

const SKIN: StructureKey = 'skin:midline';

/** Place every acupuncture point on the model's skin (rest pose), from its landmark nodes. */
export function placeAcupunctureOnModel(model: LoadedModel): {
  placed: PlacedAcupuncturePoint[];
  errors: PlacementError[];
} {
  const closest = surfaceQueryOf(buildSurfaces(model.root, model.index, [SKIN]));
  const skin: SkinQuery = { closestPoint: (_target, _side, p) => closest(SKIN, p) };
  return placeAllAcupuncturePoints(ACUPUNCTURE_POINTS, landmarksOf(model), skin);
}
