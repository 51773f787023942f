import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { messages } from '../domain/messages';
import {
  MOTOR_POINTS,
  motorPointLabel,
  type PlacedPoint,
  POINT_TYPES,
  type PointType,
  pointKindText,
} from '../domain/motor-points';
import {
  type MarkerLook,
  markerLook,
  sameViewApartFromCamera,
  type ViewState,
} from '../domain/view-state';
import { useViewerStoreApi, useViewerSubscription, type Vec3 } from '../state';
import { bvhTissueQuery } from './bvh-tissue-query';
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
import {
  bindPoint,
  type PointBinding,
  posedMatrix,
  posePoint,
  type RestVertexCache,
} from './point-skinning';
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
const IDENTITY = new THREE.Matrix4();
const posedScratch = new THREE.Vector3();

const toVec3 = (v: THREE.Vector3): Vec3 => [v.x, v.y, v.z];

/**
 * The uncertainty regions as soft patches, coloured by confidence, fainter when dimmed; a
 * muscle part without a reported location is only a faint outline. Drawn in the current pose.
 */
function regionGeometry(
  points: readonly PlacedPoint[],
  looks: readonly MarkerLook[],
  poses: ReadonlyMap<string, THREE.Matrix4>,
): THREE.BufferGeometry {
  return regionPatchGeometry(
    points.flatMap((point, i) => {
      if (looks[i] === 'hidden') return [];
      const m = poses.get(point.id) ?? IDENTITY;
      const part = point.pointType === 'muscle-part';
      return [
        {
          centre: toVec3(posePoint(m, point.region.centre, posedScratch)),
          outline: point.region.points.map((q) => toVec3(posePoint(m, q, posedScratch))),
          normal: toVec3(posedScratch.set(...point.normal).transformDirection(m)),
          color: CONFIDENCE_COLORS[point.confidence],
          centreAlpha: part ? 0 : looks[i] === 'dimmed' ? 0.2 : 0.5,
          edgeAlpha: part ? 0.35 : 0.08,
        },
      ];
    }),
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
  const builtRegions = useRef<THREE.BufferGeometry | null>(null);
  const lastScale = useRef(0);
  const groupRef = useRef<THREE.Group>(null);
  const redraw = useRef<() => void>(() => undefined);

  const placement = useMemo(() => (model ? placeMotorPointsOnModel(model) : null), [model]);
  const tissue = useMemo(() => bvhTissueQuery(placement?.tissue ?? []), [placement]);
  const structures = useMemo(() => (placement?.tissue ?? []).map((t) => t.structure), [placement]);
  // Each point follows the skin of its muscle when the skeleton is posed.
  const bindings = useMemo(() => {
    const out = new Map<string, PointBinding>();
    if (!model || !placement) return out;
    const cache: RestVertexCache = new Map();
    for (const p of placement.placed) {
      const binding = bindPoint(model, `${p.muscle}:${p.side}`, p.position, cache);
      if (binding) out.set(p.id, binding);
    }
    return out;
  }, [model, placement]);
  const poses = useMemo(
    () => new Map([...bindings.keys()].map((id) => [id, new THREE.Matrix4()])),
    [bindings],
  );
  // Where each marker is drawn now (model space, posed), for the debug probe and tests.
  const drawnPositions = useMemo(
    () => new Map((placement?.placed ?? []).map((p) => [p.id, new THREE.Vector3()])),
    [placement],
  );
  const lastPoseVersion = useRef(-1);
  const needleHolder = useRef<{ object: THREE.Object3D; id: string } | null>(null);
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
  // Geometry passed as `args`, and the regions' latest, is not freed by R3F: free it here.
  useEffect(
    () => () => {
      for (const geometry of geometries.values()) geometry.dispose();
      midpointGeometry.dispose();
      builtRegions.current?.dispose();
    },
    [geometries, midpointGeometry],
  );
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
          const pose = poses.get(point.id) ?? IDENTITY;
          posePoint(pose, point.position, scratchPosition);
          drawnPositions.get(point.id)?.copy(scratchPosition);
          scratchNormal
            .set(point.normal[0], point.normal[1], point.normal[2])
            .transformDirection(pose);
          scratchQuaternion.setFromUnitVectors(UP, scratchNormal);
          const emphasis = selected ? 1.6 : look === 'dimmed' ? 0.8 : 1;
          scratchScale.setScalar(look === 'hidden' ? 0 : MARKER_RADIUS_M * scale * emphasis);
          mesh.setMatrixAt(
            i,
            scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale),
          );
          scratchColor.set(selected ? SELECTED_COLOR : CONFIDENCE_COLORS[point.confidence]);
          if (look === 'dimmed') scratchColor.lerp(WHITE, 0.55);
          // A muscle part with no reported location is drawn faint: it is not a target.
          if (point.pointType === 'muscle-part' && !selected) scratchColor.lerp(WHITE, 0.45);
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
          posePoint(poses.get(point.id) ?? IDENTITY, point.region.midpoint, scratchPosition);
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
  }, [placement, byType, poses, drawnPositions]);

  // Redraw markers and regions when the view changes; a camera move alone changes neither.
  const draw = useCallback(
    (view: ViewState) => {
      if (!placement) return;
      drawGlyphs(view, lastScale.current || 1);
      if (groupRef.current) {
        groupRef.current.userData.drawnPositions = drawnPositions;
        groupRef.current.userData.drawnPoints = placement.placed
          .filter((p) => markerLook(view, p) !== 'hidden')
          .map((p) => p.id);
      }
      if (regions.current) {
        const looks = placement.placed.map((p) => markerLook(view, p));
        regions.current.geometry.dispose();
        regions.current.geometry = regionGeometry(placement.placed, looks, poses);
        builtRegions.current = regions.current.geometry;
        regions.current.visible = view.markers.shown;
        // Read by the orbit test: an orbit must not rebuild the regions.
        regions.current.userData.builds = ((regions.current.userData.builds as number) ?? 0) + 1;
      }
      invalidate();
    },
    [placement, drawGlyphs, poses, drawnPositions, invalidate],
  );
  redraw.current = () => draw(store.getState().view);
  useViewerSubscription((s) => s.view, draw, [draw], sameViewApartFromCamera);

  useFrame(() => {
    // Follow the skeleton: re-pose every point when the poser has moved the joints.
    const version = (model?.root.userData.poseVersion as number | undefined) ?? 0;
    if (model && version !== lastPoseVersion.current) {
      lastPoseVersion.current = version;
      model.root.updateMatrixWorld(true);
      for (const [id, binding] of bindings) {
        const m = poses.get(id);
        if (m) posedMatrix(binding, m);
      }
      const holder = needleHolder.current;
      if (holder) {
        holder.object.matrix.copy(poses.get(holder.id) ?? IDENTITY);
        holder.object.matrixWorldNeedsUpdate = true;
      }
      redraw.current();
      return;
    }
    // Markers keep a clickable size on screen: rescale when the camera distance changes enough.
    const scale = markerScaleFor(camera.position.length());
    if (Math.abs(scale - lastScale.current) < 0.08) return;
    lastScale.current = scale;
    drawGlyphs(store.getState().view, scale);
  });

  const attachNeedle = useCallback(
    (object: THREE.Object3D, point: PlacedPoint) => {
      object.matrixAutoUpdate = false;
      object.matrix.copy(poses.get(point.id) ?? IDENTITY);
      object.matrixWorldNeedsUpdate = true;
      needleHolder.current = { object, id: point.id };
    },
    [poses],
  );

  const onPointerMove = (type: PointType) => (event: ThreeEvent<PointerEvent>) => {
    const point = event.instanceId === undefined ? undefined : byType.get(type)?.[event.instanceId];
    if (!point || markerLook(store.getState().view, point) === 'hidden') return;
    event.stopPropagation();
    const record = RECORD_BY_ID.get(point.recordId);
    const rect = (event.nativeEvent.target as HTMLElement | null)?.getBoundingClientRect();
    store.getState().setHover({
      kind: 'point',
      key: point.id,
      label: `${messages.learning.onSide(record ? motorPointLabel(record) : point.recordId, point.side)} · ${record ? pointKindText(record).label : messages.motorPoints.pointTypes[point.pointType].label}${point.axisUnverified ? ` · ${messages.motorPoints.axisUnverifiedShort}` : ''}`,
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
      <mesh ref={regions} name="motor-point-regions" renderOrder={2}>
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
      <NeedlePath
        points={pointsById}
        surfaces={placement.surfaces}
        tissue={tissue}
        structures={structures}
        attach={attachNeedle}
      />
    </group>
  );
}
