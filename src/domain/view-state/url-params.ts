import {
  BILATERAL_SIDES,
  type BilateralSide,
  LAYER_IDS,
  type LayerId,
  type Side,
  STRUCTURES,
  type StructureKey,
} from '../anatomy';
import { DEFAULT_CAMERA_PRESET, isCameraPresetId } from '../camera';
import {
  type CameraView,
  defaultViewState,
  MAX_PEEL,
  type Vec3Tuple,
  VIEW_MODES,
  type ViewMode,
  type ViewState,
  type Visibility,
} from './view-state';

/** A parameter that was ignored, with why; the UI turns it into a small notice. */
export interface ParamNotice {
  param: string;
  value: string;
  problem: 'unknown-parameter' | 'malformed-value' | 'unknown-name';
  /** The part of the value that was wrong, when only part of it was. */
  detail?: string;
}

export interface ParsedView {
  state: ViewState;
  notices: ParamNotice[];
}

/** Parameters owned by other parts of the app (model loading, embedding); not view state. */
export const PASS_THROUGH_PARAMS = new Set<string>([
  'model',
  'ui',
  'controls',
  'origins',
  'loading',
  'story',
]);

const VISIBILITY_PARAMS = {
  show: 'shown',
  ghost: 'ghosted',
  hide: 'hidden',
} as const satisfies Record<string, Visibility>;
type VisibilityParam = keyof typeof VISIBILITY_PARAMS;

const STRUCTURES_BY_ID = new Map<string, Side[]>();
for (const s of STRUCTURES) {
  STRUCTURES_BY_ID.set(s.id, [...(STRUCTURES_BY_ID.get(s.id) ?? []), s.side]);
}

/** Values are short and human-readable; anything longer is junk, not a view. */
const MAX_VALUE_LENGTH = 2000;
const CAMERA_LIMIT_M = 100;

function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

function applyVisibilityItem(
  state: ViewState,
  item: string,
  visibility: Visibility,
): 'ok' | 'unknown-name' {
  const [name = '', sidePart, ...rest] = item.split(':');
  if (rest.length > 0) return 'unknown-name';
  const side = sidePart === undefined || sidePart === 'both' ? null : sidePart;
  if (isLayerId(name) && side !== 'midline') {
    if (side !== null && !(BILATERAL_SIDES as readonly string[]).includes(side))
      return 'unknown-name';
    const sides: readonly BilateralSide[] = side ? [side as BilateralSide] : BILATERAL_SIDES;
    for (const s of sides) state.layers[name][s] = visibility;
    return 'ok';
  }
  const sidesOfStructure = STRUCTURES_BY_ID.get(name);
  if (!sidesOfStructure) return 'unknown-name';
  const targets = side === null ? sidesOfStructure : sidesOfStructure.filter((s) => s === side);
  if (targets.length === 0) return 'unknown-name';
  for (const s of targets) {
    state.structures[`${name}:${s}` as StructureKey] = visibility;
  }
  return 'ok';
}

function parseStructureKey(value: string): StructureKey | null {
  const [name = '', side, ...rest] = value.split(':');
  if (rest.length > 0) return null;
  const sides = STRUCTURES_BY_ID.get(name);
  if (!sides) return null;
  const chosen = side ?? (sides.length === 1 ? sides[0] : undefined);
  if (!chosen || !sides.includes(chosen as Side)) return null;
  return `${name}:${chosen}` as StructureKey;
}

function parseCamera(value: string): CameraView | null {
  if (isCameraPresetId(value)) return { kind: 'preset', preset: value };
  const numbers = value.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (
    numbers.length !== 6 ||
    numbers.some((n) => !Number.isFinite(n) || Math.abs(n) > CAMERA_LIMIT_M)
  ) {
    return null;
  }
  const [px, py, pz, tx, ty, tz] = numbers as [number, number, number, number, number, number];
  if (px === tx && py === ty && pz === tz) return null;
  return { kind: 'custom', position: [px, py, pz], target: [tx, ty, tz] };
}

/**
 * Read a view from URL parameters. Never throws: unknown or malformed parameters are
 * ignored and reported, and whatever was valid is kept.
 */
