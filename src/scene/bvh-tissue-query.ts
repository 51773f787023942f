import * as THREE from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import {
  isHazard,
  type ModelledStructure,
  type NearbyStructure,
  type SurfaceCrossing,
  TISSUE_KINDS,
  type TissueKind,
  type TissueQuery,
} from '../domain/needle';

/** A structure's surface in model space with its BVH. */
export interface TissueSurface {
  readonly structure: ModelledStructure;
  readonly bvh: MeshBVH;
}

const ray = new THREE.Ray();
const point = new THREE.Vector3();
const box = new THREE.Box3();

/** The tissue kind of a node's `extras.kind`, or `null` for kinds a needle does not meet. */
export function tissueKindOf(kind: string | undefined): TissueKind | null {
  return (TISSUE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as TissueKind) : null;
}

/**
 * The route rule's tissue port on BVHs of the model's surfaces (rest pose, model space, metres).
 * Shared by the viewer and the on-model tests, so both measure the same way.
 */
export function bvhTissueQuery(surfaces: readonly TissueSurface[]): TissueQuery {
  const hazards = surfaces.filter((s) => isHazard(s.structure));
  const boxes = new Map(surfaces.map((s) => [s, s.bvh.getBoundingBox(new THREE.Box3())]));
  return {
    crossings(origin, direction, maxM) {
      ray.origin.set(origin[0], origin[1], origin[2]);
      ray.direction.set(direction[0], direction[1], direction[2]);
      const out: SurfaceCrossing[] = [];
      for (const surface of surfaces) {
        const bounds = boxes.get(surface);
        if (bounds && !ray.intersectsBox(bounds)) continue;
        for (const hit of surface.bvh.raycast(ray, THREE.DoubleSide, 0, maxM))
          out.push({ structure: surface.structure, distanceM: hit.distance });
      }
      return out;
    },
    hazardsNear(p, radiusM) {
      point.set(p[0], p[1], p[2]);
      const out: NearbyStructure[] = [];
      for (const surface of hazards) {
        const bounds = boxes.get(surface);
        if (bounds && box.copy(bounds).expandByScalar(radiusM).containsPoint(point) === false)
          continue;
        const hit = surface.bvh.closestPointToPoint(point, undefined, 0, radiusM);
        if (hit && hit.distance <= radiusM)
          out.push({ structure: surface.structure, distanceM: hit.distance });
      }
      return out;
    },
  };
}
