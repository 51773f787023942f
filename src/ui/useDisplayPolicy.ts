import { type DisplayPolicy, patientModePolicy } from '../domain/session-plan';
import { useViewer } from '../state';

/**
 * What a card shows in the view's mode, from the one policy the domain defines
 * (`patientModePolicy`): cards ask it rather than testing the mode themselves.
 */
export function useDisplayPolicy(clinicianReveal = false): DisplayPolicy {
  const mode = useViewer((s) => s.view.mode);
  return patientModePolicy({ mode }, { clinicianReveal });
}