export function parseViewParams(search: string | URLSearchParams): ParsedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultViewState();
  const notices: ParamNotice[] = [];
  for (const [param, rawValue] of params) {
    const value = rawValue.trim();
    if (value.length > MAX_VALUE_LENGTH) {
      notices.push({ param, value: `${value.slice(0, 40)}…`, problem: 'malformed-value' });
      continue;
    }
    if (param in VISIBILITY_PARAMS) {
      const visibility = VISIBILITY_PARAMS[param as VisibilityParam];
      for (const item of value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (applyVisibilityItem(state, item, visibility) !== 'ok') {
          notices.push({ param, value, problem: 'unknown-name', detail: item });
        }
      }
      continue;
    }
    switch (param) {
      case 'peel': {
        const peel = Number(value);
        if (value !== '' && Number.isInteger(peel) && peel >= 0 && peel <= MAX_PEEL)
          state.peel = peel;
        else notices.push({ param, value, problem: 'malformed-value' });
        break;
      }
      case 'sel': {
        const key = parseStructureKey(value);
        if (key) state.selection = key;
        else notices.push({ param, value, problem: 'unknown-name' });
        break;
      }
      case 'cam': {
        const camera = parseCamera(value);
        if (camera) state.camera = camera;
        else notices.push({ param, value, problem: 'malformed-value' });
        break;
      }
      case 'mode': {
        if ((VIEW_MODES as readonly string[]).includes(value)) state.mode = value as ViewMode;
        else notices.push({ param, value, problem: 'unknown-name' });
        break;
      }
      case 'labels': {
        if (value === '1' || value === '0') state.labels = value === '1';
        else notices.push({ param, value, problem: 'malformed-value' });
        break;
      }
      default:
        if (!PASS_THROUGH_PARAMS.has(param))
          notices.push({ param, value, problem: 'unknown-parameter' });
    }
  }
  return { state, notices };
}

/** Camera coordinates are kept to the millimetre so a link round-trips exactly. */
export function roundToMm(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function roundVec3(v: readonly [number, number, number]): Vec3Tuple {
  return [roundToMm(v[0]), roundToMm(v[1]), roundToMm(v[2])];
}

function serializeVisibilityLists(state: ViewState): Record<VisibilityParam, string[]> {
  const defaults = defaultViewState();
  const lists: Record<VisibilityParam, string[]> = { show: [], ghost: [], hide: [] };
  const paramOf = (v: Visibility): VisibilityParam =>
    v === 'shown' ? 'show' : v === 'ghosted' ? 'ghost' : 'hide';
  for (const layer of LAYER_IDS) {
    const { left, right } = state.layers[layer];
    const base = defaults.layers[layer];
    if (left === right) {
      if (left !== base.left || right !== base.right) lists[paramOf(left)].push(layer);
    } else {
      if (left !== base.left) lists[paramOf(left)].push(`${layer}:left`);
      if (right !== base.right) lists[paramOf(right)].push(`${layer}:right`);
    }
  }
  const seen = new Set<string>();
  for (const s of STRUCTURES) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const sides = STRUCTURES_BY_ID.get(s.id) ?? [];
    const values = sides.map((side) => state.structures[`${s.id}:${side}` as StructureKey]);
    const first = values[0];
    if (sides.length > 1 && first !== undefined && values.every((v) => v === first)) {
      lists[paramOf(first)].push(s.id);
      continue;
    }
    sides.forEach((side, i) => {
      const v = values[i];
      if (v !== undefined) lists[paramOf(v)].push(`${s.id}:${side}`);
    });
  }
  return lists;
}

/**
 * Write a view as URL parameters: only what differs from the default view, in a fixed order,
 * so equal views give equal links.
 */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const lists = serializeVisibilityLists(state);
  for (const key of ['hide', 'ghost', 'show'] as const) {
    if (lists[key].length > 0) params.set(key, lists[key].join(','));
  }
  if (state.peel !== 0) params.set('peel', String(state.peel));
  if (state.selection) params.set('sel', state.selection);
  if (state.camera.kind === 'custom') {
    params.set(
      'cam',
      [...roundVec3(state.camera.position), ...roundVec3(state.camera.target)].join(','),
    );
  } else if (state.camera.preset !== DEFAULT_CAMERA_PRESET) {
    params.set('cam', state.camera.preset);
  }
  if (state.mode !== 'explore') params.set('mode', state.mode);
  if (state.labels) params.set('labels', '1');
  return params;
}
