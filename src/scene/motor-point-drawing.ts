import * as THREE from 'three';
import type { Vec3 } from '../domain/geometry';
import type { PlacedPoint } from '../domain/motor-points';
import { type MarkerLook, markerLook, type ViewState } from '../domain/view-state';
import type { MarkerDraw } from './InstancedMarkers';
import { CONFIDENCE_COLORS, MARKER_RADIUS_M, SELECTED_COLOR } from './marker-style';
import { posePoint } from './point-skinning';
import type { RegionPatch } from './region-patches';

const WHITE = new THREE.Color('#ffffff');
const IDENTITY = new THREE.Matrix4();
const posed = new THREE.Vector3();
const toVec3 = (v: THREE.Vector3): Vec3 => [v.x, v.y, v.z];

/** How much bigger a selected marker is drawn, and how much smaller a dimmed one. */
const SELECTED_SIZE = 1.6;
const DIMMED_SIZE = 0.8;

/**
 * One motor point marker in the current view and pose: hidden, dimmed (faded toward white),
 * selected (larger, in the selection colour), or coloured by confidence. A muscle part without
 * a reported location is faint: it is not a target.
 */
export function describeMotorPoint(
  point: PlacedPoint,
  view: ViewState,
  pose: THREE.Matrix4 | undefined,
  scale: number,
  out: MarkerDraw,
): void {
  const look = markerLook(view, point);
  const selected = view.point === point.id;
  const m = pose ?? IDENTITY;
  posePoint(m, point.position, out.position);
  out.normal.set(point.normal[0], point.normal[1], point.normal[2]).transformDirection(m);
  const emphasis = selected ? SELECTED_SIZE : look === 'dimmed' ? DIMMED_SIZE : 1;
  out.size = look === 'hidden' ? 0 : MARKER_RADIUS_M * scale * emphasis;
  out.color.set(selected ? SELECTED_COLOR : CONFIDENCE_COLORS[point.confidence]);
  if (look === 'dimmed') out.color.lerp(WHITE, 0.55);
  if (point.pointType === 'muscle-part' && !selected) out.color.lerp(WHITE, 0.45);
}

/** The small dot at a band's or patch's midpoint (a disc region has none). */
export function describeRegionMidpoint(
  point: PlacedPoint,
  view: ViewState,
  pose: THREE.Matrix4 | undefined,
  scale: number,
  out: MarkerDraw,
): void {
  const hidden = markerLook(view, point) === 'hidden' || point.region.shape === 'disc';
  posePoint(pose ?? IDENTITY, point.region.midpoint, out.position);
  out.size = hidden ? 0 : MARKER_RADIUS_M * scale;
}

/**
 * The uncertainty regions as soft patches, coloured by confidence, fainter when dimmed; a
 * muscle part without a reported location is only a faint outline. Drawn in the current pose.
 */
export function motorPointRegions(
  points: readonly PlacedPoint[],
  looks: readonly MarkerLook[],
  poses: ReadonlyMap<string, THREE.Matrix4>,
): RegionPatch[] {
  return points.flatMap((point, i) => {
    if (looks[i] === 'hidden') return [];
    const m = poses.get(point.id) ?? IDENTITY;
    const part = point.pointType === 'muscle-part';
    return [
      {
        centre: toVec3(posePoint(m, point.region.centre, posed)),
        outline: point.region.points.map((q) => toVec3(posePoint(m, q, posed))),
        normal: toVec3(posed.set(...point.normal).transformDirection(m)),
        color: CONFIDENCE_COLORS[point.confidence],
        centreAlpha: part ? 0 : looks[i] === 'dimmed' ? 0.2 : 0.5,
        edgeAlpha: part ? 0.35 : 0.08,
      },
    ];
  });
}
