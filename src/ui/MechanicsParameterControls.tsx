import { folder, useControls, type useCreateStore } from 'leva';
import { useEffect, useMemo } from 'react';
import {
  DEFAULT_MECHANICS_PARAMETERS,
  MECHANICS_PARAMETER_KEYS,
  MECHANICS_PARAMETERS,
  type MechanicsParameterKey,
  type MechanicsParameters,
} from '../domain/mechanics';
import { messages } from '../domain/messages';
import { useViewer } from '../state';

/**
 * Every parameter of the mechanics model in leva, with its default, range, unit and source
 * (shown as the hint); changes go to this viewer's mechanics at once.
 */
export function MechanicsParameterControls({
  store,
}: {
  store: ReturnType<typeof useCreateStore>;
}) {
  const setParameters = useViewer((s) => s.setMechanicsParameters);
  const schema = useMemo(
    () => ({
      [messages.app.advanced.mechanicsParameters]: folder(
        Object.fromEntries(
          MECHANICS_PARAMETER_KEYS.map((key) => {
            const p = MECHANICS_PARAMETERS[key];
            const [min, max] = p.range;
            return [
              key,
              {
                value: p.default,
                min,
                max,
                step: Math.max((max - min) / 200, 1e-4),
                label: `${p.symbol} (${p.unit})`,
                hint: `${p.name}. ${p.basis}`,
              },
            ];
          }),
        ),
        { collapsed: true },
      ),
    }),
    [],
  );
  const values = useControls(schema, { store }) as unknown as Record<MechanicsParameterKey, number>;
  const changed = MECHANICS_PARAMETER_KEYS.filter(
    (key) => values[key] !== DEFAULT_MECHANICS_PARAMETERS[key],
  );
  const signature = changed.map((key) => `${key}=${values[key]}`).join('&');
  // Only parameters that differ from the defaults are passed on, so the model's own scaling applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the changed values
  useEffect(() => {
    const overrides: Partial<Record<MechanicsParameterKey, number>> = {};
    for (const key of changed) overrides[key] = values[key];
    setParameters(overrides as Partial<MechanicsParameters>);
  }, [signature, setParameters]);
  return null;
}
