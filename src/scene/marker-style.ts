import * as THREE from 'three';
import type { Confidence, PointType } from '../domain/motor-points';

/** Marker colours by confidence (the glyph shows the point type); the legend uses the same. */
export const CONFIDENCE_COLORS: Record<Confidence, string> = {
  high: '#0f7a55',
  moderate: '#e0a100',
  low: '#9aa0a8',
};

export const SELECTED_COLOR = '#1f4fd1';
/** Base marker radius in metres; scaled with camera distance so markers stay clickable. */
export const MARKER_RADIUS_M = 0.0065;

/** The marker glyphs: one per motor point type, the acupuncture cone, a region's midpoint dot. */
export type GlyphKind = PointType | 'acupuncture' | 'midpoint';

/** One glyph per point type: sphere, diamond, flat disc lying on the muscle. */
export function glyphGeometry(type: GlyphKind): THREE.BufferGeometry {
  switch (type) {
    case 'motor-point':
      return new THREE.SphereGeometry(1, 16, 12);
    case 'nerve-entry':
      return new THREE.OctahedronGeometry(1.25, 0);
    case 'innervation-zone': {
      const disc = new THREE.CylinderGeometry(1.2, 1.2, 0.45, 20);
      // Cylinders stand on +Y; the instance matrix turns +Y onto the surface normal.
      return disc;
    }
    case 'muscle-part': {
      // A thin ring lying on the muscle: an outline of a part, not a point to aim at.
      const ring = new THREE.TorusGeometry(1.3, 0.1, 6, 28);
      ring.rotateX(Math.PI / 2);
      return ring;
    }
    case 'acupuncture': {
      const cone = new THREE.ConeGeometry(0.8, 2.2, 4);
      cone.translate(0, 1.1, 0);
      return cone;
    }
    case 'midpoint':
      return new THREE.SphereGeometry(0.35, 8, 6);
  }
}

/** Markers keep a clickable size on screen: a factor on their radius from the camera distance. */
export function markerScaleFor(cameraDistanceM: number): number {
  return Math.min(2.2, Math.max(0.6, cameraDistanceM / 1.6));
}
