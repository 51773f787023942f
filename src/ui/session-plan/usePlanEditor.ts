import type { SessionPlan } from '../../domain/session-plan';
import { useViewer } from '../../state';
import { usePlanStorageContext } from './plan-storage-context';

/** The plan being prepared and a setter that keeps it in this browser without losing another tab's. */
export function usePlanEditor(): [SessionPlan, (next: SessionPlan) => void] {
  const plan = useViewer((s) => s.sessionPlan);
  return [plan, usePlanStorageContext().setPlan];
}
