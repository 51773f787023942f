import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import * as THREE from 'three';
import {
  ACUPUNCTURE_POINTS,
  acupunctureKey,
  type PlacedAcupuncturePoint,
  parseAcupunctureKey,
  placeAllAcupuncturePoints,
  type SkinQuery,
} from '../domain/acupuncture';
import type { LandmarkId, Side, StructureKey } from '../domain/anatomy';
import { messages } from '../domain/messages';
import type { LandmarkLookup } from '../domain/motor-points';
import { sameItems } from '../domain/view-state';
import {
  useViewer,
  useViewerStoreApi,
  useViewerSubscription,
  type Vec3,
  type ViewerState,
} from '../state';
import { glyphGeometry, MARKER_RADIUS_M, markerScaleFor, SELECTED_COLOR } from './marker-style';
import type { LoadedModel } from './model-context';
import { useLoadedModel } from './model-context';
import { buildSurfaces } from './model-surfaces';
import { surfaceQueryOf } from './point-placement';
import { regionPatchGeometry } from './region-patches';

/** Acupuncture markers are purple cones: no motor point uses this colour or glyph. */
export const ACUPUNCTURE_COLOR = '#8e2bb0';
const SKIN: StructureKey = 'skin:midline';
/** Cones are thin: drawn a little larger than motor point glyphs so they stay easy to hit. */
const GLYPH_SCALE = 1.25;

interface AcupuncturePlacement {
  placed: PlacedAcupuncturePoint[];
  errors: string[];
}

/** Place every acupuncture point on the model's skin (rest pose), from its landmark nodes. */
function placeAcupunctureOnModel(model: LoadedModel): AcupuncturePlacement {
  const closest = surfaceQueryOf(buildSurfaces(model.root, model.index, [SKIN]));
  const landmarks: LandmarkLookup = (id: LandmarkId, side: Side) => {
    const p = model.index.landmarks.get(`${id}:${side}`);
    return p ? [p.x, p.y, p.z] : undefined;
  };
  const skin: SkinQuery = { closestPoint: (_target, _side, p) => closest(SKIN, p) };
  const { placed, errors } = placeAllAcupuncturePoints(ACUPUNCTURE_POINTS, landmarks, skin);
  return { placed, errors: errors.map((e) => e.message) };
}

const POINT_BY_CODE = new Map(ACUPUNCTURE_POINTS.map((p) => [p.code, p]));
const UP = new THREE.Vector3(0, 1, 0);
const scratchMatrix = new THREE.Matrix4();
const scratchQuaternion = new THREE.Quaternion();
const scratchPosition = new THREE.Vector3();
const scratchNormal = new THREE.Vector3();
const scratchScale = new THREE.Vector3();
const scratchColor = new THREE.Color();

/** Faint patches for the points' regions on the skin. */
function regionGeometry(points: readonly PlacedAcupuncturePoint[]): THREE.BufferGeometry {
  return regionPatchGeometry(
    points.map((point) => ({
      centre: point.region.centre,
      outline: point.region.points,
      normal: point.normal,
      color: ACUPUNCTURE_COLOR,
      centreAlpha: 0.35,
      edgeAlpha: 0.05,
    })),
  );
}

function keyOf(point: PlacedAcupuncturePoint): string {
  return acupunctureKey(point.code, point.side);
}

/**
 * The acupuncture overlay (`acu=1`): traditional points placed by their standard landmark rules on
 * the skin, drawn as purple cones in one instanced mesh with faint region patches. Placed once,
 * the first time the layer is turned on. A frame request for one of its points (search) selects it.
 */
