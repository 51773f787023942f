import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { messages } from '../domain/messages';
import {
  MOTOR_POINTS,
  motorPointLabel,
  type PlacedPoint,
  POINT_TYPES,
  type PointType,
} from '../domain/motor-points';
import { type MarkerLook, markerLook, type ViewState } from '../domain/view-state';
import { useViewerStoreApi, type Vec3, type ViewerState } from '../state';
import {
  CONFIDENCE_COLORS,
  glyphGeometry,
  MARKER_RADIUS_M,
  markerScaleFor,
  SELECTED_COLOR,
} from './marker-style';
import { useLoadedModel } from './model-context';
import { NeedlePath } from './NeedlePath';
import { placeMotorPointsOnModel } from './point-placement';
import { regionPatchGeometry } from './region-patches';

const RECORD_BY_ID = new Map(MOTOR_POINTS.map((r) => [r.id, r]));

const UP = new THREE.Vector3(0, 1, 0);
const scratchMatrix = new THREE.Matrix4();
const scratchQuaternion = new THREE.Quaternion();
const scratchPosition = new THREE.Vector3();
const scratchNormal = new THREE.Vector3();
const scratchScale = new THREE.Vector3();
const scratchColor = new THREE.Color();
const WHITE = new THREE.Color('#ffffff');

/** The uncertainty regions as soft patches, coloured by confidence, fainter when dimmed. */
function regionGeometry(
  points: readonly PlacedPoint[],
  looks: readonly MarkerLook[],
): THREE.BufferGeometry {
  return regionPatchGeometry(
    points.flatMap((point, i) =>
      looks[i] === 'hidden'
        ? []
        : [
            {
              centre: point.region.centre,
              outline: point.region.points,
              normal: point.normal,
              color: CONFIDENCE_COLORS[point.confidence],
              centreAlpha: looks[i] === 'dimmed' ? 0.2 : 0.5,
              edgeAlpha: 0.08,
            },
          ],
    ),
  );
}

/**
 * Motor point markers: one instanced mesh per glyph (one draw call each), colour by confidence,
 * soft uncertainty patches on the muscle, and the needle path to the selected point.
 */
