import { useMemo } from 'react';
import { type MechanicsParameters, type MechanicsResult, simulate } from '../domain/mechanics';
import { type DysfunctionState, mechanicsPose, toMechanicsInput } from '../domain/view-state';
import { useViewer } from './viewer-context';

export interface MechanicsOutcome {
  result: MechanicsResult | null;
  /** Why the model could not run (an invalid parameter from the advanced panel). */
  error: string | null;
}

let lastDysfunction: DysfunctionState | null = null;
let lastParameters: Partial<MechanicsParameters> | null = null;
let lastOutcome: MechanicsOutcome = { result: null, error: null };

/** Run the mechanics model for a view's settings; remembers the last call (panel and scene share it). */
export function mechanicsFor(
  dysfunction: DysfunctionState,
  parameters: Partial<MechanicsParameters>,
): MechanicsOutcome {
  if (dysfunction === lastDysfunction && parameters === lastParameters) return lastOutcome;
  lastDysfunction = dysfunction;
  lastParameters = parameters;
  try {
    lastOutcome = {
      result: simulate({ ...toMechanicsInput(dysfunction), parameters }),
      error: null,
    };
  } catch (error) {
    lastOutcome = { result: null, error: error instanceof Error ? error.message : String(error) };
  }
  return lastOutcome;
}

/** The mechanics result of this viewer's current settings. */
export function useMechanics(): MechanicsOutcome {
  const dysfunction = useViewer((s) => s.view.dysfunction);
  const parameters = useViewer((s) => s.mechanicsParameters);
  return useMemo(() => mechanicsFor(dysfunction, parameters), [dysfunction, parameters]);
}

/** The skeleton pose this viewer's mechanics ask for (the scene's posers apply it). */
export function mechanicsPoseTarget(state: {
  view: { dysfunction: DysfunctionState };
  mechanicsParameters: Partial<MechanicsParameters>;
}): ReturnType<typeof mechanicsPose> {
  const { dysfunction } = state.view;
  return mechanicsPose(dysfunction, mechanicsFor(dysfunction, state.mechanicsParameters).result);
}
