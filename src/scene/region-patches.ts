import * as THREE from 'three';
import type { Vec3 } from '../domain/geometry';

/** One soft patch: a closed outline on a surface, its centre and the surface normal there. */
export interface RegionPatch {
  centre: Vec3;
  outline: readonly Vec3[];
  normal: Vec3;
  color: THREE.ColorRepresentation;
  /** Opacity at the centre; the outline fades to `edgeAlpha`. */
  centreAlpha: number;
  edgeAlpha: number;
}

/** Lift off the surface so a patch never fights the muscle or skin for depth. */
const LIFT_M = 0.0015;
const color = new THREE.Color();

/**
 * Soft patches for uncertainty regions, all in one geometry (one draw call): a fan per region,
 * strongest at the centre and fading toward its outline. Vertex colours carry the alpha.
 */
export function regionPatchGeometry(patches: readonly RegionPatch[]): THREE.BufferGeometry {
  const positions: number[] = [];
  const colors: number[] = [];
  const indices: number[] = [];
  for (const patch of patches) {
    color.set(patch.color);
    const [lx, ly, lz] = patch.normal.map((n) => n * LIFT_M) as [number, number, number];
    const base = positions.length / 3;
    positions.push(patch.centre[0] + lx, patch.centre[1] + ly, patch.centre[2] + lz);
    colors.push(color.r, color.g, color.b, patch.centreAlpha);
    for (const p of patch.outline) {
      positions.push(p[0] + lx, p[1] + ly, p[2] + lz);
      colors.push(color.r, color.g, color.b, patch.edgeAlpha);
    }
    const n = patch.outline.length;
    for (let k = 0; k < n; k++) indices.push(base, base + 1 + k, base + 1 + ((k + 1) % n));
  }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new THREE.Float32BufferAttribute(colors, 4));
  geometry.setIndex(indices);
  return geometry;
}
