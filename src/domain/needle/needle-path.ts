import type { NerveId, Side, StructureKey } from '../anatomy';

/** Where a straight needle line enters a structure, measured from the skin point. */
export interface TissueCrossing {
  key: StructureKey;
  /** Distance along the line from the skin point to where the line enters the structure. */
  entryM: number;
}

export interface NerveDistance {
  nerve: NerveId;
  side: Side;
  /** Shortest distance from the target point to the nerve's surface. */
  distanceM: number;
}

export interface NeedlePathInput {
  /** Length of the straight line from the nearest skin point to the target (metres). */
  lengthM: number;
  /** Where the line enters each structure it crosses (the target's own muscle included). */
  crossings: readonly TissueCrossing[];
  /** Distances from the target to each modelled nerve. */
  nerves: readonly NerveDistance[];
}

export interface NeedlePathSummary {
  /** Depth of the target below the skin on this model, whole millimetres. */
  depthMm: number;
  /** Structures crossed from the skin inward, each once, in order of entry. */
  tissues: StructureKey[];
  nearestNerve: { nerve: NerveId; side: Side; distanceMm: number } | null;
}

/**
 * Summarise a needle line from the skin to a point: depth, tissues in the order the line meets
 * them (skin first), and the nearest modelled nerve. The scene measures; this decides.
 */
export function summariseNeedlePath(input: NeedlePathInput): NeedlePathSummary {
  const ordered = [...input.crossings]
    .filter((c) => c.entryM >= -1e-4 && c.entryM <= input.lengthM + 1e-4)
    .sort((x, y) => x.entryM - y.entryM);
  const tissues: StructureKey[] = [];
  for (const crossing of ordered) if (!tissues.includes(crossing.key)) tissues.push(crossing.key);
  const nearest = [...input.nerves].sort((x, y) => x.distanceM - y.distanceM)[0];
  return {
    depthMm: Math.round(input.lengthM * 1000),
    tissues,
    nearestNerve: nearest
      ? {
          nerve: nearest.nerve,
          side: nearest.side,
          distanceMm: Math.round(nearest.distanceM * 1000),
        }
      : null,
  };
}
