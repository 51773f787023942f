import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { hoverLabel, targetName } from '../domain/labels';
import { messages } from '../domain/messages';
import { type PlacedPoint, POINT_TYPES, type PointType } from '../domain/motor-points';
import { markerLook, sameViewApartFromCamera, type ViewState } from '../domain/view-state';
import { useViewerStoreApi, useViewerSubscription, type Vec3 } from '../state';
import { bvhTissueQuery } from './bvh-tissue-query';
import { InstancedMarkers, type InstancedMarkersHandle, type MarkerDraw } from './InstancedMarkers';
import { markerScaleFor } from './marker-style';
import { useLoadedModel } from './model-context';
import {
  describeMotorPoint,
  describeRegionMidpoint,
  motorPointRegions,
} from './motor-point-drawing';
import { NeedlePath } from './NeedlePath';
import { placeMotorPointsOnModel } from './point-placement';
import { RegionPatches, type RegionPatchesHandle } from './RegionPatches';
import { usePointPoses } from './usePointPoses';

type Describe = (index: number, out: MarkerDraw) => void;

/**
 * Motor point markers: one instanced mesh per glyph (one draw call each), colour by confidence,
 * soft uncertainty patches on the muscle, and the needle path to the selected point. Each
 * marker follows its muscle when the skeleton is posed.
 */
