import { messages } from '../../domain/messages';
import type { PlanStorage } from './usePlanStorage';

const t = messages.clinician.plan;
const s = t.storage;

interface Choice {
  action: string;
  label: string;
  run: () => void;
}

/** The sentence for each status, and the choices it offers (none: the notice can be dismissed). */
function noticeFor(storage: PlanStorage): { text: string; choices: Choice[] } | null {
  const { status } = storage;
  switch (status.kind) {
    case 'ok':
      return null;
    case 'save-failed':
      return { text: s.saveFailed, choices: [] };
    case 'conflict':
      return {
        text: s.conflict,
        choices: [
          { action: 'load-other-plan', label: s.loadOther, run: storage.loadOther },
          { action: 'keep-my-plan', label: s.keepMine, run: storage.saveHere },
        ],
      };
    case 'link-plan':
      return {
        text: s.linkPlanHeld,
        choices: [
          { action: 'open-saved-plan', label: s.openSavedPlan, run: storage.openSaved },
          { action: 'save-link-plan', label: s.saveLinkPlan, run: storage.saveHere },
        ],
      };
    case 'kept-aside':
      return { text: s.keptAside(status.reason), choices: [] };
    case 'updated-elsewhere':
      return { text: s.updatedElsewhere, choices: [] };
    case 'cleared':
      return {
        text: t.clearedUndo,
        choices: [{ action: 'undo-new-plan', label: t.undoClear, run: storage.undoClear }],
      };
  }
}

/** What happened to the plan saved in this browser, with the choices that lose nothing. */
export function PlanStorageNotice({ storage }: { storage: PlanStorage }) {
  const { status } = storage;
  const notice = noticeFor(storage);
  if (!notice) return null;
  const alert = status.kind === 'save-failed' || status.kind === 'conflict';
  // A choice that must be made (which plan to keep) cannot be dismissed.
  const mustChoose = status.kind === 'conflict' || status.kind === 'link-plan';
  return (
    <div
      className="notice-inline plan-storage-notice"
      role={alert ? 'alert' : 'status'}
      data-testid="plan-storage-notice"
      data-status={status.kind}
    >
      <p>{notice.text}</p>
      {notice.choices.length > 0 && (
        <div className="actions">
          {notice.choices.map((choice) => (
            <button
              key={choice.action}
              type="button"
              data-action={choice.action}
              onClick={choice.run}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      {!mustChoose && (
        <button type="button" className="dismiss" onClick={storage.dismiss}>
          {s.dismiss}
        </button>
      )}
    </div>
  );
}
