import { useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import * as THREE from 'three';
import type { Vec3 } from '../domain/geometry';
import { MOTOR_POINTS, type PlacedPoint } from '../domain/motor-points';
import { guideNeedle, type ModelledStructure, type TissueQuery } from '../domain/needle';
import { useViewerSubscription } from '../state';
import { MARKER_RADIUS_M, markerScaleFor, SELECTED_COLOR } from './marker-style';
import { useLoadedModel } from './model-context';
import type { StructureSurface } from './model-surfaces';

const SKIN_KEY = 'skin:midline';
const RECORD_BY_ID = new Map(MOTOR_POINTS.map((r) => [r.id, r]));
/** How far the drawn line reaches out beyond the skin, so its entry is easy to see. */
const OUTSIDE_M = 0.04;
const Z = new THREE.Vector3(0, 0, 1);

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
  const modelledIds = useMemo(() => new Set(structures.map((s) => s.id)), [structures]);
  const byKey = useMemo(() => new Map(structures.map((s) => [s.key, s])), [structures]);

  // New surfaces (another body fitted) change the depths: measure again (`remeasure`).
  useViewerSubscription(
    (state) => state.view.point,
    (_, state, remeasure) => {
      const point = state.view.point ? points.get(state.view.point) : undefined;
      const record = point ? RECORD_BY_ID.get(point.recordId) : undefined;
      if (!point || !record) {
        line.visible = false;
        ring.visible = false;
        if (state.needle) state.setNeedle(null);
        invalidate();
        return;
      }
      if (!remeasure && state.needle?.pointKey === point.id) return;
      const target = new THREE.Vector3(...point.position);
      const preferred: Vec3[] = [point.normal];
      const skinHit = surfaces.get(SKIN_KEY)?.bvh.closestPointToPoint(target);
      if (skinHit) {
        const toSkin = skinHit.point.clone().sub(target);
        if (toSkin.lengthSq() > 1e-10) preferred.unshift([toSkin.x, toSkin.y, toSkin.z]);
      }
      const guidance = guideNeedle(
        record,
        {
          position: point.position,
          structure: byKey.get(`${point.muscle}:${point.side}`),
          preferredDirections: preferred,
          realScale: bodyScale,
        },
        tissue,
        modelledIds,
      );
      state.setNeedle({ pointKey: point.id, guidance });
      attach?.(group, point);
      ring.position.copy(target);
      ring.quaternion.setFromUnitVectors(Z, new THREE.Vector3(...point.normal));
      ring.scale.setScalar(MARKER_RADIUS_M * Math.max(1, markerScaleFor(camera.position.length())));
      ring.visible = true;
      const route = guidance.route;
      if (route?.kind === 'route') {
        const entry = new THREE.Vector3(...route.skinEntry);
        const direction = new THREE.Vector3(...route.direction);
        line.geometry.setFromPoints([entry.addScaledVector(direction, -OUTSIDE_M), target]);
        line.visible = true;
      } else {
        // No straight route on this model: draw none (the card says why).
        line.visible = false;
      }
      invalidate();
    },
    [
      points,
      surfaces,
      tissue,
      modelledIds,
      byKey,
      invalidate,
      camera,
      line,
      ring,
      group,
      attach,
      bodyScale,
    ],
  );

  return <primitive object={group} />;
}
