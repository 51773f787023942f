import {
  BILATERAL_SIDES,
  type BilateralSide,
  LAYER_IDS,
  type LayerId,
  type MuscleId,
  type StructureKey,
} from '../anatomy';
import type { Body } from '../body';
import type { MechanicsPreset } from '../mechanics';
import {
  type DysfunctionState,
  defaultDysfunction,
  dysfunctionFromPreset,
  type MuscleSeverity,
} from './dysfunction';
import { roundVec3 } from './url-params';
import {
  type CameraView,
  type LayerVisibility,
  MAX_PEEL,
  type MarkerSettings,
  type PointKey,
  type ViewMode,
  type ViewState,
  type Visibility,
} from './view-state';

/**
 * Every `ViewState → ViewState` change the viewer makes, in one place: the store's actions, the
 * embed's commands and the panels all call these and never rebuild a view by hand, so a rule
 * (a muscle with nothing wrong is left out, peel is clamped, a camera is rounded as a link keeps
 * it) holds whichever way the change arrives.
 */

export function withLayerVisibility(
  view: ViewState,
  layer: LayerId,
  side: BilateralSide | 'both',
  visibility: Visibility,
): ViewState {
  const sides: readonly BilateralSide[] = side === 'both' ? BILATERAL_SIDES : [side];
  const next = { ...view.layers[layer] };
  for (const s of sides) next[s] = visibility;
  return { ...view, layers: { ...view.layers, [layer]: next } };
}

/** A structure's own visibility, or `null` to follow its layer again. */
export function withStructureVisibility(
  view: ViewState,
  key: StructureKey,
  visibility: Visibility | null,
): ViewState {
  const structures = { ...view.structures };
  if (visibility === null) delete structures[key];
  else structures[key] = visibility;
  return { ...view, structures };
}

export interface VisibilityChanges {
  readonly layers: readonly {
    readonly layer: LayerId;
    readonly side: BilateralSide;
    readonly visibility: Visibility;
  }[];
  readonly structures: readonly {
    readonly key: StructureKey;
    readonly visibility: Visibility | null;
  }[];
  readonly peel?: number;
}

/** Several layer and structure visibilities at once (the embed's `setLayers`). */
export function withVisibilities(view: ViewState, changes: VisibilityChanges): ViewState {
  let next = view;
  for (const { layer, side, visibility } of changes.layers) {
    next = withLayerVisibility(next, layer, side, visibility);
  }
  for (const { key, visibility } of changes.structures) {
    next = withStructureVisibility(next, key, visibility);
  }
  return changes.peel === undefined ? next : withPeel(next, changes.peel);
}

/** Only these layers (on these sides) and structures, nothing peeled (the embed's `showOnly`). */
export function showingOnly(
  view: ViewState,
  only: {
    readonly layers: readonly LayerId[];
    readonly side: readonly BilateralSide[];
    readonly structures: readonly StructureKey[];
  },
): ViewState {
  const layers = Object.fromEntries(
    LAYER_IDS.map((id): [LayerId, LayerVisibility] => {
      const shown = only.layers.includes(id);
      const at = (side: BilateralSide) => (shown && only.side.includes(side) ? 'shown' : 'hidden');
      return [id, { left: at('left'), right: at('right') }];
    }),
  ) as Record<LayerId, LayerVisibility>;
  const structures = Object.fromEntries(only.structures.map((key) => [key, 'shown' as const]));
  return { ...view, layers, structures, peel: 0 };
}

/** Peel depth, rounded and clamped to 0…MAX_PEEL. */
export function withPeel(view: ViewState, peel: number): ViewState {
  const clamped = Number.isFinite(peel) ? Math.max(0, Math.min(MAX_PEEL, Math.round(peel))) : 0;
  return { ...view, peel: clamped };
}

export function withSelection(view: ViewState, selection: StructureKey | null): ViewState {
  return { ...view, selection };
}

export function withPoint(view: ViewState, point: PointKey | null): ViewState {
  return view.point === point ? view : { ...view, point };
}

export function withMarkers(view: ViewState, change: Partial<MarkerSettings>): ViewState {
  return { ...view, markers: { ...view.markers, ...change } };
}

export function withAcupuncture(view: ViewState, acupuncture: boolean): ViewState {
  return { ...view, acupuncture };
}

export function withMode(view: ViewState, mode: ViewMode): ViewState {
  return { ...view, mode };
}

export function withLabels(view: ViewState, labels: boolean): ViewState {
  return { ...view, labels };
}

/**
 * The camera as a link keeps it: custom positions rounded to the millimetre.
 * @internal
 */
export function normalizeCamera(camera: CameraView): CameraView {
  return camera.kind === 'custom'
    ? { kind: 'custom', position: roundVec3(camera.position), target: roundVec3(camera.target) }
    : camera;
}

export function withCamera(view: ViewState, camera: CameraView): ViewState {
  return { ...view, camera: normalizeCamera(camera) };
}

export function withDysfunction(view: ViewState, change: Partial<DysfunctionState>): ViewState {
  return { ...view, dysfunction: { ...view.dysfunction, ...change } };
}

/**
 * One muscle's weakness and tightness merged into the settings; a muscle with nothing wrong is
 * left out, as a link leaves it out.
 */
export function withMuscleSeverity(
  dysfunction: DysfunctionState,
  muscle: MuscleId,
  severity: Partial<MuscleSeverity> | null,
): DysfunctionState {
  const none: MuscleSeverity = { weakness: 0, tightness: 0 };
  const next = { ...(dysfunction.muscles[muscle] ?? none), ...(severity ?? none) };
  const muscles = { ...dysfunction.muscles };
  if (next.weakness === 0 && next.tightness === 0) delete muscles[muscle];
  else muscles[muscle] = next;
  return { ...dysfunction, muscles };
}

export interface DysfunctionChanges extends Partial<Omit<DysfunctionState, 'muscles'>> {
  /** Start from the healthy defaults before applying the rest. */
  readonly reset?: boolean;
  readonly muscles?: readonly {
    readonly muscle: MuscleId;
    readonly severity: Partial<MuscleSeverity> | null;
  }[];
}

/** Several muscles and settings at once (the embed's `setDysfunction`). */
export function withDysfunctionChanges(
  current: DysfunctionState,
  changes: DysfunctionChanges,
): DysfunctionState {
  const { reset, muscles = [], ...settings } = changes;
  let next = reset ? defaultDysfunction() : current;
  for (const { muscle, severity } of muscles) next = withMuscleSeverity(next, muscle, severity);
  const defined = Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  ) as Partial<DysfunctionState>;
  return { ...next, ...defined };
}

/** Fit to a body (its height and mass become the mechanics inputs too), or the reference body. */
export function withBody(view: ViewState, body: Body | null): ViewState {
  if (!body) return { ...view, bodySex: null };
  return {
    ...view,
    bodySex: body.sex,
    dysfunction: { ...view.dysfunction, heightM: body.heightM, bodyMassKg: body.massKg },
  };
}

/** A mechanics preset's settings, on the current stance side. */
export function withMechanicsPreset(view: ViewState, preset: MechanicsPreset): ViewState {
  return { ...view, dysfunction: dysfunctionFromPreset(preset, view.dysfunction.stanceSide) };
}
