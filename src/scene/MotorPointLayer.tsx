import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { StructureKey } from '../domain/anatomy';
import { STRUCTURES } from '../domain/anatomy';
import { messages } from '../domain/messages';
import {
  type Confidence,
  MOTOR_POINTS,
  motorPointLabel,
  type PlacedPoint,
  POINT_TYPES,
  type PointType,
} from '../domain/motor-points';
import { summariseNeedlePath, type TissueCrossing } from '../domain/needle';
import { effectiveVisibility, type ViewState } from '../domain/view-state';
import { useViewerStoreApi, type Vec3, type ViewerState } from '../state';
import { CONFIDENCE_COLORS, glyphGeometry, MARKER_RADIUS_M, SELECTED_COLOR } from './marker-style';
import { useLoadedModel } from './model-context';
import { placeMotorPointsOnModel } from './point-placement';

const STRUCTURE_BY_KEY = new Map(STRUCTURES.map((s) => [`${s.id}:${s.side}`, s]));
const RECORD_BY_ID = new Map(MOTOR_POINTS.map((r) => [r.id, r]));
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, moderate: 1, low: 0 };

/** How a point is drawn now: hidden, dimmed (its muscle is see-through) or shown. */
function pointLook(view: ViewState, point: PlacedPoint): 'hidden' | 'dimmed' | 'shown' {
  const m = view.markers;
  if (!m.shown || !m.types.includes(point.pointType)) return 'hidden';
  if (m.minConfidence && CONFIDENCE_RANK[point.confidence] < CONFIDENCE_RANK[m.minConfidence])
    return 'hidden';
  if (m.muscle && m.muscle !== point.muscle) return 'hidden';
  const structure = STRUCTURE_BY_KEY.get(`${point.muscle}:${point.side}`);
  const visibility = structure ? effectiveVisibility(view, structure) : 'hidden';
  return visibility === 'hidden' ? 'hidden' : visibility === 'ghosted' ? 'dimmed' : 'shown';
}

const UP = new THREE.Vector3(0, 1, 0);
const scratchMatrix = new THREE.Matrix4();
const scratchQuaternion = new THREE.Quaternion();
const scratchPosition = new THREE.Vector3();
const scratchNormal = new THREE.Vector3();
const scratchScale = new THREE.Vector3();
const scratchColor = new THREE.Color();
const WHITE = new THREE.Color('#ffffff');

/** Soft patches for the uncertainty regions: a fan per region, opaque at the centre, fading out. */
function regionGeometry(
  points: readonly PlacedPoint[],
  looks: readonly string[],
): THREE.BufferGeometry {
  const positions: number[] = [];
  const colors: number[] = [];
  const indices: number[] = [];
  points.forEach((point, i) => {
    if (looks[i] === 'hidden') return;
    const color = new THREE.Color(CONFIDENCE_COLORS[point.confidence]);
    const lift = new THREE.Vector3(...point.normal).multiplyScalar(0.0015);
    const base = positions.length / 3;
    const centre = new THREE.Vector3(...point.region.centre).add(lift);
    positions.push(centre.x, centre.y, centre.z);
    const alpha = looks[i] === 'dimmed' ? 0.2 : 0.5;
    colors.push(color.r, color.g, color.b, alpha);
    for (const p of point.region.points) {
      positions.push(p[0] + lift.x, p[1] + lift.y, p[2] + lift.z);
      colors.push(color.r, color.g, color.b, 0.08);
    }
    const n = point.region.points.length;
    for (let k = 0; k < n; k++) indices.push(base, base + 1 + k, base + 1 + ((k + 1) % n));
  });
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new THREE.Float32BufferAttribute(colors, 4));
  geometry.setIndex(indices);
  return geometry;
}

/**
 * Motor point markers: one instanced mesh per glyph (one draw call each), colour by confidence,
 * soft uncertainty patches on the muscle, a needle line to the selected point.
 */
