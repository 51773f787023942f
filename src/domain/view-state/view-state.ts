import {
  type BilateralSide,
  LAYER_IDS,
  type LayerId,
  type MuscleId,
  type StructureKey,
} from '../anatomy';
import type { BodySex } from '../body';
import { type CameraPresetId, DEFAULT_CAMERA_PRESET } from '../camera';
import { type Confidence, POINT_TYPES, type PointType } from '../motor-points/motor-point';
import { type DysfunctionState, defaultDysfunction } from './dysfunction';

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

/** A placed point on one side: `tensor-fasciae-latae-nerve-entry:left`. */
export type PointKey = `${string}:${BilateralSide}`;

/** Which motor point markers are drawn. */
export interface MarkerSettings {
  shown: boolean;
  /** Draw markers through the tissue in front of them. */
  xray: boolean;
  types: PointType[];
  /** Hide points below this confidence (null: show all). */
  minConfidence: Confidence | null;
  /** Only this muscle's points (null: all muscles). */
  muscle: MuscleId | null;
}

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
  /** Structures whose label stays shown whatever the automatic rule says (vocabulary order). */
  pinnedLabels: StructureKey[];
  /** The selected motor point, if any. */
  point: PointKey | null;
  markers: MarkerSettings;
  /** The acupuncture overlay (off by default). */
  acupuncture: boolean;
  dysfunction: DysfunctionState;
  /**
   * The body the model is fitted to: null shows the reference body (as every link without
   * `body=` always has); a sex fits the model to it and to the mechanics height and mass
   * (`dysfunction.heightM`, `dysfunction.bodyMassKg`), one pair of numbers for both.
   */
  bodySex: BodySex | null;
}

export const MAX_PEEL = 4;

function both(visibility: Visibility): LayerVisibility {
  return { left: visibility, right: visibility };
}

/**
 * The view a first-time visitor sees: muscles and bones, skin off so the muscles show, the
 * neighbouring (context) muscles off so the first load stays small and the hip muscles read.
 */
export function defaultViewState(): ViewState {
  const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, both('shown')])) as Record<
    LayerId,
    LayerVisibility
  >;
  layers.skin = both('hidden');
  // The neighbouring muscles come from a second file, fetched the first time the layer is shown.
  layers.context = both('hidden');
  // Vessels and organs (kidneys, the peritoneal cavity) cover the lumbar spine and groin; needle
  // guidance checks against them whether drawn or not, and the user can show them.
  layers['vessels-organs'] = both('hidden');
  return {
    layers,
    structures: {},
    peel: 0,
    selection: null,
    camera: { kind: 'preset', preset: DEFAULT_CAMERA_PRESET },
    mode: 'explore',
    labels: false,
    pinnedLabels: [],
    point: null,
    markers: {
      shown: true,
      xray: false,
      types: [...POINT_TYPES],
      minConfidence: null,
      muscle: null,
    },
    acupuncture: false,
    dysfunction: defaultDysfunction(),
    bodySex: null,
  };
}
