import { addScaled, normalize, scale, type Vec3 } from '../geometry';
import {
  isHazard,
  type ModelledStructure,
  type NearbyStructure,
  type TissueQuery,
} from './tissue-query';

/** Tunables of the route rule (metres unless named otherwise). */
export interface RouteOptions {
  /** Longest route considered from skin to target; longer lines are not drawn. */
  readonly maxDepthM: number;
  /** No nerve, vessel or organ may lie this close to the line before the target. */
  readonly safetyM: number;
  /** Beyond the target, a hazard this close to the line counts as on it. */
  readonly lineRadiusM: number;
  /** How far beyond the target to look for the next hazard. */
  readonly beyondM: number;
  /** An overshoot margin shorter than this gets a warning. */
  readonly warnMarginM: number;
  /** Number of evenly spread directions tried from the target. */
  readonly directions: number;
  /** Spacing of the clearance samples along a line. */
  readonly stepM: number;
  /** How many of the shortest clear lines are compared for room beyond the target. */
  readonly compared: number;
  /** Crossings closer than this to the target belong to the target itself. */
  readonly touchM: number;
  /** Directions (target toward skin) tried first, e.g. toward the nearest skin point. */
  readonly extraDirections: readonly Vec3[];
}

export const ROUTE_DEFAULTS: RouteOptions = {
  maxDepthM: 0.12,
  safetyM: 0.005,
  lineRadiusM: 0.005,
  beyondM: 0.1,
  warnMarginM: 0.02,
  directions: 160,
  stepM: 0.002,
  compared: 12,
  touchM: 0.0005,
  extraDirections: [],
};

/** The next nerve, vessel or organ along the line past the target. */
interface Overshoot {
  readonly structure: ModelledStructure;
  /** How far the tip could go past the target before it reaches the structure. */
  readonly marginM: number;
  /** The margin is shorter than the warning distance. */
  readonly warning: boolean;
}

export interface NeedleRouteFound {
  readonly kind: 'route';
  readonly skinEntry: Vec3;
  /** Unit vector from the skin entry toward the target. */
  readonly direction: Vec3;
  readonly depthM: number;
  /** Modelled structures the line crosses, from the skin in (skin first, target's own last). */
  readonly crossed: readonly ModelledStructure[];
  /** `null` when nothing lies within `beyondM` past the target. */
  readonly overshoot: Overshoot | null;
  /** Hazards within `safetyM` of the target itself (a nerve entry sits on its nerve). */
  readonly atTarget: readonly NearbyStructure[];
  /** Lines tried, and how many of them reached the skin without bone or a hazard. */
  readonly tried: number;
  readonly clear: number;
  /** The chosen line keeps the warning distance beyond the target. */
  readonly roomBeyond: boolean;
}

type NoRouteReason = 'no-skin' | 'blocked';

interface NoNeedleRoute {
  readonly kind: 'none';
  readonly reason: NoRouteReason;
  /** What blocked the lines most often (bone, hazards), most frequent first. */
  readonly blockedBy: readonly ModelledStructure[];
  readonly tried: number;
}

export type NeedleRoute = NeedleRouteFound | NoNeedleRoute;

/** Evenly spread unit vectors on the sphere (Fibonacci lattice). */
function spreadDirections(count: number): Vec3[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: Vec3[] = [];
  for (let i = 0; i < count; i++) {
    const y = 1 - (2 * (i + 0.5)) / count;
    const r = Math.sqrt(1 - y * y);
    out.push([Math.cos(golden * i) * r, y, Math.sin(golden * i) * r]);
  }
  return out;
}

interface Candidate {
  toSkin: Vec3;
  depthM: number;
  crossed: ModelledStructure[];
}

/** The hazards within `radiusM` of the line from `from` along `dir`, sampled every step. */
function closestHazardAlong(
  query: TissueQuery,
  from: Vec3,
  dir: Vec3,
  startM: number,
  endM: number,
  radiusM: number,
  stepM: number,
  ignore: ReadonlySet<string>,
): { structure: ModelledStructure; alongM: number; distanceM: number } | null {
  let best: { structure: ModelledStructure; alongM: number; distanceM: number } | null = null;
  for (let s = startM; s <= endM + 1e-9; s += stepM) {
    for (const near of query.hazardsNear(addScaled(from, dir, s), radiusM)) {
      if (ignore.has(near.structure.key)) continue;
      const reach = s + near.distanceM;
      if (!best || reach < best.alongM + best.distanceM)
        best = { structure: near.structure, alongM: s, distanceM: near.distanceM };
    }
  }
  return best;
}

/**
 * The needle route rule. A point gets a straight route only when a line from a skin entry
 * reaches it through soft tissue alone: no bone, no nerve, vessel, organ or structure at risk
 * on the line, and none within `safetyM` of it before the target. Lines in many directions are
 * tried (not only from the nearest skin point); of the clear ones, the shortest that leaves at
 * least `warnMarginM` before the next hazard beyond the target is chosen, else the shortest.
 */
