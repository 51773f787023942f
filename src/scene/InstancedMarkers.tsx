import type { ThreeEvent } from '@react-three/fiber';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { type GlyphKind, glyphGeometry } from './marker-style';

/** Where and how one marker is drawn: the layer fills it in for each instance. */
export interface MarkerDraw {
  readonly position: THREE.Vector3;
  /** The surface normal the glyph stands on; left at zero the glyph is not turned. */
  readonly normal: THREE.Vector3;
  /** Radius in metres; 0 hides the marker. */
  size: number;
  /** Ignored when the markers have one `color` for all. */
  readonly color: THREE.Color;
}

export interface InstancedMarkersHandle {
  /**
   * Write every instance: `describe` fills `out` for instance `index` (one scratch object, so a
   * redraw allocates nothing and can run from the frame loop). `onTop` draws the markers over
   * everything (x-ray) and lets them take the pointer before the tissue in front of them.
   */
  draw(describe: (index: number, out: MarkerDraw) => void, onTop?: boolean): void;
}

/** Where the pointer is in the viewer, in CSS px from its top-left corner. */
export interface ViewerPoint {
  x: number;
  y: number;
}

export interface InstancedMarkersProps {
  /** Commands for the layer that owns these markers. */
  ref?: Ref<InstancedMarkersHandle>;
  /** Object name, for the debug probe and tests. */
  name?: string;
  /** The glyph every instance draws (one draw call for all of them). */
  glyph: GlyphKind;
  count: number;
  /** One colour for every marker, unlit; left out, each marker has its own colour, lit. */
  color?: THREE.ColorRepresentation;
  roughness?: number;
  /** Draw order among the see-through layers (raised while drawn on top). */
  renderOrder?: number;
  /** The pointer is over marker `index`; return true when it names it (stops the event there). */
  onHover?: (index: number, at: ViewerPoint) => boolean;
  /** The pointer left the markers. */
  onLeave?: () => void;
  /** Marker `index` was clicked (not dragged); return true when it took the click. */
  onPick?: (index: number) => boolean;
}

/** A press that moved farther than this (px) was an orbit drag, not a click. */
const CLICK_TOLERANCE_PX = 4;
const UP = new THREE.Vector3(0, 1, 0);
const scratchMatrix = new THREE.Matrix4();
const scratchQuaternion = new THREE.Quaternion();
const scratchScale = new THREE.Vector3();
const out: MarkerDraw = {
  position: new THREE.Vector3(),
  normal: new THREE.Vector3(),
  size: 0,
  color: new THREE.Color(),
};

function viewerPoint(event: ThreeEvent<PointerEvent>): ViewerPoint {
  const rect = (event.nativeEvent.target as HTMLElement | null)?.getBoundingClientRect();
  return {
    x: event.nativeEvent.clientX - (rect?.left ?? 0),
    y: event.nativeEvent.clientY - (rect?.top ?? 0),
  };
}

/**
 * Markers of one glyph as one instanced mesh: presentational, shared by the motor point and the
 * acupuncture layers. The layer decides where each marker goes and how it looks (`draw`); this
 * writes the instances and turns pointer events into marker indices. Owns its glyph geometry and
 * disposes it when the markers go away (three.js does not free geometry passed as `args`).
 */
export function InstancedMarkers({
  ref,
  name,
  glyph,
  count,
  color,
  roughness = 0.35,
  renderOrder = 3,
  onHover,
  onLeave,
  onPick,
}: InstancedMarkersProps) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  const geometry = useMemo(() => glyphGeometry(glyph), [glyph]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useImperativeHandle(
    ref,
    () => ({
      draw(describe, onTop) {
        const markers = mesh.current;
        if (!markers) return;
        for (let i = 0; i < markers.count; i++) {
          out.normal.set(0, 0, 0);
          describe(i, out);
          if (out.normal.lengthSq() > 0) scratchQuaternion.setFromUnitVectors(UP, out.normal);
          else scratchQuaternion.identity();
          scratchScale.setScalar(out.size);
          markers.setMatrixAt(
            i,
            scratchMatrix.compose(out.position, scratchQuaternion, scratchScale),
          );
          if (color === undefined) markers.setColorAt(i, out.color);
        }
        markers.instanceMatrix.needsUpdate = true;
        if (markers.instanceColor) markers.instanceColor.needsUpdate = true;
        // Instanced picking tests the instances inside this sphere only.
        markers.computeBoundingSphere();
        if (onTop !== undefined) {
          (markers.material as THREE.Material).depthTest = !onTop;
          // Read by visibleHitsOnly: drawn on top, picked first.
          markers.userData.pickFirst = onTop;
          markers.renderOrder = onTop ? 10 : renderOrder;
        }
      },
    }),
    [color, renderOrder],
  );

  return (
    <instancedMesh
      ref={mesh}
      name={name}
      args={[geometry, undefined, count]}
      renderOrder={renderOrder}
      frustumCulled={false}
      onPointerMove={
        onHover &&
        ((event: ThreeEvent<PointerEvent>) => {
          if (event.instanceId === undefined) return;
          if (onHover(event.instanceId, viewerPoint(event))) event.stopPropagation();
        })
      }
      onPointerOut={onLeave}
      onClick={
        onPick &&
        ((event: ThreeEvent<MouseEvent>) => {
          if (event.instanceId === undefined || event.delta > CLICK_TOLERANCE_PX) return;
          if (onPick(event.instanceId)) event.stopPropagation();
        })
      }
    >
      {color === undefined ? (
        <meshStandardMaterial roughness={roughness} metalness={0} />
      ) : (
        <meshBasicMaterial color={color} />
      )}
    </instancedMesh>
  );
}
