import { messages } from '../../domain/messages';
import type { PlanStorage } from './usePlanStorage';

const t = messages.clinician.plan;
const s = t.storage;

/** What happened to the plan saved in this browser, with the choices that lose nothing. */
export function PlanStorageNotice({ storage }: { storage: PlanStorage }) {
  const { status } = storage;
  if (status.kind === 'ok') return null;
  const alert = status.kind === 'save-failed' || status.kind === 'conflict';
  const body = (() => {
    switch (status.kind) {
      case 'save-failed':
        return <p>{s.saveFailed}</p>;
      case 'conflict':
        return (
          <>
            <p>{s.conflict}</p>
            <div className="actions">
              <button type="button" data-action="load-other-plan" onClick={storage.loadOther}>
                {s.loadOther}
              </button>
              <button type="button" data-action="keep-my-plan" onClick={storage.saveHere}>
                {s.keepMine}
              </button>
            </div>
          </>
        );
      case 'link-plan':
        return (
          <>
            <p>{s.linkPlanHeld}</p>
            <div className="actions">
              <button type="button" data-action="open-saved-plan" onClick={storage.openSaved}>
                {s.openSavedPlan}
              </button>
              <button type="button" data-action="save-link-plan" onClick={storage.saveHere}>
                {s.saveLinkPlan}
              </button>
            </div>
          </>
        );
      case 'kept-aside':
        return <p>{s.keptAside(status.reason)}</p>;
      case 'updated-elsewhere':
        return <p>{s.updatedElsewhere}</p>;
      case 'cleared':
        return (
          <>
            <p>{t.clearedUndo}</p>
            <div className="actions">
              <button type="button" data-action="undo-new-plan" onClick={storage.undoClear}>
                {t.undoClear}
              </button>
            </div>
          </>
        );
    }
  })();
  return (
    <div
      className="notice-inline plan-storage-notice"
      role={alert ? 'alert' : 'status'}
      data-testid="plan-storage-notice"
      data-status={status.kind}
    >
      {body}
      {status.kind !== 'conflict' && status.kind !== 'link-plan' && (
        <button type="button" className="dismiss" onClick={storage.dismiss}>
          {s.dismiss}
        </button>
      )}
    </div>
  );
}
