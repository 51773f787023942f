import { Suspense, useEffect, useRef } from 'react';
import { messages } from '../domain/messages';
import { useCountRender, useViewer, useViewerAfterFrame } from '../state';
import { AdvancedToggle } from '../ui/AdvancedToggle';
import { ClinicianToolsToggle } from '../ui/ClinicianToolsToggle';
import { PanelTabs } from '../ui/PanelTabs';
import {
  AcupunctureCard,
  MotorPointCard,
  PlanStorageGate,
  QuizPanel,
  StructureCardWithExtras,
} from './lazy-panels';
import { Part } from './Part';
import { panelTabList } from './panel-tab-list';

export interface SidePanelProps {
  /** Show the session plan's tabs; off on the embed route (see `AppProps.planTab`). */
  planTab: boolean;
  /** Whether this browser can draw WebGL; null until tested. */
  webgl: boolean;
  /** On small screens the panels fold into a drawer below the model. */
  drawerOpen: boolean;
  onToggleDrawer: () => void;
  /** Patient mode: whether the clinician opened their working panels. */
  clinicianToolsOpen: boolean;
  onToggleClinicianTools: () => void;
  /** Whether the clinician's working panels are offered (mode and the toggle above). */
  clinicianPanels: boolean;
}

/** The side panel (a drawer on phones): the open card, the quiz and the panel tabs. */
export function SidePanel({
  planTab,
  webgl,
  drawerOpen,
  onToggleDrawer,
  clinicianToolsOpen,
  onToggleClinicianTools,
  clinicianPanels,
}: SidePanelProps) {
  useCountRender('shell');
  const mode = useViewer((s) => s.view.mode);
  // The cards follow a pick after the frame that shows it (they take longer than the frame).
  const selection = useViewerAfterFrame((s) => s.view.selection);
  const point = useViewerAfterFrame((s) => s.view.point);
  const acupuncture = useViewerAfterFrame((s) => s.selectedAcupuncture);
  const panelRef = useRef<HTMLDivElement>(null);
  // A new selection's card is at the top of the panel: bring it into view.
  useEffect(() => {
    if (selection || point || acupuncture)
      panelRef.current?.closest('.side-panel')?.scrollTo({ top: 0 });
  }, [selection, point, acupuncture]);

  return (
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
        onClick={onToggleDrawer}
      >
        {drawerOpen ? messages.app.closePanels : messages.app.openPanels}
      </button>
      <div id="panel-content" className="panel-content" ref={panelRef}>
        {/* One boundary each: a card that is still loading never hides the others. */}
        <Part>{mode === 'quiz' && <QuizPanel without3d={!webgl} />}</Part>
        {/* The plan's storage (and the plan, motor point and exercise data it checks a
            saved plan against) loads after the first paint; the panels wait for it. */}
        <Suspense fallback={null}>
          <PlanStorageGate enabled={planTab}>
            <PanelTabs
              label={messages.app.panelTabs}
              beforePanels={
                <>
                  <Part>{point && <MotorPointCard />}</Part>
                  <Part>{acupuncture !== null && <AcupunctureCard />}</Part>
                  <Part>{selection && <StructureCardWithExtras />}</Part>
                </>
              }
              tabs={panelTabList({ clinicianPanels, planTab })}
            />
          </PlanStorageGate>
          {/* Inside the same boundary: shown with the tabs, never first and then pushed down. */}
          {mode === 'patient' && (
            <ClinicianToolsToggle open={clinicianToolsOpen} onToggle={onToggleClinicianTools} />
          )}
          {clinicianPanels && <AdvancedToggle />}
        </Suspense>
      </div>
    </aside>
  );
}
