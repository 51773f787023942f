import { motorPoints } from '../messages/en/motor-points';
import type { NeedleRouteFound } from './find-needle-route';
import { ROUTE_DEFAULTS } from './find-needle-route';
import { modelledStructureName } from './structure-name';
import type { NearbyStructure } from './tissue-query';

const n = motorPoints.needle;
const mm = (m: number) => Math.round(m * 1000);

/** The overshoot margin of a drawn route, as the card states it (every route states one). */
export function overshootSentence(route: Pick<NeedleRouteFound, 'overshoot'>): string {
  const o = route.overshoot;
  if (!o) return n.noOvershoot(mm(ROUTE_DEFAULTS.beyondM));
  const name = modelledStructureName(o.structure);
  return o.warning
    ? n.overshootWarning(name, mm(o.marginM), mm(ROUTE_DEFAULTS.warnMarginM))
    : n.overshoot(name, mm(o.marginM));
}

/** Modelled hazards around the target in any direction, nearest first. */
export function nearbyHazardsSentence(
  hazards: readonly NearbyStructure[],
  withinM: number,
): string {
  if (hazards.length === 0) return n.noHazardsNear(mm(withinM));
  return n.hazardsNear(
    mm(withinM),
    hazards.map((h) => `${modelledStructureName(h.structure)} ${mm(h.distanceM)} mm`).join('; '),
  );
}
