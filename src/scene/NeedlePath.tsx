import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { PlacedPoint } from '../domain/motor-points';
import {
  type ModelledStructure,
  type NeedleModel,
  needleForPoint,
  type TissueQuery,
} from '../domain/needle';
import { useViewerSubscription } from '../state';
import { MARKER_RADIUS_M, markerScaleFor, SELECTED_COLOR } from './marker-style';
import { useLoadedModel } from './model-context';
import type { StructureSurface } from './model-surfaces';

const SKIN_KEY = 'skin:midline';
const Z = new THREE.Vector3(0, 0, 1);
const probe = new THREE.Vector3();

export interface NeedlePathProps {
  /** Placed points on this model, by id. */
  points: ReadonlyMap<string, PlacedPoint>;
  /** Surfaces of muscles and skin in the rest pose, for the nearest skin point. */
  surfaces: ReadonlyMap<string, StructureSurface>;
  /** What a needle meets on this model (bones, muscles, skin, nerves, vessels, organs). */
  tissue: TissueQuery;
  /** Every structure the model has, for the route rule and the "not modelled" list. */
  structures: readonly ModelledStructure[];
  /** Called with the object the route and ring hang under, so they follow the posed body. */
  attach?: (object: THREE.Object3D, point: PlacedPoint) => void;
}

/**
 * For the selected point: the guidance the domain decides (a safe straight route, or the
 * published image-guided technique, or none for electrode sites), a line for a drawn route and
 * a ring at the point. Computed once per selection, never per frame.
 */
export function NeedlePath({ points, surfaces, tissue, structures, attach }: NeedlePathProps) {
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  // Model-space lengths to the fitted patient's real millimetres.
  const bodyScale = useLoadedModel()?.bodyScale ?? 1;
  const { group, line, ring } = useMemo(() => {
    const holder = new THREE.Group();
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
    holder.add(path, mark);
    return { group: holder, line: path, ring: mark };
  }, []);
  // The line and ring are <primitive>s, which R3F never frees: free them with the layer.
  useEffect(
    () => () => {
      for (const object of [line, ring]) {
        object.geometry.dispose();
        object.material.dispose();
      }
    },
    [line, ring],
  );
  const needleModel = useMemo<NeedleModel>(
    () => ({
      tissue,
      structures,
      realScale: bodyScale,
      nearestSkinPoint: (p) => {
        const hit = surfaces.get(SKIN_KEY)?.bvh.closestPointToPoint(probe.set(p[0], p[1], p[2]));
        return hit ? [hit.point.x, hit.point.y, hit.point.z] : undefined;
      },
    }),
    [tissue, structures, bodyScale, surfaces],
  );

  // New surfaces (another body fitted) change the depths: measure again (`remeasure`).
  useViewerSubscription(
    (state) => state.view.point,
    (_, state, remeasure) => {
      const point = state.view.point ? points.get(state.view.point) : undefined;
      if (point && !remeasure && state.needle?.pointKey === point.id) return;
      const needle = point ? needleForPoint(point, needleModel) : null;
      if (!point || needle?.kind !== 'guided') {
        line.visible = false;
        ring.visible = false;
        if (state.needle) state.setNeedle(null);
        invalidate();
        return;
      }
      state.setNeedle({ pointKey: point.id, guidance: needle.guidance });
      attach?.(group, point);
      ring.position.set(...point.position);
      ring.quaternion.setFromUnitVectors(Z, new THREE.Vector3(...point.normal));
      ring.scale.setScalar(MARKER_RADIUS_M * Math.max(1, markerScaleFor(camera.position.length())));
      ring.visible = true;
      // No straight route on this model: draw none (the card says why).
      line.visible = needle.line !== null;
      if (needle.line) {
        line.geometry.setFromPoints(needle.line.map((p) => new THREE.Vector3(...p)));
      }
      invalidate();
    },
    [points, needleModel, invalidate, camera, line, ring, group, attach],
  );

  return <primitive object={group} />;
}
