import { type BilateralSide, MUSCLES, type MuscleId, type StructureKey } from '../anatomy';
import type { ViewState } from './view-state';

type Vec3 = readonly [number, number, number];

/**
 * From where each muscle is seen best (model frame: +Z front, +Y up, the body's right is -X;
 * `lateral` is toward the muscle's own side), and which muscles cover it from there. Iliacus and
 * psoas are seen from the front, into the pelvis, never through the buttock.
 */
const BEST_VIEW: Readonly<
  Partial<Record<string, { lateral: number; up: number; front: number; coveredBy: MuscleId[] }>>
> = {
  'gluteus-maximus': { lateral: 0.35, up: 0.1, front: -1, coveredBy: [] },
  'gluteus-medius': { lateral: 1, up: 0.2, front: -0.45, coveredBy: [] },
  'gluteus-minimus': {
    lateral: 1,
    up: 0.2,
    front: 0.1,
    coveredBy: ['gluteus-medius', 'tensor-fasciae-latae'],
  },
  piriformis: { lateral: 0.3, up: 0.1, front: -1, coveredBy: ['gluteus-maximus'] },
  'tensor-fasciae-latae': { lateral: 0.8, up: 0.1, front: 0.7, coveredBy: [] },
  iliacus: { lateral: 0.3, up: 0.45, front: 1, coveredBy: [] },
  'psoas-major': { lateral: 0.2, up: 0.15, front: 1, coveredBy: [] },
  'iliotibial-band': { lateral: 1, up: 0.05, front: 0, coveredBy: [] },
};

function parseKey(key: StructureKey): { id: string; side: string } {
  const at = key.lastIndexOf(':');
  return { id: key.slice(0, at), side: key.slice(at + 1) };
}

/**
 * The direction (target → camera) from which a structure is framed, or null to keep the
 * current one (bones, nerves and the neighbouring muscles: any side shows them).
 */
export function structureViewDirection(key: StructureKey): Vec3 | null {
  const { id, side } = parseKey(key);
  const best = BEST_VIEW[id];
  if (!best || (side !== 'left' && side !== 'right')) return null;
  // The body's left is +X.
  const outward = side === 'left' ? 1 : -1;
  return [best.lateral * outward, best.up, best.front];
}

/**
 * The view with the muscles that cover a structure from its best side made see-through (on
 * that side, and only those that are drawn solid), so framing it shows it. Nothing else changes;
 * the user can make them solid again.
 */
export function revealStructure(view: ViewState, key: StructureKey): ViewState {
  const { id, side } = parseKey(key);
  const covering = BEST_VIEW[id]?.coveredBy ?? [];
  if (covering.length === 0 || (side !== 'left' && side !== 'right')) return view;
  const structures = { ...view.structures };
  let changed = false;
  for (const muscle of covering) {
    const coverKey = `${muscle}:${side as BilateralSide}` as StructureKey;
    const layer = MUSCLES.find((m) => m.id === muscle)?.layer;
    const layerShown = layer !== undefined && view.layers[layer][side as BilateralSide] === 'shown';
    const current = structures[coverKey] ?? (layerShown ? 'shown' : 'other');
    if (current !== 'shown') continue;
    structures[coverKey] = 'ghosted';
    changed = true;
  }
  return changed ? { ...view, structures } : view;
}