export function MotorPointLayer() {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const glyphs = useRef(new Map<PointType, THREE.InstancedMesh>());
  const midpoints = useRef<THREE.InstancedMesh>(null);
  const regions = useRef<THREE.Mesh>(null);
  const lastScale = useRef(0);
  const groupRef = useRef<THREE.Group>(null);

  const placement = useMemo(() => (model ? placeMotorPointsOnModel(model) : null), [model]);
  const byType = useMemo(() => {
    const groups = new Map<PointType, PlacedPoint[]>();
    for (const type of POINT_TYPES) groups.set(type, []);
    for (const point of placement?.placed ?? []) groups.get(point.pointType)?.push(point);
    return groups;
  }, [placement]);
  const geometries = useMemo(
    () => new Map(POINT_TYPES.map((type) => [type, glyphGeometry(type)] as const)),
    [],
  );
  const midpointGeometry = useMemo(() => glyphGeometry('midpoint'), []);
  const pointsById = useMemo(
    () => new Map((placement?.placed ?? []).map((p) => [p.id, p])),
    [placement],
  );

  useEffect(() => {
    if (!placement) return;
    const positions: Record<string, Vec3> = {};
    const normals: Record<string, Vec3> = {};
    for (const p of placement.placed) {
      positions[p.id] = p.position;
      normals[p.id] = p.normal;
    }
    store.getState().setPlacedPoints(positions, normals, placement.errors);
    store
      .getState()
      .setPlacedPointRecords(Object.fromEntries(placement.placed.map((p) => [p.id, p])));
  }, [placement, store]);

  // Position, size and colour of every glyph for a view. Allocation-free: it also runs from the
  // frame loop when the camera distance changes the marker size.
  const drawGlyphs = useMemo(() => {
    if (!placement) return () => undefined;
    return (view: ViewState, scale: number) => {
      for (const [type, points] of byType) {
        const mesh = glyphs.current.get(type);
        if (!mesh) continue;
        for (let i = 0; i < points.length; i++) {
          const point = points[i]!;
          const look = markerLook(view, point);
          const selected = view.point === point.id;
          scratchPosition.set(point.position[0], point.position[1], point.position[2]);
          scratchNormal.set(point.normal[0], point.normal[1], point.normal[2]);
          scratchQuaternion.setFromUnitVectors(UP, scratchNormal);
          const emphasis = selected ? 1.6 : look === 'dimmed' ? 0.8 : 1;
          scratchScale.setScalar(look === 'hidden' ? 0 : MARKER_RADIUS_M * scale * emphasis);
          mesh.setMatrixAt(
            i,
            scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale),
          );
          scratchColor.set(selected ? SELECTED_COLOR : CONFIDENCE_COLORS[point.confidence]);
          if (look === 'dimmed') scratchColor.lerp(WHITE, 0.55);
          mesh.setColorAt(i, scratchColor);
        }
        mesh.instanceMatrix.needsUpdate = true;
        if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
        mesh.computeBoundingSphere();
        const material = mesh.material as THREE.MeshStandardMaterial;
        material.depthTest = !view.markers.xray;
        // In x-ray, a marker behind tissue still takes the click (see visibleHitsOnly).
        mesh.userData.pickFirst = view.markers.xray;
        mesh.renderOrder = view.markers.xray ? 10 : 3;
      }
      const mid = midpoints.current;
      if (mid) {
        for (let i = 0; i < placement.placed.length; i++) {
          const point = placement.placed[i]!;
          const hidden = markerLook(view, point) === 'hidden' || point.region.shape === 'disc';
          scratchPosition.set(
            point.region.midpoint[0],
            point.region.midpoint[1],
            point.region.midpoint[2],
          );
          scratchScale.setScalar(hidden ? 0 : MARKER_RADIUS_M * scale);
          mid.setMatrixAt(
            i,
            scratchMatrix.compose(scratchPosition, scratchQuaternion.identity(), scratchScale),
          );
        }
        mid.instanceMatrix.needsUpdate = true;
        mid.computeBoundingSphere();
      }
    };
  }, [placement, byType]);

  // Redraw markers and regions when the view changes.
  useEffect(() => {
    if (!placement) return;
    const draw = (state: ViewerState) => {
      drawGlyphs(state.view, lastScale.current || 1);
      if (groupRef.current) {
        groupRef.current.userData.drawnPoints = placement.placed
          .filter((p) => markerLook(state.view, p) !== 'hidden')
          .map((p) => p.id);
      }
      if (regions.current) {
        const looks = placement.placed.map((p) => markerLook(state.view, p));
        regions.current.geometry.dispose();
        regions.current.geometry = regionGeometry(placement.placed, looks);
        regions.current.visible = state.view.markers.shown;
      }
      invalidate();
    };
    draw(store.getState());
    return store.subscribe((state, previous) => {
      if (state.view !== previous.view) draw(state);
    });
  }, [placement, drawGlyphs, store, invalidate]);

  // Markers keep a clickable size on screen: rescale when the camera distance changes enough.
  useFrame(() => {
    const scale = markerScaleFor(camera.position.length());
    if (Math.abs(scale - lastScale.current) < 0.08) return;
    lastScale.current = scale;
    drawGlyphs(store.getState().view, scale);
  });

  const onPointerMove = (type: PointType) => (event: ThreeEvent<PointerEvent>) => {
    const point = event.instanceId === undefined ? undefined : byType.get(type)?.[event.instanceId];
    if (!point || markerLook(store.getState().view, point) === 'hidden') return;
    event.stopPropagation();
    const record = RECORD_BY_ID.get(point.recordId);
    const rect = (event.nativeEvent.target as HTMLElement | null)?.getBoundingClientRect();
    store.getState().setHover({
      kind: 'point',
      key: point.id,
      label: `${record ? motorPointLabel(record) : point.recordId} (${point.side}) · ${messages.motorPoints.pointTypes[point.pointType].label}${point.axisUnverified ? ` · ${messages.motorPoints.axisUnverifiedShort}` : ''}`,
      x: event.nativeEvent.clientX - (rect?.left ?? 0),
      y: event.nativeEvent.clientY - (rect?.top ?? 0),
    });
  };
  const onClick = (type: PointType) => (event: ThreeEvent<MouseEvent>) => {
    const point = event.instanceId === undefined ? undefined : byType.get(type)?.[event.instanceId];
    if (!point || event.delta > 4 || markerLook(store.getState().view, point) === 'hidden') return;
    event.stopPropagation();
    store.getState().selectPoint(point.id as `${string}:${'left' | 'right'}`);
    const record = RECORD_BY_ID.get(point.recordId);
    store
      .getState()
      .announce(messages.layers.announceSelect(record ? motorPointLabel(record) : point.recordId));
  };
  const onPointerOut = () => {
    if (store.getState().hover?.kind === 'point') store.getState().setHover(null);
  };

  if (!placement) return null;
  return (
    <group name="motor-points" ref={groupRef}>
      <mesh ref={regions} renderOrder={2}>
        <bufferGeometry />
        <meshBasicMaterial
          vertexColors
          transparent
          depthWrite={false}
          side={THREE.DoubleSide}
          polygonOffset
          polygonOffsetFactor={-2}
        />
      </mesh>
      {POINT_TYPES.map((type) => {
        const count = byType.get(type)?.length ?? 0;
        if (count === 0) return null;
        return (
          <instancedMesh
            key={type}
            ref={(mesh) => {
              if (mesh) glyphs.current.set(type, mesh);
              else glyphs.current.delete(type);
            }}
            args={[geometries.get(type), undefined, count]}
            onPointerMove={onPointerMove(type)}
            onPointerOut={onPointerOut}
            onClick={onClick(type)}
            frustumCulled={false}
          >
            <meshStandardMaterial roughness={0.35} metalness={0} />
          </instancedMesh>
        );
      })}
      <instancedMesh
        ref={midpoints}
        args={[midpointGeometry, undefined, placement.placed.length]}
        frustumCulled={false}
      >
        <meshBasicMaterial color="#1b1b1b" />
      </instancedMesh>
      <NeedlePath points={pointsById} surfaces={placement.surfaces} />
    </group>
  );
}
