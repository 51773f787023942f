import {
  BILATERAL_SIDES,
  type BilateralSide,
  LAYER_IDS,
  type LayerId,
  type StructureKey,
} from '../anatomy';
import {
  defaultViewState,
  type LayerVisibility,
  type ViewState,
  type Visibility,
} from './view-state';

function allLayers(visibility: Visibility): Record<LayerId, LayerVisibility> {
  return Object.fromEntries(
    LAYER_IDS.map((id) => [id, { left: visibility, right: visibility }]),
  ) as Record<LayerId, LayerVisibility>;
}

/** Show one layer (on the chosen sides) and hide everything else; peeling is undone. */
export function isolateLayer(
  view: ViewState,
  layer: LayerId,
  side: BilateralSide | 'both',
): ViewState {
  const layers = allLayers('hidden');
  const sides: readonly BilateralSide[] = side === 'both' ? BILATERAL_SIDES : [side];
  for (const s of sides) layers[layer][s] = 'shown';
  return { ...view, layers, structures: {}, peel: 0 };
}

/** Show one structure alone. */
export function isolateStructure(view: ViewState, key: StructureKey): ViewState {
  return { ...view, layers: allLayers('hidden'), structures: { [key]: 'shown' }, peel: 0 };
}

const CYCLE: Record<Visibility, Visibility> = {
  shown: 'ghosted',
  ghosted: 'hidden',
  hidden: 'shown',
};

/** The next state when a user cycles a visibility toggle: shown → see-through → hidden → shown. */
export function nextVisibility(visibility: Visibility): Visibility {
  return CYCLE[visibility];
}

/** Layers, overrides and peel back to the default view; selection and camera stay. */
export function resetLayers(view: ViewState): ViewState {
  const fresh = defaultViewState();
  return { ...view, layers: fresh.layers, structures: fresh.structures, peel: fresh.peel };
}
