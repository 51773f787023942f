import type { ViewMode } from './view-state';

/**
 * Whether the clinician's working panels (dysfunction settings, assessment, exercises, session
 * plan, advanced settings) are shown. A patient sees the model, plain cards and stories; the
 * clinician opens the rest on purpose with one control, so a patient never lands in an editor.
 */
export function clinicianToolsShown(mode: ViewMode, openedByClinician: boolean): boolean {
  return mode !== 'patient' || openedByClinician;
}
