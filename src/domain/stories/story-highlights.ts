import {
  BILATERAL_SIDES,
  type BilateralSide,
  type Side,
  STRUCTURES,
  type StructureKey,
} from '../anatomy';
import { MOTOR_POINTS } from '../motor-points';
import type { PointKey } from '../view-state';
import type { StoryHighlight, StoryStep } from './story';

const POINT_IDS: ReadonlySet<string> = new Set(MOTOR_POINTS.map((p) => p.id));

const SIDES_OF_STRUCTURE = new Map<string, Side[]>();
for (const s of STRUCTURES) {
  SIDES_OF_STRUCTURE.set(s.id, [...(SIDES_OF_STRUCTURE.get(s.id) ?? []), s.side]);
}

function splitKey(value: string): { name: string; side: string | undefined } | undefined {
  const parts = value.split(':');
  if (parts.length > 2) return undefined;
  return { name: parts[0] ?? '', side: parts[1] };
}

function isBilateralSide(value: string): value is BilateralSide {
  return (BILATERAL_SIDES as readonly string[]).includes(value);
}

/** `id:side` of a motor point record (side defaults to right, as in the URL form), or null. */
export function parsePointKey(value: string): PointKey | null {
  const key = splitKey(value);
  if (!key || !POINT_IDS.has(key.name)) return null;
  const side = key.side ?? 'right';
  return isBilateralSide(side) ? `${key.name}:${side}` : null;
}

/**
 * A highlight as written in a story: `gluteus-medius:left`, `sacrum`, `piriformis-nerve-entry:right`
 * or a name without a side (every side it exists on). Null when the name is unknown.
 */
export function parseHighlight(value: string): StoryHighlight[] | null {
  const key = splitKey(value);
  if (!key) return null;
  if (POINT_IDS.has(key.name)) {
    if (key.side === undefined) return BILATERAL_SIDES.map((s): PointKey => `${key.name}:${s}`);
    return isBilateralSide(key.side) ? [`${key.name}:${key.side}`] : null;
  }
  const sides = SIDES_OF_STRUCTURE.get(key.name);
  if (!sides) return null;
  if (key.side === undefined) return sides.map((s) => `${key.name}:${s}` as StructureKey);
  return sides.includes(key.side as Side) ? [`${key.name}:${key.side}` as StructureKey] : null;
}

function isPointHighlight(highlight: StoryHighlight): highlight is PointKey {
  const name = highlight.slice(0, highlight.lastIndexOf(':'));
  return POINT_IDS.has(name);
}

/** A step's highlights split into structures (emphasise the mesh) and motor points (the marker). */
export function storyStepHighlights(step: Pick<StoryStep, 'highlights'>): {
  structures: StructureKey[];
  points: PointKey[];
} {
  const structures: StructureKey[] = [];
  const points: PointKey[] = [];
  for (const h of step.highlights ?? []) {
    if (isPointHighlight(h)) points.push(h);
    else structures.push(h as StructureKey);
  }
  return { structures, points };
}
