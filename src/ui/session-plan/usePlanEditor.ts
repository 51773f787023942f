import { useCallback } from 'react';
import type { SessionPlan } from '../../domain/session-plan';
import { useViewer } from '../../state';
import { savePlan } from './plan-storage';

/** The plan being prepared and a setter that also keeps it in this browser. */
export function usePlanEditor(): [SessionPlan, (next: SessionPlan) => void] {
  const plan = useViewer((s) => s.sessionPlan);
  const setStorePlan = useViewer((s) => s.setSessionPlan);
  const setPlan = useCallback(
    (next: SessionPlan) => {
      setStorePlan(next);
      savePlan(next);
    },
    [setStorePlan],
  );
  return [plan, setPlan];
}
