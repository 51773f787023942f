import { LAYERS, type Side, type Structure, structureKey } from '../anatomy';
import type { ViewState, Visibility } from './view-state';

const RANK: Record<Visibility, number> = { hidden: 0, ghosted: 1, shown: 2 };

function mostVisible(a: Visibility, b: Visibility): Visibility {
  return RANK[a] >= RANK[b] ? a : b;
}

/** True when the peel slider has removed this layer. */
export function isPeeled(state: Pick<ViewState, 'peel'>, layer: Structure['layer']): boolean {
  const order = LAYERS.find((l) => l.id === layer)?.depthOrder;
  return order !== null && order !== undefined && order < state.peel;
}

/** The layer's visibility on a side; midline structures show if either side shows. */
export function layerVisibility(
  state: Pick<ViewState, 'layers'>,
  layer: Structure['layer'],
  side: Side,
): Visibility {
  const sides = state.layers[layer];
  return side === 'midline' ? mostVisible(sides.left, sides.right) : sides[side];
}

/**
 * How a structure is drawn: a structure override wins over its layer; the peel slider hides
 * whole layers from the surface inward, whatever else is set. Acupuncture points sit on the
 * skin, so while they are shown a hidden skin is drawn faintly (see-through) instead of leaving
 * them floating in the air.
 */
export function effectiveVisibility(
  state: Pick<ViewState, 'layers' | 'structures' | 'peel'> & { acupuncture?: boolean },
  structure: Pick<Structure, 'id' | 'side' | 'layer'>,
): Visibility {
  const chosen = isPeeled(state, structure.layer)
    ? 'hidden'
    : (state.structures[structureKey(structure.id, structure.side)] ??
      layerVisibility(state, structure.layer, structure.side));
  return structure.layer === 'skin' && state.acupuncture && chosen === 'hidden'
    ? 'ghosted'
    : chosen;
}
