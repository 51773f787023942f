import { LAYERS, type LayerId, STRUCTURES, type Structure, type StructureKey } from '../anatomy';
import { messages } from '../messages';

/** One row of the structure tree: a layer (level 1) or a structure on one side (level 2). */
export type TreeRow =
  | { kind: 'layer'; key: `layer:${LayerId}`; layer: LayerId; level: 1; label: string }
  | {
      kind: 'structure';
      key: StructureKey;
      structure: Structure;
      level: 2;
      label: string;
      parent: `layer:${LayerId}`;
    };

/** The rows a user can reach with the arrow keys, given which layers are expanded. */
export function visibleTreeRows(expanded: ReadonlySet<LayerId>): TreeRow[] {
  const rows: TreeRow[] = [];
  for (const layer of LAYERS) {
    const layerKey = `layer:${layer.id}` as const;
    rows.push({
      kind: 'layer',
      key: layerKey,
      layer: layer.id,
      level: 1,
      label: messages.view.layerNames[layer.id],
    });
    if (!expanded.has(layer.id)) continue;
    for (const structure of STRUCTURES) {
      if (structure.layer !== layer.id) continue;
      rows.push({
        kind: 'structure',
        key: `${structure.id}:${structure.side}` as StructureKey,
        structure,
        level: 2,
        label: messages.view.structureOnSide(structure.label, structure.side),
        parent: layerKey,
      });
    }
  }
  return rows;
}

export type TreeKey = TreeRow['key'];

/** Where focus goes for a navigation key (WAI-ARIA tree pattern), or null when it stays. */
export function moveTreeFocus(
  rows: readonly TreeRow[],
  current: TreeKey,
  key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'ArrowLeft',
): TreeKey | null {
  const index = rows.findIndex((row) => row.key === current);
  if (index < 0) return rows[0]?.key ?? null;
  switch (key) {
    case 'ArrowDown':
      return rows[Math.min(rows.length - 1, index + 1)]?.key ?? null;
    case 'ArrowUp':
      return rows[Math.max(0, index - 1)]?.key ?? null;
    case 'Home':
      return rows[0]?.key ?? null;
    case 'End':
      return rows[rows.length - 1]?.key ?? null;
    case 'ArrowLeft': {
      const row = rows[index];
      return row?.kind === 'structure' ? row.parent : null;
    }
  }
}
