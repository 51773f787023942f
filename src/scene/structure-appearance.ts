import * as THREE from 'three';
import type { Visibility } from '../domain/view-state';

/** Opacity of a ghosted structure: enough to see its shape, clear enough to see through. */
const GHOST_OPACITY = 0.22;

interface BaseLook {
  color: THREE.Color;
  opacity: number;
  transparent: boolean;
  depthWrite: boolean;
  emissive: THREE.Color;
  vertexColors: boolean;
}

export type LookMaterial = THREE.MeshStandardMaterial & { userData: { baseLook?: BaseLook } };

/**
 * Give every mesh its own material clone so one structure can be ghosted or tinted alone.
 * The model shares a handful of tissue materials; cloning keeps draw calls the same.
 */
function ownMaterial(mesh: THREE.Mesh): LookMaterial {
  const current = mesh.material as LookMaterial;
  if (current.userData.baseLook) return current;
  const material = current.clone() as LookMaterial;
  material.userData.baseLook = {
    color: (material.color ?? new THREE.Color(1, 1, 1)).clone(),
    opacity: material.opacity,
    transparent: material.transparent,
    depthWrite: material.depthWrite,
    emissive: (material.emissive ?? new THREE.Color(0)).clone(),
    vertexColors: material.vertexColors,
  };
  mesh.material = material;
  return material;
}

export interface Highlight {
  selected: boolean;
  hovered: boolean;
  /** Weakness or tightness 0..1 of a muscle in the mechanics view: tints it toward amber. */
  dysfunction?: number;
  /** A colour that replaces the muscle's own (an exercise's activation band), or null. */
  tint?: THREE.Color | null;
}

/** The tint of a fully dysfunctional muscle. */
const DYSFUNCTION_COLOR = new THREE.Color('#f2b233');
const scratchColor = new THREE.Color();

const SELECTED_EMISSIVE = new THREE.Color('#3a6cff').multiplyScalar(0.35);
const HOVER_EMISSIVE = new THREE.Color('#ffffff').multiplyScalar(0.12);

/** Apply a visibility and a highlight to one mesh; returns true when anything changed. */
export function applyAppearance(
  mesh: THREE.Mesh,
  visibility: Visibility,
  highlight: Highlight,
): boolean {
  const material = ownMaterial(mesh);
  const base = material.userData.baseLook!;
  const visible = visibility !== 'hidden';
  const ghosted = visibility === 'ghosted';
  const opacity = ghosted ? Math.min(base.opacity, GHOST_OPACITY) : base.opacity;
  const transparent = ghosted || base.transparent;
  const depthWrite = ghosted ? false : base.depthWrite;
  const emissive = highlight.selected
    ? SELECTED_EMISSIVE
    : highlight.hovered
      ? HOVER_EMISSIVE
      : base.emissive;
  // A tint replaces the muscle's own red, which the model bakes into vertex colours: without
  // switching them off, every tint would still read as red.
  const vertexColors = highlight.tint ? false : base.vertexColors;
  if (highlight.tint) scratchColor.copy(base.color).lerp(highlight.tint, 0.85);
  else scratchColor.copy(base.color).lerp(DYSFUNCTION_COLOR, 0.75 * (highlight.dysfunction ?? 0));
  // Ghosted tissue draws after opaque tissue so what lies behind it shows through; the order is
  // part of the look, so a structure drawn as modelled gets it on the first pass too.
  const renderOrder = ghosted ? 2 : base.transparent ? 1 : 0;
  const changed =
    mesh.renderOrder !== renderOrder ||
    !material.color.equals(scratchColor) ||
    mesh.visible !== visible ||
    material.opacity !== opacity ||
    material.transparent !== transparent ||
    material.depthWrite !== depthWrite ||
    material.vertexColors !== vertexColors ||
    !material.emissive.equals(emissive);
  if (!changed) return false;
  mesh.visible = visible;
  if (material.transparent !== transparent || material.vertexColors !== vertexColors)
    material.needsUpdate = true;
  material.vertexColors = vertexColors;
  material.opacity = opacity;
  material.transparent = transparent;
  material.depthWrite = depthWrite;
  material.emissive.copy(emissive);
  material.color.copy(scratchColor);
  mesh.renderOrder = renderOrder;
  return true;
}
