/**
 * Ready-made dysfunction scenarios, as data. Each is a partial `MechanicsInput` merged over the
 * defaults (70 kg, 1.75 m, young adult, one-leg stance, compensation style 0.7).
 *
 * Frame and sign conventions: as in `input.ts`. Severities 0..1.
 *
 * Severities are chosen so that each preset visibly changes posture and loads against the same
 * person without dysfunction; with the default parameters the hip abductors of a young adult
 * hold the pelvis level until about half of their capacity is gone (Kendall 2013; Pohl 2015).
 */
import { mechanics as text } from '../messages/en/mechanics';
import type { MechanicsInput } from './input';

export type MechanicsPresetId = keyof typeof text.presets;

export interface MechanicsPreset {
  readonly id: MechanicsPresetId;
  readonly label: string;
  /** One line. */
  readonly description: string;
  readonly input: MechanicsInput;
}

/** Superior gluteal nerve palsy: the three muscles that nerve supplies, fully paralysed. */
const SUPERIOR_GLUTEAL_PALSY = Object.freeze({
  'gluteus-medius': Object.freeze({ weakness: 1 }),
  'gluteus-minimus': Object.freeze({ weakness: 1 }),
  'tensor-fasciae-latae': Object.freeze({ weakness: 1 }),
});

function preset(id: MechanicsPresetId, input: MechanicsInput): MechanicsPreset {
  return Object.freeze({
    id,
    // Read when shown, so the active language applies (see outputs.ts).
    get label() {
      return text.presets[id].label;
    },
    get description() {
      return text.presets[id].description;
    },
    input: Object.freeze(input),
  });
}

export const MECHANICS_PRESETS: readonly MechanicsPreset[] = Object.freeze([
  // An older adult (M_cap0 1.3 N·m/kg) with gluteus medius 80 % and gluteus minimus 50 % weak:
  // capacity 1.3 × (1 - 0.57·0.8 - 0.13·0.5) = 0.62 N·m/kg, usable 0.56 against a demand of
  // 0.88, so a deficit of 0.32 N·m/kg: with style 0.7 about 2° of drop and 9° of lean on the
  // pelvis. In a young adult even a complete gluteus medius loss leaves a deficit of only
  // 0.11 N·m/kg (a 3° lean), too little to show; a moderate weakness would change nothing.
  preset('gluteus-medius-weakness', {
    baselineStrength: 'older-adult',
    muscles: { 'gluteus-medius': { weakness: 0.8 }, 'gluteus-minimus': { weakness: 0.5 } },
  }),
  // The moderate, measured case: gluteus medius fully and gluteus minimus 30 % weak in a young adult
  // (capacity 2.0 × (1 - 0.57 - 0.039) = 0.78, usable 0.70 against 0.88: deficit 0.17 N·m/kg),
  // met by pelvic drop: about 4°, the drop a gait study imposed (+38 % knee moment in walking;
  // this static model about +30 %).
  preset('moderate-pelvic-drop', {
    muscles: { 'gluteus-medius': { weakness: 1 }, 'gluteus-minimus': { weakness: 0.3 } },
    compensationStyle: 0,
  }),
  // Complete palsy (capacity 2.0 × 0.18 = 0.36 N·m/kg, deficit 0.56) with compensation style 0:
  // pure pelvic drop, about 13° (the calibration target 12-15°).
  preset('trendelenburg', { muscles: SUPERIOR_GLUTEAL_PALSY, compensationStyle: 0 }),
  // The same deficit met entirely by trunk lean (style 1): about 24° over the stance leg.
  preset('trendelenburg-compensated', { muscles: SUPERIOR_GLUTEAL_PALSY, compensationStyle: 1 }),
  // Psoas major 80 % and iliacus 60 % tight: the larger, 0.8, gives a 16° hip extension deficit,
  // 8° more anterior tilt and about 8° more lordosis in quiet standing (where tilt is measured).
  preset('tight-iliopsoas', {
    task: { kind: 'quiet-standing' },
    muscles: { 'psoas-major': { tightness: 0.8 }, iliacus: { tightness: 0.6 } },
  }),
  // A 50° hinge needs 1.6 N·m/kg of hip extension; with the gluteus maximus 80 % weak the common
  // activation rises from 0.64 to 0.94 (above u_max 0.9) and its share falls from 40 % to 12 %.
  preset('weak-gluteus-maximus-hinge', {
    task: { kind: 'hip-hinge', trunkFlexionDeg: 50 },
    muscles: { 'gluteus-maximus': { weakness: 0.8 } },
  }),
  // The palsy with the default style 0.7 and a cane in the opposite hand carrying 10 % BW: the
  // cane's moment (0.1 × 0.38 m) cuts the demand from 0.88 to 0.51 N·m/kg, so the lean falls from
  // about 17° to about 5° and the abductor force far below the healthy value.
  preset('contralateral-cane', {
    muscles: SUPERIOR_GLUTEAL_PALSY,
    cane: { side: 'contralateral', loadBW: 0.1 },
  }),
]);

export function findMechanicsPreset(id: string): MechanicsPreset | undefined {
  return MECHANICS_PRESETS.find((p) => p.id === id);
}
