import type { Document, Material } from '@gltf-transform/core';
import { KHRTextureTransform } from '@gltf-transform/extensions';
import type { MaterialId, ModelSpec } from './model-spec';

/** Base colours (linear RGBA), roughness and options per material slot. */
const MATERIAL_DEFAULTS: Record<
  MaterialId,
  {
    color: [number, number, number, number];
    roughness: number;
    blend?: boolean;
    doubleSided?: boolean;
    fibres?: boolean;
  }
> = {
  // Ivory bone; the baked occlusion in COLOR_0 multiplies it.
  bone: { color: [0.8, 0.72, 0.56, 1], roughness: 0.62 },
  // Muscle colour (red fading to tendon white) is in COLOR_0; the layer tints it slightly so
  // peeled layers stay distinguishable.
  'muscle-superficial': { color: [1, 0.94, 0.92, 1], roughness: 0.48, fibres: true },
  'muscle-intermediate': { color: [0.97, 0.93, 0.95, 1], roughness: 0.48, fibres: true },
  'muscle-deep': { color: [0.92, 0.9, 0.98, 1], roughness: 0.48, fibres: true },
  tendon: { color: [1, 1, 1, 1], roughness: 0.38, fibres: true },
  nerve: { color: [0.85, 0.72, 0.2, 1], roughness: 0.45 },
  skin: { color: [0.93, 0.72, 0.6, 0.32], roughness: 0.6, blend: true },
  // Structures at risk: arteries and veins share a red, organs are see-through.
  vessel: { color: [0.62, 0.06, 0.06, 1], roughness: 0.4 },
  organ: { color: [0.55, 0.3, 0.45, 0.28], roughness: 0.5, blend: true },
  // Neighbouring muscles in the context file: see-through so the hip muscles stay readable.
  'muscle-context': { color: [0.72, 0.32, 0.3, 0.38], roughness: 0.55, blend: true },
};

/** One material per tissue slot; muscles and tendon share the fibre normal map and albedo. */
export function createMaterials(
  doc: Document,
  textures?: ModelSpec['fibreTextures'],
  used?: ReadonlySet<MaterialId>,
): Record<MaterialId, Material> {
  const normal = textures
    ? doc.createTexture('fibre-normal').setImage(textures.normalPng).setMimeType('image/png')
    : null;
  const albedo = textures
    ? doc.createTexture('fibre-albedo').setImage(textures.albedoPng).setMimeType('image/png')
    : null;
  const transform = textures ? doc.createExtension(KHRTextureTransform) : null;
  const out = {} as Record<MaterialId, Material>;
  for (const [id, m] of Object.entries(MATERIAL_DEFAULTS) as [
    MaterialId,
    (typeof MATERIAL_DEFAULTS)[MaterialId],
  ][]) {
    if (used && !used.has(id)) continue;
    const mat = doc
      .createMaterial(id)
      .setBaseColorFactor(m.color)
      .setRoughnessFactor(m.roughness)
      .setMetallicFactor(0)
      .setExtras({ tissue: id });
    if (m.blend) mat.setAlphaMode('BLEND');
    if (m.doubleSided) mat.setDoubleSided(true);
    if (m.fibres && normal && albedo && transform && textures) {
      mat.setNormalTexture(normal).setBaseColorTexture(albedo);
      for (const info of [mat.getNormalTextureInfo(), mat.getBaseColorTextureInfo()]) {
        info?.setExtension(
          'KHR_texture_transform',
          transform.createTransform().setScale([textures.repeat[0], textures.repeat[1]]),
        );
      }
      if (id === 'tendon') mat.setNormalScale(0.6);
    }
    out[id] = mat;
  }
  return out;
}
