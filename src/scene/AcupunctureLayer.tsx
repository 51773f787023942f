import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as THREE from 'three';
import {
  acupunctureKey,
  type PlacedAcupuncturePoint,
  parseAcupunctureKey,
} from '../domain/acupuncture';
import { hoverLabel, type PointerTarget, targetName } from '../domain/labels';
import { messages } from '../domain/messages';
import { sameItems } from '../domain/view-state';
import { useViewer, useViewerStoreApi, useViewerSubscription, type Vec3 } from '../state';
import { InstancedMarkers, type InstancedMarkersHandle, type MarkerDraw } from './InstancedMarkers';
import { MARKER_RADIUS_M, markerScaleFor, SELECTED_COLOR } from './marker-style';
import { useLoadedModel } from './model-context';
import { placeAcupunctureOnModel } from './point-placement';
import { RegionPatches, type RegionPatchesHandle } from './RegionPatches';

/** Acupuncture markers are purple cones: no motor point uses this colour or glyph. */
const ACUPUNCTURE_COLOR = '#8e2bb0';
/** Cones are thin: drawn a little larger than motor point glyphs so they stay easy to hit. */
const GLYPH_SCALE = 1.25;
const SELECTED_SIZE = 1.6;

function keyOf(point: PlacedAcupuncturePoint): string {
  return acupunctureKey(point.code, point.side);
}

function targetOf(point: PlacedAcupuncturePoint): PointerTarget {
  return { kind: 'acupuncture', code: point.code, side: point.side };
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
  const markers = useRef<InstancedMarkersHandle>(null);
  const regions = useRef<RegionPatchesHandle>(null);
  const groupRef = useRef<THREE.Group>(null);
  // The selection and marker scale the describer reads: one object, so a redraw allocates nothing.
  const frame = useRef({ selected: null as string | null, scale: 0 }).current;
  const [active, setActive] = useState(on);
  useEffect(() => {
    if (on) setActive(true);
  }, [on]);

  const placement = useMemo(
    () => (model && active ? placeAcupunctureOnModel(model) : null),
    [model, active],
  );

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
    state.setPlacedPoints('acupuncture', positions, normals, placement.errors);
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

  // Position, size and colour of one marker. Allocation-free: it also runs from the frame loop.
  const describe = useMemo(() => {
    const placed = placement?.placed ?? [];
    return (i: number, out: MarkerDraw) => {
      const point = placed[i]!;
      const selected = frame.selected === keyOf(point);
      out.position.set(...point.position);
      out.normal.set(...point.normal);
      out.size =
        MARKER_RADIUS_M * GLYPH_SCALE * (frame.scale || 1) * (selected ? SELECTED_SIZE : 1);
      out.color.set(selected ? SELECTED_COLOR : ACUPUNCTURE_COLOR);
    };
  }, [placement, frame]);

  useViewerSubscription(
    (state) => [state.view.acupuncture, state.selectedAcupuncture] as const,
    ([shown, selected], _state, initial) => {
      if (!placement) return;
      if (initial) {
        // Faint patches for the points' regions on the skin; they never change.
        const patches = placement.placed.map((point) => ({
          centre: point.region.centre,
          outline: point.region.points,
          normal: point.normal,
          color: ACUPUNCTURE_COLOR,
          centreAlpha: 0.35,
          edgeAlpha: 0.05,
        }));
        regions.current?.show(patches, true);
      }
      if (groupRef.current) {
        groupRef.current.visible = shown;
        groupRef.current.userData.drawnPoints = shown ? placement.placed.map(keyOf) : [];
      }
      frame.selected = selected;
      if (shown) markers.current?.draw(describe);
      invalidate();
    },
    [placement, describe, frame, invalidate],
    sameItems,
  );

  // Markers keep a clickable size on screen: rescale when the camera distance changes enough.
  useFrame(() => {
    if (!placement || !groupRef.current?.visible) return;
    const scale = markerScaleFor(camera.position.length());
    if (Math.abs(scale - frame.scale) < 0.08) return;
    frame.scale = scale;
    markers.current?.draw(describe);
  });

  const onHover = (index: number, at: { x: number; y: number }) => {
    const point = placement?.placed[index];
    const label = point && hoverLabel(targetOf(point));
    if (!point || !label) return false;
    store.getState().setHover({ kind: 'point', key: keyOf(point), label, ...at });
    return true;
  };
  const onLeave = () => {
    if (store.getState().hover?.kind === 'point') store.getState().setHover(null);
  };
  const onPick = (index: number) => {
    const point = placement?.placed[index];
    const name = point && targetName(targetOf(point));
    if (!point || !name) return false;
    const state = store.getState();
    state.selectAcupuncture(keyOf(point));
    state.announce(messages.layers.announceSelect(name));
    return true;
  };

  if (!placement || placement.placed.length === 0) return null;
  return (
    <group name="acupuncture-points" ref={groupRef} visible={on}>
      <RegionPatches ref={regions} />
      <InstancedMarkers
        ref={markers}
        glyph="acupuncture"
        count={placement.placed.length}
        roughness={0.4}
        onHover={onHover}
        onLeave={onLeave}
        onPick={onPick}
      />
    </group>
  );
}
