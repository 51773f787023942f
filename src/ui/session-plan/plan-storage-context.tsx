import { createContext, type ReactNode, useContext } from 'react';
import { type PlanStorage, usePlanStorage } from './usePlanStorage';

const PlanStorageContext = createContext<PlanStorage | null>(null);

/**
 * One plan storage for every panel that edits the plan (plan, assessment, exercises): they share
 * what this tab last saved, so an edit in one tab is never mistaken for another browser tab's.
 */
export function PlanStorageProvider({ children }: { children: ReactNode }) {
  const storage = usePlanStorage();
  return <PlanStorageContext.Provider value={storage}>{children}</PlanStorageContext.Provider>;
}

/** The shared plan storage; panels that edit the plan render inside `PlanStorageProvider`. */
export function usePlanStorageContext(): PlanStorage {
  const storage = useContext(PlanStorageContext);
  if (!storage) throw new Error('usePlanStorageContext needs a PlanStorageProvider above it');
  return storage;
}
