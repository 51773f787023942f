/**
 * Where a plan point's number goes on the patient's schematic of the hips seen from behind (a
 * 240 × 200 drawing; x to the right, y down; the patient's right side is on the viewer's right).
 * A schematic by muscle region, not a measured position: the picture says so.
 */
import type { MuscleId } from '../anatomy';
import type { NumberedPlanPoint } from './patient-plan-content';

export const SCHEMATIC_SIZE = { width: 240, height: 200 } as const;

/** Region centre per muscle on the viewer's right half (mirrored for the left side), and whether it is reached from the front. */
const REGION: Readonly<Record<MuscleId, { x: number; y: number; front: boolean }>> = {
  'gluteus-maximus': { x: 58, y: 120, front: false },
  'gluteus-medius': { x: 62, y: 66, front: false },
  'gluteus-minimus': { x: 84, y: 84, front: false },
  piriformis: { x: 40, y: 100, front: false },
  'tensor-fasciae-latae': { x: 104, y: 100, front: true },
  iliacus: { x: 62, y: 52, front: true },
  'psoas-major': { x: 26, y: 46, front: true },
};

export interface SchematicMark {
  readonly n: number;
  readonly x: number;
  readonly y: number;
  /** Treated from the front of the body: drawn dashed. */
  readonly front: boolean;
}

export function schematicMarks(points: readonly NumberedPlanPoint[]): SchematicMark[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const region = REGION[p.muscle as MuscleId] ?? { x: 60, y: 100, front: false };
    const group = `${p.muscle}:${p.side}`;
    const index = seen.get(group) ?? 0;
    seen.set(group, index + 1);
    const dx = region.x + (index % 2) * 20;
    const dy = region.y + Math.floor(index / 2) * 16 + (index % 2) * 6;
    const mid = SCHEMATIC_SIZE.width / 2;
    return { n: p.n, x: p.side === 'right' ? mid + dx : mid - dx, y: dy, front: region.front };
  });
}
