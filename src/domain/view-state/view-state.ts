import { type BilateralSide, LAYER_IDS, type LayerId, type StructureKey } from '../anatomy';
import { type CameraPresetId, DEFAULT_CAMERA_PRESET } from '../camera';

/** How a layer or structure is drawn. Ghosted = translucent but still pickable. */
export const VISIBILITIES = ['shown', 'ghosted', 'hidden'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VIEW_MODES = ['explore', 'patient', 'quiz'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export type Vec3Tuple = [number, number, number];

export type CameraView =
  | { kind: 'preset'; preset: CameraPresetId }
  | { kind: 'custom'; position: Vec3Tuple; target: Vec3Tuple };

/** Visibility of one layer on each side of the body (midline structures follow either side). */
export type LayerVisibility = Record<BilateralSide, Visibility>;

/**
 * Everything a shared link restores. One schema for the app, the URL and the embed API.
 */
export interface ViewState {
  layers: Record<LayerId, LayerVisibility>;
  /** Per-structure overrides of the layer's visibility. */
  structures: Partial<Record<StructureKey, Visibility>>;
  /** How many layers are peeled away from the surface: 0 = none … 4 = bones only. */
  peel: number;
  selection: StructureKey | null;
  camera: CameraView;
  mode: ViewMode;
  labels: boolean;
}

export const MAX_PEEL = 4;

function both(visibility: Visibility): LayerVisibility {
  return { left: visibility, right: visibility };
}

/** The view a first-time visitor sees: muscles and bones, skin off so the muscles show. */
export function defaultViewState(): ViewState {
  const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, both('shown')])) as Record<
    LayerId,
    LayerVisibility
  >;
  layers.skin = both('hidden');
  return {
    layers,
    structures: {},
    peel: 0,
    selection: null,
    camera: { kind: 'preset', preset: DEFAULT_CAMERA_PRESET },
    mode: 'explore',
    labels: false,
  };
}