export function MotorPointLayer() {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const glyphs = useRef(new Map<PointType, InstancedMarkersHandle>());
  const midpoints = useRef<InstancedMarkersHandle>(null);
  const regions = useRef<RegionPatchesHandle>(null);
  const groupRef = useRef<THREE.Group>(null);
  const needleHolder = useRef<{ object: THREE.Object3D; id: string } | null>(null);
  // The view and marker scale the describers read: one object, so a redraw allocates nothing.
  const frame = useRef({ view: store.getState().view, scale: 0 }).current;

  const placement = useMemo(() => (model ? placeMotorPointsOnModel(model) : null), [model]);
  const placed = placement?.placed;
  const tissue = useMemo(() => bvhTissueQuery(placement?.tissue ?? []), [placement]);
  const structures = useMemo(() => (placement?.tissue ?? []).map((t) => t.structure), [placement]);
  const pointsById = useMemo(() => new Map((placed ?? []).map((p) => [p.id, p])), [placed]);
  const byType = useMemo(() => {
    const groups = new Map<PointType, PlacedPoint[]>(POINT_TYPES.map((type) => [type, []]));
    for (const point of placed ?? []) groups.get(point.pointType)?.push(point);
    return groups;
  }, [placed]);
  const redraw = useRef<() => void>(() => undefined);
  const poses = usePointPoses(model, placed, () => {
    const holder = needleHolder.current;
    if (holder) {
      const pose = poses.get(holder.id);
      if (pose) holder.object.matrix.copy(pose);
      holder.object.matrixWorldNeedsUpdate = true;
    }
    redraw.current();
  });
  // Where each marker is drawn now (model space, posed), for the debug probe and tests.
  const drawnPositions = useMemo(
    () => new Map((placed ?? []).map((p) => [p.id, new THREE.Vector3(...p.position)])),
    [placed],
  );

  useEffect(() => {
    if (!placement) return;
    const positions: Record<string, Vec3> = {};
    const normals: Record<string, Vec3> = {};
    for (const p of placement.placed) {
      positions[p.id] = p.position;
      normals[p.id] = p.normal;
    }
    const state = store.getState();
    state.setPlacedPoints('motor-points', positions, normals, placement.errors);
    state.setPlacedPointRecords(Object.fromEntries(placement.placed.map((p) => [p.id, p])));
  }, [placement, store]);

  // One describer per glyph and one for the midpoints, made once per placement.
  const describers = useMemo(() => {
    const glyph = new Map<PointType, Describe>();
    for (const [type, points] of byType) {
      glyph.set(type, (i, out) => {
        const point = points[i]!;
        describeMotorPoint(point, frame.view, poses.get(point.id), frame.scale || 1, out);
        drawnPositions.get(point.id)?.copy(out.position);
      });
    }
    const all = placed ?? [];
    const midpoint: Describe = (i, out) => {
      const point = all[i]!;
      describeRegionMidpoint(point, frame.view, poses.get(point.id), frame.scale || 1, out);
    };
    return { glyph, midpoint };
  }, [byType, placed, poses, frame, drawnPositions]);

  const drawGlyphs = useCallback(() => {
    const onTop = frame.view.markers.xray;
    for (const [type, describe] of describers.glyph)
      glyphs.current.get(type)?.draw(describe, onTop);
    midpoints.current?.draw(describers.midpoint);
  }, [describers, frame]);

  // Redraw markers and regions when the view changes; a camera move alone changes neither.
  const draw = useCallback(
    (view: ViewState) => {
      if (!placed) return;
      frame.view = view;
      drawGlyphs();
      if (groupRef.current) {
        groupRef.current.userData.drawnPositions = drawnPositions;
        groupRef.current.userData.drawnPoints = placed
          .filter((p) => markerLook(view, p) !== 'hidden')
          .map((p) => p.id);
      }
      const looks = placed.map((p) => markerLook(view, p));
      regions.current?.show(motorPointRegions(placed, looks, poses), view.markers.shown);
      invalidate();
    },
    [placed, frame, drawGlyphs, poses, drawnPositions, invalidate],
  );
  redraw.current = () => draw(store.getState().view);
  useViewerSubscription((s) => s.view, draw, [draw], sameViewApartFromCamera);

  // Markers keep a clickable size on screen: rescale when the camera distance changes enough.
  useFrame(() => {
    const scale = markerScaleFor(camera.position.length());
    if (Math.abs(scale - frame.scale) < 0.08) return;
    frame.scale = scale;
    drawGlyphs();
  });

  const attachNeedle = useCallback(
    (object: THREE.Object3D, point: PlacedPoint) => {
      object.matrixAutoUpdate = false;
      const pose = poses.get(point.id);
      if (pose) object.matrix.copy(pose);
      else object.matrix.identity();
      object.matrixWorldNeedsUpdate = true;
      needleHolder.current = { object, id: point.id };
    },
    [poses],
  );

  const pointOf = (type: PointType, index: number) => {
    const point = byType.get(type)?.[index];
    return point && markerLook(store.getState().view, point) !== 'hidden' ? point : undefined;
  };
  const onHover = (type: PointType) => (index: number, at: { x: number; y: number }) => {
    const point = pointOf(type, index);
    const label = point && hoverLabel({ kind: 'motor-point', point });
    if (!point || !label) return false;
    store.getState().setHover({ kind: 'point', key: point.id, label, ...at });
    return true;
  };
  const onPick = (type: PointType) => (index: number) => {
    const point = pointOf(type, index);
    if (!point) return false;
    const state = store.getState();
    state.selectPoint(point.id as `${string}:${'left' | 'right'}`);
    const name = targetName({ kind: 'motor-point', point }) ?? point.recordId;
    state.announce(messages.layers.announceSelect(name));
    return true;
  };
  const onLeave = () => {
    if (store.getState().hover?.kind === 'point') store.getState().setHover(null);
  };

  if (!placement || !placed) return null;
  return (
    <group name="motor-points" ref={groupRef}>
      <RegionPatches ref={regions} name="motor-point-regions" />
      {POINT_TYPES.map((type) => {
        const count = byType.get(type)?.length ?? 0;
        if (count === 0) return null;
        return (
          <InstancedMarkers
            key={type}
            ref={(handle) => {
              if (handle) glyphs.current.set(type, handle);
              else glyphs.current.delete(type);
            }}
            glyph={type}
            count={count}
            onHover={onHover(type)}
            onLeave={onLeave}
            onPick={onPick(type)}
          />
        );
      })}
      <InstancedMarkers ref={midpoints} glyph="midpoint" count={placed.length} color="#1b1b1b" />
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
