import type { ViewState } from '../view-state';
import { sessionPlanFromLocation } from './encode-session-plan';
import type { SessionPlan } from './session-plan';

export interface OpenedSessionPlan {
  /** The view to start with: patient mode and the plan's first point, unless the link said otherwise. */
  readonly view: ViewState;
  /** The plan the link carried, or null (no `plan=`, or one that could not be read). */
  readonly plan: SessionPlan | null;
  /** Readable problems: an unreadable plan, or points left out of it. */
  readonly notices: readonly string[];
}

/**
 * What opening a link does with its `plan=` parameter. A readable plan opens in patient mode with
 * its first point selected, unless the link's own `mode=` or `point=` say otherwise (the links
 * `sessionPlanLink` builds carry both). An unreadable plan leaves the view as the link gave it and
 * explains the problem; the app keeps working.
 */
export function openSessionPlan(search: string, view: ViewState, hash = ''): OpenedSessionPlan {
  const params = new URLSearchParams(search);
  const decoded = sessionPlanFromLocation(search, hash);
  if (!decoded) return { view, plan: null, notices: [] };
  if (!decoded.ok) return { view, plan: null, notices: [decoded.error] };
  const { plan } = decoded;
  const first = plan.points[0] ?? null;
  return {
    view: {
      ...view,
      mode: params.has('mode') ? view.mode : 'patient',
      point: params.has('point') ? view.point : first,
    },
    plan,
    notices: decoded.notices,
  };
}
