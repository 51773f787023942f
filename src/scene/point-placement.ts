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
import type { LoadedModel } from './model-context';
import { buildSurfaces, faceNormal, type StructureSurface } from './model-surfaces';

export interface PointPlacement {
  placed: PlacedPoint[];
  errors: string[];
  surfaces: Map<StructureKey, StructureSurface>;
}

const query = new THREE.Vector3();
const normal = new THREE.Vector3();

export function surfaceQueryOf(surfaces: Map<StructureKey, StructureSurface>) {
  return (key: StructureKey, p: readonly [number, number, number]) => {
    const surface = surfaces.get(key);
    if (!surface) return undefined;
    const hit = surface.bvh.closestPointToPoint(query.set(p[0], p[1], p[2]));
    if (!hit) return undefined;
    faceNormal(surface, hit.faceIndex, normal);
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
  const keys: StructureKey[] = [];
  for (const muscle of MUSCLE_IDS)
    for (const side of ['left', 'right'] as const) keys.push(`${muscle}:${side}`);
  for (const key of model.index.structures.keys()) {
    if (key.startsWith('skin:') || /-nerve:/.test(key)) keys.push(key);
  }
  const surfaces = buildSurfaces(model.root, model.index, keys);
  const closest = surfaceQueryOf(surfaces);
  const landmarks: LandmarkLookup = (id: LandmarkId, side: Side) => {
    const p = model.index.landmarks.get(`${id}:${side}`);
    return p ? [p.x, p.y, p.z] : undefined;
  };
  const surface: SurfaceQuery = {
    closestPoint: (muscle: MuscleId, side: BilateralSide, p) => closest(`${muscle}:${side}`, p),
  };
  const { placed, errors } = placeAllMotorPoints(MOTOR_POINTS, landmarks, surface);
  return { placed, errors: errors.map((e) => e.message), surfaces };
}
