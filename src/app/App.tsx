import { Suspense, useEffect, useRef, useState } from 'react';
import { messages } from '../domain/messages';
import { clinicianToolsShown } from '../domain/view-state';
import { useCountRender, useViewer } from '../state';
import { AdvancedToggle } from '../ui/AdvancedToggle';
import { ParamNotices } from '../ui/ParamNotices';
import type { SearchBoxHandle } from '../ui/SearchBox';
import { SessionPlanNotice } from '../ui/SessionPlanNotice';
import { StatusRegion } from '../ui/StatusRegion';
import { PatientPlanPage } from './lazy-panels';
import { AppFooter, AppHeader, SkipLinks } from './PageChrome';
import { SidePanel } from './SidePanel';
import { useSearchShortcut } from './useSearchShortcut';
import { useShow3d } from './useShow3d';
import { ViewerRegion } from './ViewerRegion';

export type Chrome = 'full' | 'minimal' | 'none';

export interface AppProps {
  modelUrl: string;
  posterUrl: string;
  /** How much interface surrounds the 3D view (`ui=` parameter). */
  chrome?: Chrome;
  /** Inside another site's page: no page landmarks of its own (the host page has them). */
  embedded?: boolean;
  /** Offer the advanced settings even without the full chrome (`controls=1`). */
  controls?: boolean;
  /**
   * Show the session plan tab (patient label, note, "Start a new plan"). Off on the embed
   * route: a page that frames the viewer must not see or wipe this browser's plan (review F4).
   */
  planTab?: boolean;
  /**
   * Whether the 3D view was asked for on the page frame, before the app was on screen (its
   * "Show the 3D model" button). Asked at the first render and again once mounted.
   */
  load3dRequested?: () => boolean;
}

/**
 * The page: skip links, header, the 3D view's region, the side panel and the footer, as much
 * of it as `chrome` asks for. `AppFrame` draws the same boxes before this code arrives.
 */
export function App({
  modelUrl,
  posterUrl,
  chrome = 'full',
  embedded = false,
  controls = false,
  planTab = true,
  load3dRequested,
}: AppProps) {
  const Main = embedded ? 'div' : 'main';
  // Only what the shell shows: an orbit (a new camera in the view) re-renders none of it.
  const mode = useViewer((s) => s.view.mode);
  useCountRender('shell');
  const plan = useViewer((s) => s.sessionPlan);
  // A patient with a plan gets their own page instead of the clinician's panels.
  const patientPlan =
    mode === 'patient' &&
    (plan.points.length > 0 || plan.note.trim() !== '' || (plan.exercises?.length ?? 0) > 0);
  const show3d = useShow3d(load3dRequested, embedded);
  // Kept here, not in the panel: they survive the panel making way for the patient's page.
  const [clinicianToolsOpen, setClinicianToolsOpen] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const searchRef = useRef<SearchBoxHandle>(null);
  useSearchShortcut(searchRef);

  useEffect(() => {
    document.title = messages.app.title;
  }, []);

  return (
    <div className={`app chrome-${chrome} mode-${mode}${patientPlan ? ' patient-plan-open' : ''}`}>
      {!embedded && <SkipLinks toPanels={chrome === 'full' && !patientPlan} />}
      {chrome !== 'none' && <AppHeader searchRef={searchRef} />}
      <ParamNotices />
      <SessionPlanNotice />
      <Main className={`app-main${patientPlan ? ' with-patient-plan' : ''}`}>
        {patientPlan && (
          <Suspense fallback={null}>
            <PatientPlanPage />
          </Suspense>
        )}
        <ViewerRegion modelUrl={modelUrl} posterUrl={posterUrl} embedded={embedded} {...show3d} />
        {chrome === 'full' && !patientPlan && (
          <SidePanel
            planTab={planTab}
            webgl={show3d.webgl}
            drawerOpen={drawerOpen}
            onToggleDrawer={() => setDrawerOpen((open) => !open)}
            clinicianToolsOpen={clinicianToolsOpen}
            onToggleClinicianTools={() => setClinicianToolsOpen((open) => !open)}
            clinicianPanels={clinicianToolsShown(mode, clinicianToolsOpen)}
          />
        )}
        {chrome !== 'full' && controls && (
          <div className="embed-controls">
            <AdvancedToggle />
          </div>
        )}
      </Main>
      {chrome !== 'none' && <AppFooter />}
      <StatusRegion />
    </div>
  );
}
