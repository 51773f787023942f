/**
 * Display layers, ordered from the surface inward. Nerves, vessels and organs, and the context
 * muscles (the hip muscles' neighbours) sit apart from the depth order, so peeling keeps them.
 */
export const LAYERS = [
  { id: 'skin', depthOrder: 0 },
  { id: 'superficial', depthOrder: 1 },
  { id: 'intermediate', depthOrder: 2 },
  { id: 'deep', depthOrder: 3 },
  { id: 'bones', depthOrder: 4 },
  { id: 'nerves', depthOrder: null },
  { id: 'vessels-organs', depthOrder: null },
  { id: 'context', depthOrder: null },
] as const;

export type LayerId = (typeof LAYERS)[number]['id'];
export const LAYER_IDS: readonly LayerId[] = LAYERS.map((layer) => layer.id);
