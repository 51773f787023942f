import { type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { messages } from '../domain/messages';
import { clinicianToolsShown } from '../domain/view-state';
import { useCountRender, useViewer } from '../state';
import { AboutDialog } from '../ui/AboutDialog';
import { AdvancedToggle } from '../ui/AdvancedToggle';
import { CameraPresetBar } from '../ui/CameraPresetBar';
import { ClinicianToolsToggle } from '../ui/ClinicianToolsToggle';
import { HoverLabel } from '../ui/HoverLabel';
import { LayersPanel } from '../ui/LayersPanel';
import { LoadingIndicator } from '../ui/LoadingIndicator';
import { ModeBar } from '../ui/ModeBar';
import { ModelErrorPanel } from '../ui/ModelErrorPanel';
import { OrientationCue } from '../ui/OrientationCue';
import { PanelTabs } from '../ui/PanelTabs';
import { ParamNotices } from '../ui/ParamNotices';
import { PartLoadBoundary } from '../ui/PartLoadBoundary';
import { PosterGate } from '../ui/PosterGate';
import { SearchBox, type SearchBoxHandle } from '../ui/SearchBox';
import { SessionPlanNotice } from '../ui/SessionPlanNotice';
import { ShareButton } from '../ui/ShareButton';
import { StatusRegion } from '../ui/StatusRegion';
import { StructureLabelLayer } from '../ui/StructureLabelLayer';
import { StructureTree } from '../ui/StructureTree';
import { ViewerErrorBoundary } from '../ui/ViewerErrorBoundary';
import { WebglFallback } from '../ui/WebglFallback';
import {
  AcupunctureCard,
  AssessmentPanel,
  ExerciseModelLegend,
  ExercisePanel,
  MechanicsPanel,
  MotorPointCard,
  MotorPointPanel,
  PatientPlanPage,
  PlanStorageGate,
  QuizPanel,
  retryFailedParts,
  SessionPlanPanel,
  StoryPlayer,
  StructureCardWithExtras,
  Viewer3D,
} from './lazy-panels';
import { MODEL_ORIGINS } from './model-origins';
import { useModelSource } from './useModelSource';
import { hasWebGL, isSmallScreen, prefersReducedMotion } from './webgl-support';

/** A lazily loaded part that failed to download shows its own message and retry. */
function Part({ children }: { children: ReactNode }) {
  return (
    <PartLoadBoundary onRetry={retryFailedParts}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartLoadBoundary>
  );
}

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
  const selection = useViewer((s) => s.view.selection);
  const point = useViewer((s) => s.view.point);
  useCountRender('shell');
  const setModelStatus = useViewer((s) => s.setModelStatus);
  const announce = useViewer((s) => s.announce);
  // Phones start with the still picture and load the 3D view on request (data and battery).
  const [show3d, setShow3d] = useState(() => load3dRequested?.() || embedded || !isSmallScreen());
  // Pressed while the app was rendering behind the frame.
  useEffect(() => {
    if (load3dRequested?.()) setShow3d(true);
  }, [load3dRequested]);
  // Testing for WebGL creates a context: a long task on a slow device. Done after the first
  // paint, and only once the 3D view is wanted; null until then.
  const [webgl, setWebgl] = useState<boolean | null>(null);
  useEffect(() => {
    if (!show3d) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setWebgl(hasWebGL()), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [show3d]);
  const reducedMotion = useMemo(prefersReducedMotion, []);
  const acupunctureSelected = useViewer((s) => s.selectedAcupuncture !== null);
  const storyPlaying = useViewer((s) => s.story !== null);
  const exerciseShown = useViewer((s) => s.exerciseFocus !== null);
  const plan = useViewer((s) => s.sessionPlan);
  // A patient with a plan gets their own page instead of the clinician's panels.
  const patientPlan =
    mode === 'patient' &&
    (plan.points.length > 0 || plan.note.trim() !== '' || (plan.exercises?.length ?? 0) > 0);
  const model = useModelSource(modelUrl);
  // Patient mode hides the clinician's working panels until the clinician opens them.
  const [clinicianToolsOpen, setClinicianToolsOpen] = useState(false);
  const clinicianPanels = clinicianToolsShown(mode, clinicianToolsOpen);

  const searchRef = useRef<SearchBoxHandle>(null);
  // On small screens the panels fold into a drawer below the model.
  const [drawerOpen, setDrawerOpen] = useState(false);
  // A story (or "Explain this to me") started before the 3D view exists loads it, and says so.
  useEffect(() => {
    if (show3d || !storyPlaying) return;
    setShow3d(true);
    announce(messages.app.loading3dFor);
  }, [show3d, storyPlaying, announce]);
  const panelRef = useRef<HTMLDivElement>(null);
  const acupuncture = useViewer((s) => s.selectedAcupuncture);
  // A new selection's card is at the top of the panel: bring it into view.
  useEffect(() => {
    if (selection || point || acupuncture)
      panelRef.current?.closest('.side-panel')?.scrollTo({ top: 0 });
  }, [selection, point, acupuncture]);

  useEffect(() => {
    document.title = messages.app.title;
  }, []);

  // "/" jumps to search from anywhere except a text field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className={`app chrome-${chrome} mode-${mode}${patientPlan ? ' patient-plan-open' : ''}`}>
      {!embedded && (
        <nav className="skip-links" aria-label={messages.app.skipLinks}>
          <a href="#viewer-region">{messages.app.skipToViewer}</a>
          {/* The aside, not its content: on phones the content is a closed drawer. */}
          {chrome === 'full' && !patientPlan && <a href="#panels">{messages.app.skipToPanels}</a>}
        </nav>
      )}
      {chrome !== 'none' && (
        <header className="app-header">
          <h1>{messages.app.title}</h1>
          <SearchBox ref={searchRef} />
          <ModeBar />
          <CameraPresetBar />
          <ShareButton />
        </header>
      )}
      <ParamNotices />
      <SessionPlanNotice />
      <Main className={`app-main${patientPlan ? ' with-patient-plan' : ''}`}>
        {patientPlan && (
          <Suspense fallback={null}>
            <PatientPlanPage />
          </Suspense>
        )}
        <section
          id="viewer-region"
          tabIndex={-1}
          className="viewer"
          aria-label={embedded ? undefined : messages.app.viewerRegion}
        >
          {!show3d ? (
            <PosterGate posterUrl={posterUrl} onLoad={() => setShow3d(true)} />
          ) : webgl === null ? (
            <LoadingIndicator />
          ) : webgl ? (
            <ViewerErrorBoundary
              onRetry={retryFailedParts}
              onError={(message) => {
                setModelStatus({ phase: 'error', message });
                announce(messages.app.viewerErrorTitle);
              }}
            >
              <Suspense fallback={null}>
                {model.url && (
                  <Viewer3D
                    modelUrl={model.url}
                    reducedMotion={reducedMotion}
                    modelOrigins={MODEL_ORIGINS}
                  />
                )}
              </Suspense>
              <StructureLabelLayer />
              <OrientationCue />
              {exerciseShown && (
                <Suspense fallback={null}>
                  <ExerciseModelLegend />
                </Suspense>
              )}
              <LoadingIndicator />
              <ModelErrorPanel onLoadBuiltIn={model.custom ? model.loadBuiltIn : undefined} />
              <HoverLabel />
            </ViewerErrorBoundary>
          ) : (
            <WebglFallback posterUrl={posterUrl} />
          )}
          {/* Outside the WebGL branch: a story link still plays its text without 3D. */}
          {storyPlaying && (
            <Part>
              <StoryPlayer />
            </Part>
          )}
        </section>
        {chrome === 'full' && !patientPlan && (
          <aside
            id="panels"
            tabIndex={-1}
            className={`side-panel ${drawerOpen ? 'drawer-open' : 'drawer-closed'}`}
            aria-label={messages.app.panelsRegion}
          >
            <button
              type="button"
              className="drawer-toggle"
              aria-expanded={drawerOpen}
              aria-controls="panel-content"
              onClick={() => setDrawerOpen((open) => !open)}
            >
              {drawerOpen ? messages.app.closePanels : messages.app.openPanels}
            </button>
            <div id="panel-content" className="panel-content" ref={panelRef}>
              {/* One boundary each: a card that is still loading never hides the others. */}
              <Part>{mode === 'quiz' && <QuizPanel without3d={webgl === false} />}</Part>
              {/* The plan's storage (and the plan, motor point and exercise data it checks a
                  saved plan against) loads after the first paint; the panels wait for it. */}
              <Suspense fallback={null}>
                <PlanStorageGate enabled={planTab}>
                  <PanelTabs
                    label={messages.app.panelTabs}
                    beforePanels={
                      <>
                        <Part>{point && <MotorPointCard />}</Part>
                        <Part>{acupunctureSelected && <AcupunctureCard />}</Part>
                        <Part>{selection && <StructureCardWithExtras />}</Part>
                      </>
                    }
                    tabs={[
                      {
                        id: 'layers',
                        label: messages.app.tabLayers,
                        content: (
                          <>
                            <LayersPanel />
                            <StructureTree />
                          </>
                        ),
                      },
                      {
                        id: 'points',
                        label: messages.app.tabPoints,
                        content: (
                          <Part>
                            <MotorPointPanel />
                          </Part>
                        ),
                      },
                      ...(clinicianPanels
                        ? [
                            {
                              id: 'mechanics',
                              label: messages.app.tabMechanics,
                              content: (
                                <Part>
                                  <MechanicsPanel />
                                </Part>
                              ),
                            },
                          ]
                        : []),
                      ...(planTab && clinicianPanels
                        ? [
                            {
                              id: 'assessment',
                              label: messages.assessment.panel.tab,
                              content: (
                                <Part>
                                  <AssessmentPanel />
                                </Part>
                              ),
                            },
                            {
                              id: 'exercises',
                              label: messages.assessment.exercises.tab,
                              content: (
                                <Part>
                                  <ExercisePanel />
                                </Part>
                              ),
                            },
                            {
                              id: 'plan',
                              label: messages.clinician.plan.tab,
                              content: (
                                <Part>
                                  <SessionPlanPanel />
                                </Part>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                </PlanStorageGate>
                {/* Inside the same boundary: shown with the tabs, never first and then pushed down. */}
                {mode === 'patient' && (
                  <ClinicianToolsToggle
                    open={clinicianToolsOpen}
                    onToggle={() => setClinicianToolsOpen((open) => !open)}
                  />
                )}
                {clinicianPanels && <AdvancedToggle />}
              </Suspense>
            </div>
          </aside>
        )}
        {chrome !== 'full' && controls && (
          <div className="embed-controls">
            <AdvancedToggle />
          </div>
        )}
      </Main>
      {chrome !== 'none' && (
        <footer className="app-footer">
          <p>{messages.app.notDiagnostic}</p>
          <AboutDialog />
        </footer>
      )}
      <StatusRegion />
    </div>
  );
}
