import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { StructureKey } from '../domain/anatomy';
import type { PlacedPoint } from '../domain/motor-points';
import { type NerveDistance, summariseNeedlePath, type TissueCrossing } from '../domain/needle';
import { useViewerStoreApi, type ViewerState } from '../state';
import { MARKER_RADIUS_M, markerScaleFor, SELECTED_COLOR } from './marker-style';
import { useLoadedModel } from './model-context';
import type { StructureSurface } from './model-surfaces';

const NERVE_KEY = /-nerve:/;
const SKIN_KEY = 'skin:midline';
/** How far the drawn line reaches out beyond the skin, so its entry is easy to see. */
const OUTSIDE_M = 0.04;
const Z = new THREE.Vector3(0, 0, 1);

export interface NeedlePathProps {
  /** Placed points on this model, by id. */
  points: ReadonlyMap<string, PlacedPoint>;
  /** Surfaces of muscles, skin and nerves in the rest pose, for the measurements. */
  surfaces: ReadonlyMap<StructureKey, StructureSurface>;
}

/**
 * For the selected point: the straight line from the nearest skin point, drawn through tissue,
 * a ring at the point, and the measurements the card shows (depth, tissues crossed in order,
 * nearest modelled nerve). Measured once per selection, never per frame.
 */
export function NeedlePath({ points, surfaces }: NeedlePathProps) {
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  // Model-space lengths to the fitted patient's real millimetres.
  const bodyScale = useLoadedModel()?.bodyScale ?? 1;
  const { line, ring } = useMemo(() => {
    const path = new THREE.Line(
      new THREE.BufferGeometry(),
      new THREE.LineBasicMaterial({ color: SELECTED_COLOR, depthTest: false }),
    );
    path.visible = false;
    path.renderOrder = 11;
    const mark = new THREE.Mesh(
      new THREE.TorusGeometry(1.6, 0.35, 10, 32),
      new THREE.MeshBasicMaterial({ color: SELECTED_COLOR, depthTest: false }),
    );
    mark.visible = false;
    mark.renderOrder = 12;
    mark.raycast = () => undefined;
    return { line: path, ring: mark };
  }, []);

  useEffect(() => {
    const ray = new THREE.Ray();
    const measure = (state: ViewerState, remeasure = false) => {
      const point = state.view.point ? points.get(state.view.point) : undefined;
      if (!point) {
        line.visible = false;
        ring.visible = false;
        if (state.needle) state.setNeedle(null);
        invalidate();
        return;
      }
      if (!remeasure && state.needle?.pointKey === point.id) return;
      const target = new THREE.Vector3(...point.position);
      const skinHit = surfaces.get(SKIN_KEY)?.bvh.closestPointToPoint(target);
      const start = skinHit
        ? skinHit.point.clone()
        : target.clone().addScaledVector(new THREE.Vector3(...point.normal), 0.03);
      const lengthM = start.distanceTo(target);
      ray.set(start, target.clone().sub(start).normalize());
      const crossings: TissueCrossing[] = skinHit ? [{ key: SKIN_KEY, entryM: 0 }] : [];
      const nerves: NerveDistance[] = [];
      for (const [key, surface] of surfaces) {
        if (NERVE_KEY.test(key)) {
          const hit = surface.bvh.closestPointToPoint(target);
          const [nerve, side] = key.split(':') as [NerveDistance['nerve'], NerveDistance['side']];
          if (hit) nerves.push({ nerve, side, distanceM: hit.distance });
        } else if (key !== SKIN_KEY) {
          const hit = surface.bvh.raycastFirst(ray, THREE.DoubleSide, 0, lengthM + 0.002);
          if (hit) crossings.push({ key, entryM: hit.distance });
        }
      }
      crossings.push({ key: `${point.muscle}:${point.side}` as StructureKey, entryM: lengthM });
      state.setNeedle({
        pointKey: point.id,
        skinPoint: skinHit ? [start.x, start.y, start.z] : null,
        summary: summariseNeedlePath({
          lengthM: (skinHit ? lengthM : 0) * bodyScale,
          crossings: crossings.map((c) => ({ ...c, entryM: c.entryM * bodyScale })),
          nerves: nerves.map((n) => ({ ...n, distanceM: n.distanceM * bodyScale })),
        }),
      });
      ring.position.copy(target);
      ring.quaternion.setFromUnitVectors(Z, new THREE.Vector3(...point.normal));
      ring.scale.setScalar(MARKER_RADIUS_M * Math.max(1, markerScaleFor(camera.position.length())));
      ring.visible = true;
      line.geometry.setFromPoints([
        start.clone().addScaledVector(ray.direction, -OUTSIDE_M),
        target,
      ]);
      line.visible = true;
      invalidate();
    };
    // New surfaces (another body fitted) change the depths: measure again.
    measure(store.getState(), true);
    return store.subscribe((state, previous) => {
      if (state.view.point !== previous.view.point) measure(state);
    });
  }, [points, surfaces, store, invalidate, camera, line, ring, bodyScale]);

  return (
    <>
      <primitive object={line} />
      <primitive object={ring} />
    </>
  );
}
