import { MUSCLE_IDS } from '../domain/anatomy';
import { CANE_SIDES, MECHANICS_INPUT_RANGES, MECHANICS_PRESETS } from '../domain/mechanics';
import { messages } from '../domain/messages';
import { defaultDysfunction } from '../domain/view-state';
import { useMechanics, useViewer } from '../state';
import { BodyFitControl } from './BodyFitControl';
import { CompensationTradeOffChart } from './CompensationTradeOffChart';
import { MechanicsResults } from './MechanicsResults';
import { MuscleSeveritySliders } from './MuscleSeveritySliders';
import { NumberField } from './NumberField';
import { RangeField } from './RangeField';

const t = messages.app.mechanicsPanel;

/**
 * Mark muscles weak or tight and see whether and how they could change hip, knee and lower-back
 * loads in a simple static model, with the knee-or-back trade-off as a chart and every number's
 * trust level.
 */
export function MechanicsPanel() {
  const dysfunction = useViewer((s) => s.view.dysfunction);
  const mode = useViewer((s) => s.view.mode);
  const setDysfunction = useViewer((s) => s.setDysfunction);
  const applyPreset = useViewer((s) => s.applyMechanicsPreset);
  const announce = useViewer((s) => s.announce);
  // Sliders below the results stay under the pointer when the results change height.
  const { result, error } = useMechanics();
  const patient = mode === 'patient';

  return (
    <section className="panel mechanics-panel" aria-labelledby="mechanics-title">
      <h2 id="mechanics-title">{t.title}</h2>
      <p className="muted small">{t.intro}</p>
      <fieldset className="presets">
        <legend className="visually-hidden">{t.presets}</legend>
        {MECHANICS_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            data-preset-id={preset.id}
            title={preset.description}
            onClick={() => {
              applyPreset(preset.id);
              announce(t.presetApplied(preset.label));
            }}
          >
            {preset.label}
          </button>
        ))}
        <button
          type="button"
          data-action="reset-dysfunction"
          onClick={() => {
            setDysfunction(defaultDysfunction());
            announce(t.resetDone);
          }}
        >
          {t.reset}
        </button>
      </fieldset>
      {result ? (
        <MechanicsResults
          result={result}
          patient={patient}
          chart={
            result.task === 'single-leg-stance' ? (
              <CompensationTradeOffChart patient={patient} />
            ) : null
          }
        />
      ) : (
        <p role="alert">{error}</p>
      )}
      <fieldset className="scope">
        <legend>{t.stance}</legend>
        {(['right', 'left'] as const).map((side) => (
          <label key={side}>
            <input
              type="radio"
              name="stance-side"
              checked={dysfunction.stanceSide === side}
              onChange={() => setDysfunction({ stanceSide: side })}
            />
            {side === 'right' ? t.stanceRight : t.stanceLeft}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t.task}</span>
        <select
          value={dysfunction.task.kind}
          onChange={(e) => {
            const kind = e.target.value;
            setDysfunction({
              task:
                kind === 'hip-hinge'
                  ? { kind: 'hip-hinge', trunkFlexionDeg: 45 }
                  : { kind: kind as 'single-leg-stance' | 'quiet-standing' },
            });
          }}
        >
          <option value="single-leg-stance">{t.tasks['single-leg-stance']}</option>
          <option value="quiet-standing">{t.tasks['quiet-standing']}</option>
          <option value="hip-hinge">{t.tasks['hip-hinge']}</option>
        </select>
      </label>
      {dysfunction.task.kind === 'hip-hinge' && (
        <RangeField
          className="field"
          label={t.trunkFlexion}
          value={dysfunction.task.trunkFlexionDeg}
          min={0}
          max={90}
          step={5}
          valueText={`${dysfunction.task.trunkFlexionDeg}°`}
          onChange={(trunkFlexionDeg) =>
            setDysfunction({ task: { kind: 'hip-hinge', trunkFlexionDeg } })
          }
        />
      )}
      <h3>{t.muscles}</h3>
      {MUSCLE_IDS.map((muscle) => (
        <MuscleSeveritySliders key={muscle} muscle={muscle} compact />
      ))}
      <details className="more">
        <summary>{t.person}</summary>
        <RangeField
          className="field"
          label={t.compensation}
          value={Math.round(dysfunction.compensationStyle * 100)}
          min={0}
          max={100}
          step={5}
          valueText={t.compensationValue(Math.round(dysfunction.compensationStyle * 100))}
          onChange={(v) => setDysfunction({ compensationStyle: v / 100 })}
        />
        <NumberField
          label={t.mass}
          value={dysfunction.bodyMassKg}
          range={MECHANICS_INPUT_RANGES.bodyMassKg}
          step={1}
          onChange={(bodyMassKg) => setDysfunction({ bodyMassKg })}
        />
        <NumberField
          label={t.height}
          value={dysfunction.heightM}
          range={MECHANICS_INPUT_RANGES.heightM}
          step={0.01}
          onChange={(heightM) => setDysfunction({ heightM })}
        />
        <BodyFitControl />
        <label className="field">
          <span>{t.strength}</span>
          <select
            value={dysfunction.baselineStrength}
            onChange={(e) =>
              setDysfunction({ baselineStrength: e.target.value as 'young-adult' | 'older-adult' })
            }
          >
            <option value="young-adult">{t.strengths['young-adult']}</option>
            <option value="older-adult">{t.strengths['older-adult']}</option>
          </select>
        </label>
        <label className="field">
          <span>{t.cane}</span>
          <select
            value={dysfunction.cane?.side ?? ''}
            onChange={(e) =>
              setDysfunction({
                cane: e.target.value
                  ? {
                      side: e.target.value as (typeof CANE_SIDES)[number],
                      loadBW: dysfunction.cane?.loadBW ?? 0.1,
                    }
                  : null,
              })
            }
          >
            <option value="">{t.noCane}</option>
            {CANE_SIDES.map((side) => (
              <option key={side} value={side}>
                {t.caneSides[side]}
              </option>
            ))}
          </select>
        </label>
        {dysfunction.cane && (
          <RangeField
            className="field"
            label={t.caneLoad}
            value={Math.round(dysfunction.cane.loadBW * 100)}
            min={0}
            max={50}
            step={1}
            valueText={`${Math.round(dysfunction.cane.loadBW * 100)} %`}
            onChange={(v) =>
              setDysfunction({
                cane: { side: dysfunction.cane?.side ?? 'contralateral', loadBW: v / 100 },
              })
            }
          />
        )}
      </details>
    </section>
  );
}
