import type * as THREE from 'three';

/** Cast rays remembered at once; a click casts one ray (four events), a hover one more. */
const RAYS_KEPT = 4;

interface CastRay {
  object: THREE.Object3D;
  recursive: boolean;
  camera: THREE.Camera | undefined;
  origin: THREE.Vector3;
  direction: THREE.Vector3;
  near: number;
  far: number;
  firstHitOnly: boolean;
  hits: THREE.Intersection[];
}

export interface HitsBetweenFrames {
  /** Forget every ray: call before each frame (the pose, the camera or the model may change). */
  clear(): void;
  /** Give the raycaster its own `intersectObject` back. */
  dispose(): void;
}

type PickingRaycaster = THREE.Raycaster & { firstHitOnly?: boolean };

/**
 * A click sends pointermove, pointerdown, pointerup and click at one point, and React Three
 * Fiber casts the same ray through the model for each of them. Between two frames nothing the
 * ray meets can move (matrices, poses and camera change in frames), so the same ray gets the
 * same hits: they are kept until `clear()` and handed out again (as copies). Which hits are
 * shown or see-through is decided after this, from the current view, so it stays current.
 */
export function reuseHitsBetweenFrames(raycaster: PickingRaycaster): HitsBetweenFrames {
  const own = Object.hasOwn(raycaster, 'intersectObject') ? raycaster.intersectObject : undefined;
  const cast = raycaster.intersectObject;
  const rays: CastRay[] = [];
  const copy = (hit: THREE.Intersection): THREE.Intersection => ({
    ...hit,
    point: hit.point.clone(),
  });
  raycaster.intersectObject = function intersectObjectOnce<T extends THREE.Object3D>(
    this: PickingRaycaster,
    object: THREE.Object3D,
    recursive = true,
    intersects: THREE.Intersection<T>[] = [],
  ): THREE.Intersection<T>[] {
    const firstHitOnly = this.firstHitOnly === true;
    for (const r of rays) {
      if (
        r.object === object &&
        r.recursive === recursive &&
        r.camera === this.camera &&
        r.near === this.near &&
        r.far === this.far &&
        r.firstHitOnly === firstHitOnly &&
        r.origin.equals(this.ray.origin) &&
        r.direction.equals(this.ray.direction)
      ) {
        for (const hit of r.hits) intersects.push(copy(hit) as THREE.Intersection<T>);
        return intersects;
      }
    }
    const hits = cast.call(this, object, recursive) as THREE.Intersection[];
    if (rays.length >= RAYS_KEPT) rays.shift();
    rays.push({
      object,
      recursive,
      camera: this.camera,
      origin: this.ray.origin.clone(),
      direction: this.ray.direction.clone(),
      near: this.near,
      far: this.far,
      firstHitOnly,
      hits: hits.map(copy),
    });
    for (const hit of hits) intersects.push(hit as THREE.Intersection<T>);
    return intersects;
  };
  return {
    clear() {
      rays.length = 0;
    },
    dispose() {
      if (own) raycaster.intersectObject = own;
      else delete (raycaster as Partial<THREE.Raycaster>).intersectObject;
    },
  };
}
