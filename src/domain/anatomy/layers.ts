/** Display layers, ordered from the surface inward (nerves sit apart from the depth order). */
export const LAYERS = [
  { id: 'skin', label: 'Skin', depthOrder: 0 },
  { id: 'superficial', label: 'Superficial muscles', depthOrder: 1 },
  { id: 'intermediate', label: 'Intermediate muscles', depthOrder: 2 },
  { id: 'deep', label: 'Deep muscles', depthOrder: 3 },
  { id: 'bones', label: 'Bones', depthOrder: 4 },
  { id: 'nerves', label: 'Nerves', depthOrder: null },
] as const;

export type LayerId = (typeof LAYERS)[number]['id'];
export const LAYER_IDS: readonly LayerId[] = LAYERS.map((layer) => layer.id);
