import { type BILATERAL_SIDES, LAYER_IDS, type LayerId } from '../domain/anatomy';
import { mapAssessment } from '../domain/assessment';
import { messages } from '../domain/messages';
import {
  type DysfunctionState,
  defaultDysfunction,
  type LayerVisibility,
  type MuscleSeverity,
  type ViewState,
} from '../domain/view-state';
import type { ViewerStore } from '../state';
import type { ValidCommand } from './protocol';
import type { ProtocolError } from './protocol-envelope';
import { listMotorPoints, viewerSnapshot } from './viewer-snapshot';

export type CommandOutcome = { ok: true; result: unknown } | { ok: false; error: ProtocolError };

const text = messages.embed.errors;

function withLayers(view: ViewState, command: Extract<ValidCommand, { name: 'setLayers' }>) {
  const layers = { ...view.layers };
  for (const { layer, side, visibility } of command.layers) {
    layers[layer] = { ...layers[layer], [side]: visibility };
  }
  const structures = { ...view.structures };
  for (const { key, visibility } of command.structures) {
    if (visibility === null) delete structures[key];
    else structures[key] = visibility;
  }
  return { ...view, layers, structures, peel: command.peel ?? view.peel };
}

function showingOnly(view: ViewState, command: Extract<ValidCommand, { name: 'showOnly' }>) {
  const layers = Object.fromEntries(
    LAYER_IDS.map((id): [LayerId, LayerVisibility] => {
      const shown = command.layers.includes(id);
      const at = (side: (typeof BILATERAL_SIDES)[number]) =>
        shown && command.side.includes(side) ? 'shown' : 'hidden';
      return [id, { left: at('left'), right: at('right') }];
    }),
  ) as Record<LayerId, LayerVisibility>;
  const structures = Object.fromEntries(command.structures.map((key) => [key, 'shown' as const]));
  return { ...view, layers, structures, peel: 0 };
}

function nextDysfunction(
  current: DysfunctionState,
  command: Extract<ValidCommand, { name: 'setDysfunction' }>,
): DysfunctionState {
  const base = command.reset ? defaultDysfunction() : current;
  const muscles = { ...base.muscles };
  for (const { muscle, severity } of command.muscles) {
    const merged: MuscleSeverity = {
      ...(muscles[muscle] ?? { weakness: 0, tightness: 0 }),
      ...(severity ?? { weakness: 0, tightness: 0 }),
    };
    // A muscle with nothing wrong is left out, as in a link.
    if (merged.weakness === 0 && merged.tightness === 0) delete muscles[muscle];
    else muscles[muscle] = merged;
  }
  return {
    ...base,
    muscles,
    stanceSide: command.stanceSide ?? base.stanceSide,
    task: command.task ?? base.task,
    compensationStyle: command.compensationStyle ?? base.compensationStyle,
    bodyMassKg: command.bodyMassKg ?? base.bodyMassKg,
    heightM: command.heightM ?? base.heightM,
    baselineStrength: command.baselineStrength ?? base.baselineStrength,
    cane: command.cane === undefined ? base.cane : command.cane,
  };
}

/** Carry out a checked command on a viewer's store. Never throws. */
export function runCommand(store: ViewerStore, command: ValidCommand): CommandOutcome {
  const state = () => store.getState();
  const snapshot = (): CommandOutcome => ({ ok: true, result: viewerSnapshot(state()) });
  try {
    switch (command.name) {
      case 'setLayers':
        state().updateView((view) => withLayers(view, command));
        return snapshot();
      case 'showOnly':
        state().updateView((view) => showingOnly(view, command));
        return snapshot();
      case 'select':
        if (command.structure && command.frame) state().focusStructure(command.structure);
        else state().select(command.structure);
        return snapshot();
      case 'selectPoint':
        state().selectPoint(command.point, { frame: command.frame });
        return snapshot();
      case 'setDysfunction':
        state().setDysfunction(nextDysfunction(state().view.dysfunction, command));
        return snapshot();
      case 'applyPreset':
        if (command.stanceSide) state().setDysfunction({ stanceSide: command.stanceSide });
        state().applyMechanicsPreset(command.preset);
        return snapshot();
      case 'setCamera':
        state().setCamera(command.camera);
        return snapshot();
      case 'resetView':
        state().resetView();
        return snapshot();
      case 'getState':
        return snapshot();
      case 'getMotorPoints':
        return {
          ok: true,
          result: listMotorPoints(state().pointPositions, command),
        };
      case 'playStory':
        if (command.story) state().startStory(command.story);
        else state().closeStory();
        return snapshot();
      case 'setBody':
        state().setBody(command.body);
        return snapshot();
      case 'setLanguage':
        state().setLanguage(command.language);
        return { ok: true, result: { language: command.language } };
      case 'setLearner':
        state().setLearner(command.learner);
        return { ok: true, result: { learner: command.learner } };
      case 'setAssessment': {
        const plan = state().sessionPlan;
        const { assessment: _old, ...rest } = plan;
        state().setSessionPlan(
          command.assessment ? { ...plan, assessment: command.assessment } : rest,
        );
        state().setDysfunction(
          command.assessment ? mapAssessment(command.assessment).dysfunction : defaultDysfunction(),
        );
        return snapshot();
      }
      case 'setPlanExercises':
        state().setSessionPlan({ ...state().sessionPlan, exercises: command.exercises });
        return snapshot();
      case 'screenshot': {
        const capture = state().capture;
        if (!capture) {
          return { ok: false, error: { code: 'not-ready', message: text.notReady('screenshot') } };
        }
        return { ok: true, result: capture() };
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'command-failed', message: text.failed(command.name, detail) },
    };
  }
}