export function MotorPointLayer() {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const glyphs = useRef(new Map<PointType, THREE.InstancedMesh>());
  const midpoints = useRef<THREE.InstancedMesh>(null);
  const regions = useRef<THREE.Mesh>(null);
  const needle = useMemo(() => {
    const line = new THREE.Line(
      new THREE.BufferGeometry(),
      new THREE.LineBasicMaterial({ color: SELECTED_COLOR, depthTest: false }),
    );
    line.visible = false;
    line.renderOrder = 11;
    return line;
  }, []);
  const needleLine = useRef<THREE.Line>(needle);
  // The selected point is drawn through tissue, so its needle path always ends at a visible mark.
  const selectedMark = useMemo(() => {
    const mark = new THREE.Mesh(
      new THREE.TorusGeometry(1.6, 0.35, 10, 32),
      new THREE.MeshBasicMaterial({ color: SELECTED_COLOR, depthTest: false }),
    );
    mark.visible = false;
    mark.renderOrder = 12;
    mark.raycast = () => undefined;
    return mark;
  }, []);
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
          const look = pointLook(view, point);
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
          const hidden = pointLook(view, point) === 'hidden' || point.region.shape === 'disc';
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
          .filter((p) => pointLook(state.view, p) !== 'hidden')
          .map((p) => p.id);
      }
      if (regions.current) {
        const looks = placement.placed.map((p) => pointLook(state.view, p));
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
    const distance = camera.position.length();
    const scale = Math.min(2.2, Math.max(0.6, distance / 1.6));
    if (Math.abs(scale - lastScale.current) < 0.08) return;
    lastScale.current = scale;
    drawGlyphs(store.getState().view, scale);
  });

  // The needle line to the selected point, and its measurements for the card.
  useEffect(() => {
    if (!placement) return;
    const raycaster = new THREE.Raycaster();
    const measure = (state: ViewerState) => {
      const key = state.view.point;
      const point = key ? placement.placed.find((p) => p.id === key) : undefined;
      const line = needleLine.current;
      if (!point) {
        if (line) line.visible = false;
        selectedMark.visible = false;
        if (state.needle) state.setNeedle(null);
        invalidate();
        return;
      }
      if (state.needle?.pointKey === point.id) return;
      const target = new THREE.Vector3(...point.position);
      const skin = placement.surfaces.get('skin:midline');
      const skinHit = skin?.bvh.closestPointToPoint(target);
      const start = skinHit
        ? skinHit.point.clone()
        : target.clone().addScaledVector(new THREE.Vector3(...point.normal), 0.03);
      const direction = target.clone().sub(start);
      const lengthM = direction.length();
      direction.normalize();
      raycaster.set(start, direction);
      raycaster.far = lengthM + 0.002;
      const crossings: TissueCrossing[] = [];
      if (skinHit) crossings.push({ key: 'skin:midline', entryM: 0 });
      for (const [structureKey, surface] of placement.surfaces) {
        if (structureKey === 'skin:midline' || /-nerve:/.test(structureKey)) continue;
        const hit = surface.bvh.raycastFirst(raycaster.ray, THREE.DoubleSide, 0, lengthM + 0.002);
        if (hit) crossings.push({ key: structureKey as StructureKey, entryM: hit.distance });
      }
      crossings.push({ key: `${point.muscle}:${point.side}` as StructureKey, entryM: lengthM });
      const nerves = [];
      for (const [structureKey, surface] of placement.surfaces) {
        if (!/-nerve:/.test(structureKey)) continue;
        const hit = surface.bvh.closestPointToPoint(target);
        const [nerve, side] = structureKey.split(':') as [never, never];
        if (hit) nerves.push({ nerve, side, distanceM: hit.distance });
      }
      const summary = summariseNeedlePath({ lengthM: skinHit ? lengthM : 0, crossings, nerves });
      state.setNeedle({
        pointKey: point.id,
        skinPoint: skinHit ? [start.x, start.y, start.z] : null,
        summary,
      });
      selectedMark.position.set(...point.position);
      selectedMark.quaternion.setFromUnitVectors(
        new THREE.Vector3(0, 0, 1),
        new THREE.Vector3(...point.normal),
      );
      selectedMark.scale.setScalar(MARKER_RADIUS_M * Math.max(1, lastScale.current));
      selectedMark.visible = true;
      if (line) {
        const outside = start.clone().addScaledVector(direction, -0.04);
        line.geometry.setFromPoints([outside, target]);
        line.visible = true;
      }
      invalidate();
    };
    measure(store.getState());
    return store.subscribe((state, previous) => {
      if (state.view.point !== previous.view.point) measure(state);
    });
  }, [placement, store, invalidate, selectedMark]);

  const onPointerMove = (type: PointType) => (event: ThreeEvent<PointerEvent>) => {
    const point = event.instanceId === undefined ? undefined : byType.get(type)?.[event.instanceId];
    if (!point || pointLook(store.getState().view, point) === 'hidden') return;
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
    if (!point || event.delta > 4 || pointLook(store.getState().view, point) === 'hidden') return;
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
      <primitive object={needle} />
      <primitive object={selectedMark} />
    </group>
  );
}
