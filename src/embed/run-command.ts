import { mapAssessment } from '../domain/assessment';
import { messages } from '../domain/messages';
import {
  type DysfunctionChanges,
  type DysfunctionState,
  defaultDysfunction,
  showingOnly,
  withDysfunctionChanges,
  withVisibilities,
} from '../domain/view-state';
import type { ViewerStore } from '../state';
import type { ValidCommand } from './protocol';
import type { ProtocolError } from './protocol-envelope';
import { listMotorPoints, viewerSnapshot } from './viewer-snapshot';

export type CommandOutcome = { ok: true; result: unknown } | { ok: false; error: ProtocolError };

const text = messages.embed.errors;

/** The embed's `setDysfunction` arguments as domain changes: null means "leave as it is", except for the cane. */
function dysfunctionChanges(
  command: Extract<ValidCommand, { name: 'setDysfunction' }>,
): DysfunctionChanges {
  const { name: _name, reset, muscles, cane, ...settings } = command;
  const given = Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== null),
  ) as Partial<DysfunctionState>;
  return { ...given, reset, muscles, ...(cane === undefined ? {} : { cane }) };
}

/** Carry out a checked command on a viewer's store. Never throws. */
export function runCommand(store: ViewerStore, command: ValidCommand): CommandOutcome {
  const state = () => store.getState();
  const snapshot = (): CommandOutcome => ({ ok: true, result: viewerSnapshot(state()) });
  try {
    switch (command.name) {
      case 'setLayers':
        state().updateView((view) =>
          withVisibilities(view, { ...command, peel: command.peel ?? undefined }),
        );
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
        state().setDysfunction(
          withDysfunctionChanges(state().view.dysfunction, dysfunctionChanges(command)),
        );
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
