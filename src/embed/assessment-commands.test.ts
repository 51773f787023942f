import { describe, expect, it } from 'vitest';
import { createViewerStore } from '../state';
import { type ParsedMessage, parseCommandMessage } from './protocol';
import { runCommand } from './run-command';

const message = (name: string, args: unknown) => ({
  type: 'hip-viewer:command',
  version: 1,
  id: 'a1',
  command: name,
  args,
});

function commandOf(parsed: ParsedMessage) {
  if (parsed.kind !== 'command') throw new Error(`expected a command: ${JSON.stringify(parsed)}`);
  return parsed.command;
}

describe('setAssessment and setPlanExercises', () => {
  it('puts findings in the plan and their dysfunction on the model', () => {
    const store = createViewerStore();
    const command = commandOf(
      parseCommandMessage(
        message('setAssessment', {
          assessment: {
            strength: { right: { abductors: { kind: 'oxford', grade: 3 } } },
            trendelenburg: { right: true },
          },
        }),
      ),
    );
    expect(runCommand(store, command).ok).toBe(true);
    expect(store.getState().sessionPlan.assessment?.trendelenburg.right).toBe(true);
    expect(store.getState().view.dysfunction.compensationStyle).toBe(0);
    expect(store.getState().view.dysfunction.muscles['gluteus-medius']?.weakness).toBeGreaterThan(
      0.5,
    );

    runCommand(
      store,
      commandOf(parseCommandMessage(message('setAssessment', { assessment: null }))),
    );
    expect(store.getState().sessionPlan.assessment).toBeUndefined();
    expect(store.getState().view.dysfunction.muscles).toEqual({});
  });

  it('refuses bad findings with the field and the allowed values, including non-finite numbers', () => {
    const bad = parseCommandMessage(
      message('setAssessment', { assessment: { thomasDeg: { left: Number.POSITIVE_INFINITY } } }),
    );
    expect(bad.kind).toBe('invalid');
    expect(bad.kind === 'invalid' && bad.error.message).toContain('assessment.thomasDeg.left');
    expect(bad.kind === 'invalid' && bad.error.code).toBe('bad-arguments');
  });

  it('sets the plan’s exercises, and refuses unknown ids', () => {
    const store = createViewerStore();
    runCommand(
      store,
      commandOf(
        parseCommandMessage(
          message('setPlanExercises', { exercises: ['clamshell', 'bridge', 'clamshell'] }),
        ),
      ),
    );
    expect(store.getState().sessionPlan.exercises).toEqual(['clamshell', 'bridge']);
    const bad = parseCommandMessage(message('setPlanExercises', { exercises: ['cartwheel'] }));
    expect(bad.kind === 'invalid' && bad.error.message).toContain('lateral-band-walk');
  });
});
