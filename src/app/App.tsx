import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { messages } from '../domain/messages';
import { describeView } from '../domain/view-state';
import { useViewer } from '../state';
import { AboutDialog } from '../ui/AboutDialog';
import { AdvancedToggle } from '../ui/AdvancedToggle';
import { CameraPresetBar } from '../ui/CameraPresetBar';
import { HoverLabel } from '../ui/HoverLabel';
import { LayersPanel } from '../ui/LayersPanel';
import { LoadingIndicator } from '../ui/LoadingIndicator';
import { ModeBar } from '../ui/ModeBar';
import { ModelErrorPanel } from '../ui/ModelErrorPanel';
import { PanelTabs } from '../ui/PanelTabs';
import { ParamNotices } from '../ui/ParamNotices';
import { PosterGate } from '../ui/PosterGate';
import { SearchBox, type SearchBoxHandle } from '../ui/SearchBox';
import { SessionPlanNotice } from '../ui/SessionPlanNotice';
import { ShareButton } from '../ui/ShareButton';
import { StatusRegion } from '../ui/StatusRegion';
import { StructureTree } from '../ui/StructureTree';
import { ViewerErrorBoundary } from '../ui/ViewerErrorBoundary';
import { WebglFallback } from '../ui/WebglFallback';
import {
  AcupunctureCard,
  AssessmentPanel,
  ExercisePanel,
  MechanicsPanel,
  MotorPointCard,
  MotorPointPanel,
  PatientPlanPage,
  QuizPanel,
  SessionPlanPanel,
  StoryPlayer,
  StructureCardWithExtras,
} from './lazy-panels';
import { useModelSource } from './useModelSource';
import { hasWebGL, isSmallScreen, prefersReducedMotion } from './webgl-support';

const Viewer3D = lazy(() => import('../scene/Viewer3D'));

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
}

export function App({
  modelUrl,
  posterUrl,
  chrome = 'full',
  embedded = false,
  controls = false,
}: AppProps) {
  const Main = embedded ? 'div' : 'main';
  const view = useViewer((s) => s.view);
  const setModelStatus = useViewer((s) => s.setModelStatus);
  const announce = useViewer((s) => s.announce);
  // Phones start with the still picture and load the 3D view on request (data and battery).
  const [show3d, setShow3d] = useState(() => embedded || !isSmallScreen());
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
  const label = describeView(view);
  const plan = useViewer((s) => s.sessionPlan);
  // A patient with a plan gets their own page instead of the clinician's panels.
  const patientPlan =
    view.mode === 'patient' &&
    (plan.points.length > 0 || plan.note.trim() !== '' || (plan.exercises?.length ?? 0) > 0);
  const model = useModelSource(modelUrl);

  const searchRef = useRef<SearchBoxHandle>(null);
  // On small screens the panels fold into a drawer below the model.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const selection = view.selection;
  const point = view.point;
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
    <div
      className={`app chrome-${chrome} mode-${view.mode}${patientPlan ? ' patient-plan-open' : ''}`}
    >
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
        <section className="viewer" aria-label={embedded ? undefined : messages.app.viewerRegion}>
          {!show3d ? (
            <PosterGate posterUrl={posterUrl} onLoad={() => setShow3d(true)} />
          ) : webgl === null ? (
            <LoadingIndicator />
          ) : webgl ? (
            <ViewerErrorBoundary
              onError={(message) => {
                setModelStatus({ phase: 'error', message });
                announce(messages.app.viewerErrorTitle);
              }}
            >
              <Suspense fallback={null}>
                {model.url && (
                  <Viewer3D modelUrl={model.url} label={label} reducedMotion={reducedMotion} />
                )}
              </Suspense>
              <LoadingIndicator />
              <ModelErrorPanel onLoadBuiltIn={model.custom ? model.loadBuiltIn : undefined} />
              <HoverLabel />
              {storyPlaying && (
                <Suspense fallback={null}>
                  <StoryPlayer />
                </Suspense>
              )}
            </ViewerErrorBoundary>
          ) : (
            <WebglFallback posterUrl={posterUrl} />
          )}
        </section>
        {chrome === 'full' && !patientPlan && (
          <aside
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
              <Suspense fallback={null}>{view.mode === 'quiz' && <QuizPanel />}</Suspense>
              <Suspense fallback={null}>{view.point && <MotorPointCard />}</Suspense>
              <Suspense fallback={null}>{acupunctureSelected && <AcupunctureCard />}</Suspense>
              <Suspense fallback={null}>{view.selection && <StructureCardWithExtras />}</Suspense>
              <PanelTabs
                label={messages.app.panelTabs}
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
                  { id: 'points', label: messages.app.tabPoints, content: <MotorPointPanel /> },
                  {
                    id: 'mechanics',
                    label: messages.app.tabMechanics,
                    content: <MechanicsPanel />,
                  },
                  {
                    id: 'assessment',
                    label: messages.assessment.panel.tab,
                    content: <AssessmentPanel />,
                  },
                  {
                    id: 'exercises',
                    label: messages.assessment.exercises.tab,
                    content: <ExercisePanel />,
                  },
                  {
                    id: 'plan',
                    label: messages.clinician.plan.tab,
                    content: <SessionPlanPanel />,
                  },
                ]}
              />
              <AdvancedToggle />
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
