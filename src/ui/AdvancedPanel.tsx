import { LevaPanel, useControls, useCreateStore } from 'leva';
import { useEffect } from 'react';
import { messages } from '../domain/messages';
import { type ClippingSettings, useViewer } from '../state';
import { MechanicsParameterControls } from './MechanicsParameterControls';

const t = messages.app.advanced;

/**
 * Advanced settings in leva (loaded only when opened): a cross-section plane through the layers
 * and the exposure. Every feature here is also reachable without it, except these tunings.
 */
export default function AdvancedPanel() {
  const levaStore = useCreateStore();
  const setAdvanced = useViewer((s) => s.setAdvanced);
  const initial = useViewer((s) => s.advanced);
  const values = useControls(
    {
      [t.clipping]: { value: initial.clipping.enabled },
      [t.clippingAxis]: {
        options: {
          [t.axisFrontal]: 'frontal',
          [t.axisSagittal]: 'sagittal',
          [t.axisTransverse]: 'transverse',
        },
        value: initial.clipping.axis,
      },
      [t.clippingOffset]: { value: initial.clipping.offsetM * 100, min: -20, max: 20, step: 0.5 },
      [t.clippingFlip]: { value: initial.clipping.flip },
      [t.exposure]: { value: initial.exposure, min: 0.4, max: 2, step: 0.05 },
    },
    { store: levaStore },
  );
  const enabled = values[t.clipping] as boolean;
  const axis = values[t.clippingAxis] as ClippingSettings['axis'];
  const offsetCm = values[t.clippingOffset] as number;
  const flip = values[t.clippingFlip] as boolean;
  const exposure = values[t.exposure] as number;

  useEffect(() => {
    setAdvanced({ clipping: { enabled, axis, offsetM: offsetCm / 100, flip }, exposure });
  }, [enabled, axis, offsetCm, flip, exposure, setAdvanced]);

  return (
    <div className="advanced-panel">
      <MechanicsParameterControls store={levaStore} />
      <LevaPanel store={levaStore} fill flat titleBar={false} />
    </div>
  );
}
