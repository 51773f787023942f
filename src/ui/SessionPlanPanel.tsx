import { useId, useMemo } from 'react';
import { messages } from '../domain/messages';
import {
  checkSessionPlan,
  handoutContent,
  isoDate,
  isPlanEmpty,
  type SessionPlan,
  sessionPlanLink,
  sessionPlanLinkView,
} from '../domain/session-plan';
import type { ViewState } from '../domain/view-state';
import { useViewer } from '../state';
import { shareLink } from './ShareButton';
import { PlanDetails } from './session-plan/PlanDetails';
import { PlanHandoutActions } from './session-plan/PlanHandoutActions';
import { PlanPointsEditor } from './session-plan/PlanPointsEditor';
import { PlanShare } from './session-plan/PlanShare';
import { PlanStorageNotice } from './session-plan/PlanStorageNotice';
import { usePlanStorageContext } from './session-plan/plan-storage-context';

const t = messages.clinician.plan;
const l = messages.learning.plan;

/** The plan's link from this page (see `sessionPlanLinkView`), keeping a custom model. */
function planLink(plan: SessionPlan, view: ViewState): string | null {
  try {
    const here = `${window.location.origin}${window.location.pathname}`;
    const link = new URL(sessionPlanLink(here, plan, { view: sessionPlanLinkView(view) }));
    // The plan travels in the fragment (#plan=…), which servers and Referer never see.
    return `${shareLink(link.searchParams, window.location)}${link.hash}`;
  } catch {
    return null;
  }
}

/**
 * A clinician's plan for one session: points (the selected one, or from a list), a note and an
 * optional patient label; shared as a link and a QR code, printed as a one-page handout, and a
 * picture of the view saved as PNG. The plan lives in the store, the link and this browser.
 */
export function SessionPlanPanel() {
  const plan = useViewer((s) => s.sessionPlan);
  const storage = usePlanStorageContext();
  const setPlan = storage.setPlan;
  const view = useViewer((s) => s.view);
  const ids = useId();
  const today = useMemo(() => isoDate(new Date()), []);
  const dated = useMemo(() => ({ ...plan, created: plan.created ?? today }), [plan, today]);
  const problems = checkSessionPlan(dated);
  const link = useMemo(
    () => (isPlanEmpty(dated) || problems.length > 0 ? null : planLink(dated, view)),
    [dated, view, problems.length],
  );
  const handout = useMemo(() => handoutContent(dated, { view }), [dated, view]);

  return (
    <section className="panel session-plan" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{l.heading}</h2>
      <p className="hint">{t.intro}</p>
      <PlanStorageNotice storage={storage} />
      <PlanPointsEditor plan={plan} setPlan={setPlan} onClear={storage.clear} />
      <PlanDetails plan={plan} setPlan={setPlan} problems={problems} />
      <PlanShare link={link} />
      <PlanHandoutActions handout={handout} printedOn={today} link={link} />
    </section>
  );
}
