import type { Document, Material } from '@gltf-transform/core';
import type { MaterialId } from './model-spec';

/** Base colours (linear RGBA), roughness and options per material slot. */
export const MATERIAL_DEFAULTS: Record<
  MaterialId,
  {
    color: [number, number, number, number];
    roughness: number;
    blend?: 'BLEND';
    doubleSided?: boolean;
  }
> = {
  // Ivory bone; the baked occlusion in COLOR_0 multiplies it.
  bone: { color: [0.8, 0.72, 0.56, 1], roughness: 0.62 },
  // Muscles tinted by layer so peeled layers stay distinguishable.
  'muscle-superficial': { color: [0.55, 0.1, 0.085, 1], roughness: 0.48 },
  'muscle-intermediate': { color: [0.48, 0.075, 0.07, 1], roughness: 0.48 },
  'muscle-deep': { color: [0.4, 0.06, 0.075, 1], roughness: 0.48 },
  tendon: { color: [0.82, 0.8, 0.7, 1], roughness: 0.38 },
  nerve: { color: [0.85, 0.72, 0.2, 1], roughness: 0.45 },
  skin: { color: [0.8, 0.55, 0.45, 0.28], roughness: 0.55, blend: 'BLEND', doubleSided: false },
};

export function createMaterials(
  doc: Document,
  fibreNormalPng?: Uint8Array,
): Record<MaterialId, Material> {
  const normalTexture = fibreNormalPng
    ? doc
        .createTexture('fibre-normal')
        .setImage(fibreNormalPng)
        .setMimeType('image/png')
        .setURI('fibre-normal.png')
    : null;
  const out = {} as Record<MaterialId, Material>;
  for (const [id, m] of Object.entries(MATERIAL_DEFAULTS) as [
    MaterialId,
    (typeof MATERIAL_DEFAULTS)[MaterialId],
  ][]) {
    const mat = doc
      .createMaterial(id)
      .setBaseColorFactor(m.color)
      .setRoughnessFactor(m.roughness)
      .setMetallicFactor(0)
      .setExtras({ tissue: id });
    if (m.blend) mat.setAlphaMode('BLEND');
    if (m.doubleSided) mat.setDoubleSided(true);
    if (normalTexture && (id.startsWith('muscle') || id === 'tendon')) {
      mat.setNormalTexture(normalTexture);
    }
    out[id] = mat;
  }
  return out;
}