export function AcupunctureLayer() {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const on = useViewer((s) => s.view.acupuncture);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const markers = useRef<THREE.InstancedMesh>(null);
  const groupRef = useRef<THREE.Group>(null);
  const lastScale = useRef(0);
  const [active, setActive] = useState(on);
  useEffect(() => {
    if (on) setActive(true);
  }, [on]);

  const placement = useMemo(
    () => (model && active ? placeAcupunctureOnModel(model) : null),
    [model, active],
  );
  const geometry = useMemo(() => glyphGeometry('acupuncture'), []);
  const regions = useMemo(() => (placement ? regionGeometry(placement.placed) : null), [placement]);
  useEffect(() => () => regions?.dispose(), [regions]);

  // Register the points for framing (`acu:<code>:<side>`) and report what could not be placed.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!placement) return;
    const positions: Record<string, Vec3> = {};
    const normals: Record<string, Vec3> = {};
    for (const p of placement.placed) {
      positions[keyOf(p)] = p.position;
      normals[keyOf(p)] = p.normal;
    }
    const state = store.getState();
    const others = state.placementErrors.filter((e) => !e.startsWith('acupuncture:'));
    state.setPlacedPoints(positions, normals, [...others, ...placement.errors]);
    if (pending.current && positions[pending.current]) {
      state.requestFrame({ kind: 'point', id: pending.current });
    }
    pending.current = null;
  }, [placement, store]);

  // The search box frames `acu:` ids: select that point, and frame it again once it is placed.
  useViewerSubscription(
    (state) => state.frameRequest,
    (request, state, initial) => {
      if (initial || !request || request.target.kind !== 'point') return;
      const id = request.target.id;
      if (!parseAcupunctureKey(id)) return;
      if (state.selectedAcupuncture !== id) state.selectAcupuncture(id);
      if (!state.pointPositions[id]) pending.current = id;
    },
    [],
  );

  // Position, size and colour of every marker. Allocation-free: it also runs from the frame loop.
  const draw = useMemo(() => {
    if (!placement) return () => undefined;
    return (state: ViewerState, scale: number) => {
      const mesh = markers.current;
      if (!mesh) return;
      for (let i = 0; i < placement.placed.length; i++) {
        const point = placement.placed[i]!;
        const selected = state.selectedAcupuncture === keyOf(point);
        scratchPosition.set(point.position[0], point.position[1], point.position[2]);
        scratchNormal.set(point.normal[0], point.normal[1], point.normal[2]);
        scratchQuaternion.setFromUnitVectors(UP, scratchNormal);
        scratchScale.setScalar(MARKER_RADIUS_M * GLYPH_SCALE * scale * (selected ? 1.6 : 1));
        mesh.setMatrixAt(
          i,
          scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale),
        );
        mesh.setColorAt(i, scratchColor.set(selected ? SELECTED_COLOR : ACUPUNCTURE_COLOR));
      }
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      mesh.computeBoundingSphere();
    };
  }, [placement]);

  useViewerSubscription(
    (state) => [state.view.acupuncture, state.selectedAcupuncture] as const,
    (_, state) => {
      if (!placement) return;
      const shown = state.view.acupuncture;
      if (groupRef.current) {
        groupRef.current.visible = shown;
        groupRef.current.userData.drawnPoints = shown ? placement.placed.map(keyOf) : [];
      }
      if (shown) draw(state, lastScale.current || 1);
      invalidate();
    },
    [placement, draw, invalidate],
    sameItems,
  );

  // Markers keep a clickable size on screen: rescale when the camera distance changes enough.
  useFrame(() => {
    if (!placement || !groupRef.current?.visible) return;
    const distance = camera.position.length();
    const scale = markerScaleFor(distance);
    if (Math.abs(scale - lastScale.current) < 0.08) return;
    lastScale.current = scale;
    draw(store.getState(), scale);
  });

  const pointAt = (event: ThreeEvent<PointerEvent | MouseEvent>) =>
    event.instanceId === undefined ? undefined : placement?.placed[event.instanceId];

  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    const point = pointAt(event);
    const record = point && POINT_BY_CODE.get(point.code);
    if (!point || !record) return;
    event.stopPropagation();
    const rect = (event.nativeEvent.target as HTMLElement | null)?.getBoundingClientRect();
    const t = messages.clinician.acupuncture;
    store.getState().setHover({
      kind: 'point',
      key: keyOf(point),
      label: `${t.hoverLabel(record.code, record.pinyin, point.side)} · ${t.pointKind}`,
      x: event.nativeEvent.clientX - (rect?.left ?? 0),
      y: event.nativeEvent.clientY - (rect?.top ?? 0),
    });
  };
  const onPointerOut = () => {
    if (store.getState().hover?.kind === 'point') store.getState().setHover(null);
  };
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    const point = pointAt(event);
    const record = point && POINT_BY_CODE.get(point.code);
    if (!point || !record || event.delta > 4) return;
    event.stopPropagation();
    const state = store.getState();
    state.selectAcupuncture(keyOf(point));
    state.announce(
      messages.layers.announceSelect(
        messages.clinician.acupuncture.hoverLabel(record.code, record.pinyin, point.side),
      ),
    );
  };

  if (!placement || placement.placed.length === 0) return null;
  return (
    <group name="acupuncture-points" ref={groupRef} visible={on}>
      {regions && (
        <mesh geometry={regions} renderOrder={2} raycast={() => undefined}>
          <meshBasicMaterial
            vertexColors
            transparent
            depthWrite={false}
            side={THREE.DoubleSide}
            polygonOffset
            polygonOffsetFactor={-2}
          />
        </mesh>
      )}
      <instancedMesh
        ref={markers}
        args={[geometry, undefined, placement.placed.length]}
        onPointerMove={onPointerMove}
        onPointerOut={onPointerOut}
        onClick={onClick}
        frustumCulled={false}
        renderOrder={3}
      >
        <meshStandardMaterial roughness={0.4} metalness={0} />
      </instancedMesh>
    </group>
  );
}
