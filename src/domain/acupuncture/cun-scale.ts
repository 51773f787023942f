import type { BilateralSide, LandmarkId } from '../anatomy';
import { distance } from '../geometry';
import { type LandmarkLookup, landmarkPosition } from '../motor-points';
import type { CunScaleId } from './acupuncture-point';
import type { AcupunctureSourceId } from './data/sources';

/**
 * Proportional cun (B-cun) derived from the model's landmarks.
 *
 * The standard divides a body segment between two landmarks into a fixed number of equal cun.
 * The model gives us the thigh and the inner thigh, so:
 * - `thigh-lateral`: greater trochanter tip to the lateral end of the popliteal crease = 19 cun
 *   (the classical "hip pivot to knee" measure; Chinese tables put the crease level with the
 *   patellar apex). Straight-line distance between the two landmarks.
 * - `thigh-medial`: pubic tubercle to the medial end of the patellar base = 18 cun (the pubic
 *   tubercle stands in for the upper border of the symphysis; tables differ on the knee end).
 * - `leg`: the standard is popliteal crease to lateral malleolus = 16 cun, but the model contract
 *   has no malleolus, so the thigh cun stands in (app heuristic, flagged).
 * - `back`: the standard is 3 cun from the posterior median line to the medial border of the
 *   scapula; the model has no scapula, so the thigh cun stands in (app heuristic, flagged; a
 *   typical adult cun is about 2-2.5 cm). Back offsets are drawn with a band of ±0.5 cun or more.
 */
export interface CunScaleDefinition {
  readonly label: string;
  /** Segment measured on the model, or the scale it borrows. */
  readonly measure:
    | { readonly from: LandmarkId; readonly to: LandmarkId; readonly cun: number }
    | { readonly borrows: CunScaleId };
  /** True when the scale is an app heuristic rather than a standard proportion. */
  readonly heuristic: boolean;
  readonly note: string;
  readonly sourceIds: readonly AcupunctureSourceId[];
}

export const CUN_SCALES: Readonly<Record<CunScaleId, CunScaleDefinition>> = {
  'thigh-lateral': {
    label: 'Thigh (greater trochanter to popliteal crease, 19 cun)',
    measure: { from: 'greater-trochanter-tip', to: 'popliteal-crease-lateral', cun: 19 },
    heuristic: false,
    note: 'Standard proportion applied to the model: 1 cun = trochanter-to-crease distance / 19.',
    sourceIds: ['cn-bone-cun-tables', 'focks-atlas', 'meandqi', 'docsbay-tutorial'],
  },
  'thigh-medial': {
    label: 'Inner thigh (pubic symphysis to knee, 18 cun)',
    measure: { from: 'pubic-tubercle', to: 'patella-base-medial-end', cun: 18 },
    heuristic: false,
    note: 'Standard proportion; the pubic tubercle approximates the upper border of the symphysis and tables differ on the knee end (medial condyle or patellar base).',
    sourceIds: ['cn-bone-cun-tables', 'docsbay-tutorial'],
  },
  leg: {
    label: 'Leg (thigh cun standing in for popliteal crease to lateral malleolus, 16 cun)',
    measure: { borrows: 'thigh-lateral' },
    heuristic: true,
    note: 'App heuristic: the model has no lateral malleolus, so the thigh cun is reused for the leg.',
    sourceIds: ['cn-bone-cun-tables', 'kiom-kmcric'],
  },
  back: {
    label: 'Back (thigh cun standing in for midline to scapula, 3 cun)',
    measure: { borrows: 'thigh-lateral' },
    heuristic: true,
    note: 'App heuristic, not a standard: the model has no scapula, so the thigh cun stands in for the back cun.',
    sourceIds: ['cn-bone-cun-tables'],
  },
};

/** Length of 1 cun on this model and side, millimetres. Throws `RuleProblemError` if a landmark is missing. */
export function cunMm(
  scale: CunScaleId,
  side: BilateralSide,
  landmarks: LandmarkLookup,
): { mm: number; heuristic: boolean } {
  const def = CUN_SCALES[scale];
  if ('borrows' in def.measure) {
    return { mm: cunMm(def.measure.borrows, side, landmarks).mm, heuristic: def.heuristic };
  }
  const { from, to, cun } = def.measure;
  const lengthM = distance(
    landmarkPosition(from, side, landmarks),
    landmarkPosition(to, side, landmarks),
  );
  return { mm: (lengthM * 1000) / cun, heuristic: def.heuristic };
}
