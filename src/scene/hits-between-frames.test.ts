import * as THREE from 'three';
import { describe, expect, it, vi } from 'vitest';
import { reuseHitsBetweenFrames } from './hits-between-frames';

/** A 1 m square facing +z at z = 0, in a group as a model's meshes are. */
function scene() {
  const root = new THREE.Group();
  const square = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), new THREE.MeshBasicMaterial());
  root.add(square);
  root.updateMatrixWorld(true);
  const cast = vi.spyOn(square, 'raycast');
  return { root, square, cast };
}

const rayAt = (raycaster: THREE.Raycaster, x: number) =>
  raycaster.set(new THREE.Vector3(x, 0, 5), new THREE.Vector3(0, 0, -1));

describe('reuseHitsBetweenFrames', () => {
  it('casts a ray once for the four events of a click, and hands out equal copies', () => {
    const { root, cast } = scene();
    const raycaster = new THREE.Raycaster();
    reuseHitsBetweenFrames(raycaster);
    rayAt(raycaster, 0.1);
    const first = raycaster.intersectObject(root, true);
    const again = [1, 2, 3].map(() => raycaster.intersectObject(root, true));
    expect(cast, 'the square is tested once').toHaveBeenCalledTimes(1);
    expect(first).toHaveLength(1);
    for (const hits of again) {
      expect(hits).toHaveLength(1);
      expect(hits[0]?.distance).toBeCloseTo(5, 6);
      expect(hits[0]?.point.toArray()).toEqual(first[0]?.point.toArray());
      // A handler that moves its hit point does not move the next event's.
      expect(hits[0]?.point).not.toBe(first[0]?.point);
    }
  });

  it('casts again for another ray, another option or after a frame', () => {
    const { root, square, cast } = scene();
    const raycaster = new THREE.Raycaster() as THREE.Raycaster & { firstHitOnly?: boolean };
    const hits = reuseHitsBetweenFrames(raycaster);
    rayAt(raycaster, 0.1);
    raycaster.intersectObject(root, true);
    rayAt(raycaster, 0.2);
    expect(raycaster.intersectObject(root, true)[0]?.point.x).toBeCloseTo(0.2, 6);
    expect(cast, 'a new ray').toHaveBeenCalledTimes(2);
    raycaster.firstHitOnly = true;
    raycaster.intersectObject(root, true);
    expect(cast, 'first hit only').toHaveBeenCalledTimes(3);
    raycaster.intersectObject(square, false);
    expect(cast, 'another object').toHaveBeenCalledTimes(4);
    // The square moves in the next frame: the same ray now misses it.
    square.position.x = 3;
    root.updateMatrixWorld(true);
    hits.clear();
    expect(raycaster.intersectObject(root, true)).toHaveLength(0);
    expect(cast, 'after clear()').toHaveBeenCalledTimes(5);
  });

  it('appends to the list it is given, as three does', () => {
    const { root } = scene();
    const raycaster = new THREE.Raycaster();
    reuseHitsBetweenFrames(raycaster);
    rayAt(raycaster, 0.1);
    const list: THREE.Intersection[] = [];
    raycaster.intersectObject(root, true, list);
    raycaster.intersectObject(root, true, list);
    expect(list).toHaveLength(2);
  });

  it('gives the raycaster its own method back', () => {
    const raycaster = new THREE.Raycaster();
    const hits = reuseHitsBetweenFrames(raycaster);
    expect(raycaster.intersectObject).not.toBe(THREE.Raycaster.prototype.intersectObject);
    hits.dispose();
    expect(raycaster.intersectObject).toBe(THREE.Raycaster.prototype.intersectObject);
    expect(Object.hasOwn(raycaster, 'intersectObject')).toBe(false);
  });
});
