import { STRUCTURES, type StructureKey } from '../anatomy';
import type { ViewState } from './view-state';

/** More pinned labels than this would no longer fit a view beside each other. */
export const MAX_PINNED_LABELS = 12;

const VOCABULARY_ORDER = new Map<string, number>(
  STRUCTURES.map((s, index) => [`${s.id}:${s.side}`, index]),
);

/** Pins in vocabulary order, so equal sets of pins give equal links. */
export function sortPins(pins: readonly StructureKey[]): StructureKey[] {
  return [...pins].sort((a, b) => (VOCABULARY_ORDER.get(a) ?? 0) - (VOCABULARY_ORDER.get(b) ?? 0));
}

export function isLabelPinned(view: ViewState, key: StructureKey): boolean {
  return view.pinnedLabels.includes(key);
}

/**
 * Pin a structure's label: it stays shown whatever the automatic rule says. Unchanged (the same
 * object) when it is already pinned, unknown, or the pins are full.
 */
export function pinLabel(view: ViewState, key: StructureKey): ViewState {
  if (
    !VOCABULARY_ORDER.has(key) ||
    view.pinnedLabels.includes(key) ||
    view.pinnedLabels.length >= MAX_PINNED_LABELS
  )
    return view;
  return { ...view, pinnedLabels: sortPins([...view.pinnedLabels, key]) };
}

/** Remove a pinned label. Unchanged (the same object) when it was not pinned. */
export function unpinLabel(view: ViewState, key: StructureKey): ViewState {
  if (!view.pinnedLabels.includes(key)) return view;
  return { ...view, pinnedLabels: view.pinnedLabels.filter((k) => k !== key) };
}