export function findNeedleRoute(
  target: Vec3,
  query: TissueQuery,
  options: Partial<RouteOptions> = {},
  targetStructure?: ModelledStructure,
): NeedleRoute {
  const o = { ...ROUTE_DEFAULTS, ...options };
  const directions = [
    ...o.extraDirections.flatMap((d) => {
      const unit = normalize(d);
      return unit ? [unit] : [];
    }),
    ...spreadDirections(o.directions),
  ];
  const blockCounts = new Map<string, { structure: ModelledStructure; count: number }>();
  const block = (structure: ModelledStructure) => {
    const entry = blockCounts.get(structure.key) ?? { structure, count: 0 };
    entry.count += 1;
    blockCounts.set(structure.key, entry);
  };
  const atTarget = query.hazardsNear(target, o.safetyM);
  const atTargetKeys = new Set(atTarget.map((n) => n.structure.key));
  let reachedSkin = 0;
  const clearOfCrossings: Candidate[] = [];
  for (const toSkin of directions) {
    const crossings = [...query.crossings(target, toSkin, o.maxDepthM)].sort(
      (a, b) => a.distanceM - b.distanceM,
    );
    const skin = crossings.find((c) => c.structure.kind === 'skin' && c.distanceM > o.touchM);
    if (!skin) continue;
    reachedSkin += 1;
    const inside = crossings.filter((c) => c.distanceM > o.touchM && c.distanceM < skin.distanceM);
    const blocker = inside.find(
      (c) =>
        c.structure.kind === 'bone' ||
        (isHazard(c.structure) && !(atTargetKeys.has(c.structure.key) && c.distanceM < o.safetyM)),
    );
    if (blocker) {
      block(blocker.structure);
      continue;
    }
    const crossed: ModelledStructure[] = [skin.structure];
    for (const c of [...inside].reverse())
      if (!crossed.some((s) => s.key === c.structure.key)) crossed.push(c.structure);
    if (targetStructure && !crossed.some((s) => s.key === targetStructure.key))
      crossed.push(targetStructure);
    clearOfCrossings.push({ toSkin, depthM: skin.distanceM, crossed });
  }
  clearOfCrossings.sort((a, b) => a.depthM - b.depthM);

  const clear: (Candidate & { overshoot: Overshoot | null })[] = [];
  for (const candidate of clearOfCrossings) {
    if (clear.length >= o.compared) break;
    // Nothing hazardous within the safety distance of the line, except at the target itself.
    const near = closestHazardAlong(
      query,
      target,
      candidate.toSkin,
      o.safetyM,
      candidate.depthM,
      o.safetyM,
      o.stepM,
      new Set(),
    );
    if (near) {
      block(near.structure);
      continue;
    }
    clear.push({
      ...candidate,
      overshoot: overshootAlong(query, target, candidate.toSkin, o, atTargetKeys),
    });
  }
  if (clear.length === 0) {
    return {
      kind: 'none',
      reason: reachedSkin === 0 ? 'no-skin' : 'blocked',
      blockedBy: [...blockCounts.values()]
        .sort((a, b) => b.count - a.count)
        .slice(0, 3)
        .map((b) => b.structure),
      tried: directions.length,
    };
  }
  const roomy = clear.find((c) => !c.overshoot?.warning);
  const chosen = roomy ?? clear[0]!;
  const direction = scale(chosen.toSkin, -1);
  return {
    kind: 'route',
    skinEntry: addScaled(target, chosen.toSkin, chosen.depthM),
    direction: normalize(direction) ?? direction,
    depthM: chosen.depthM,
    crossed: chosen.crossed,
    overshoot: chosen.overshoot,
    atTarget,
    tried: directions.length,
    clear: clearOfCrossings.length,
    roomBeyond: roomy !== undefined,
  };
}

/** The next hazard past the target along the line (crossed, or within `lineRadiusM` of it). */
function overshootAlong(
  query: TissueQuery,
  target: Vec3,
  toSkin: Vec3,
  o: RouteOptions,
  atTargetKeys: ReadonlySet<string>,
): Overshoot | null {
  const deeper = scale(toSkin, -1);
  let best: { structure: ModelledStructure; marginM: number } | null = null;
  for (const c of query.crossings(target, deeper, o.beyondM)) {
    if (!isHazard(c.structure) || c.distanceM <= o.touchM) continue;
    if (atTargetKeys.has(c.structure.key) && c.distanceM < o.safetyM) continue;
    if (!best || c.distanceM < best.marginM)
      best = { structure: c.structure, marginM: c.distanceM };
  }
  const near = closestHazardAlong(
    query,
    target,
    deeper,
    o.stepM,
    o.beyondM,
    o.lineRadiusM,
    o.stepM,
    atTargetKeys,
  );
  if (near && (!best || near.alongM + near.distanceM < best.marginM))
    best = { structure: near.structure, marginM: near.alongM + near.distanceM };
  return best ? { ...best, warning: best.marginM < o.warnMarginM } : null;
}
