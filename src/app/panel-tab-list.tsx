import { messages } from '../domain/messages';
import { LayersPanel } from '../ui/LayersPanel';
import type { PanelTab } from '../ui/PanelTabs';
import { QuizHidesAnswers } from '../ui/QuizHidesAnswers';
import { StructureTree } from '../ui/StructureTree';
import {
  AssessmentPanel,
  ExercisePanel,
  MechanicsPanel,
  MotorPointPanel,
  SessionPlanPanel,
} from './lazy-panels';
import { Part } from './Part';

export interface PanelTabChoice {
  /** The clinician's working panels (mechanics and, with the plan, assessment to plan). */
  clinicianPanels: boolean;
  /** The plan's tabs (assessment, exercises, plan): off on the embed route. */
  planTab: boolean;
}

/** The side panel's tabs, in order: what everyone sees, then the clinician's tools. */
export function panelTabList({ clinicianPanels, planTab }: PanelTabChoice): PanelTab[] {
  const everyone: PanelTab[] = [
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
        <QuizHidesAnswers>
          <Part>
            <MotorPointPanel />
          </Part>
        </QuizHidesAnswers>
      ),
    },
  ];
  if (!clinicianPanels) return everyone;
  const mechanics: PanelTab = {
    id: 'mechanics',
    label: messages.app.tabMechanics,
    content: (
      <Part>
        <MechanicsPanel />
      </Part>
    ),
  };
  if (!planTab) return [...everyone, mechanics];
  return [
    ...everyone,
    mechanics,
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
  ];
}
