import type { MuscleId } from '../anatomy';

/**
 * Published depths to a muscle's surface in living people, and where a nerve-dense target lies
 * inside the muscle's thickness. Model depths are one body; these are the ranges to plan with.
 */
export interface PublishedDepth {
  /** Skin to the muscle surface, millimetres (range across sites or people). */
  readonly skinToMuscleMm?: readonly [number, number];
  /** Share of people deeper than a given skin-to-muscle depth (CT series). */
  readonly deeperThan?: readonly { readonly mm: number; readonly percent: number }[];
  /** Where the intramuscular nerve runs, as a share of the muscle's thickness (percent). */
  readonly targetWithinMusclePct?: readonly [number, number];
  /** Which of the two figures each source gives, cited in full. */
  readonly sources: readonly { readonly citation: string; readonly doi?: string }[];
}

const PARK_2011 = {
  citation:
    'Park CH, et al. Piriformis muscle: clinical anatomy with computed tomography in Korean population. Korean J Pain. 2011;24(2):87-92.',
  doi: '10.3344/kjp.2011.24.2.87',
};
const HWANG_2009 = {
  citation:
    'Hwang K, Nam YS, Han SH, Hwang SW. The intramuscular course of the inferior gluteal nerve in the gluteus maximus muscle and its association with augmentation gluteoplasty. Ann Plast Surg. 2009;63(4):361-365.',
  doi: '10.1097/SAP.0b013e31819535ee',
};
const NISBET_2006 = {
  citation:
    'Nisbet AC. Intramuscular gluteal injections in the increasingly obese population: retrospective study. BMJ. 2006;332:637.',
};

export const PUBLISHED_DEPTHS: Partial<Record<MuscleId, PublishedDepth>> = {
  // CT, n = 60, prone: 5.2 ± 0.9 cm medially, 6.3 ± 0.8 centrally, 6.6 ± 0.9 laterally.
  piriformis: { skinToMuscleMm: [52, 66], sources: [PARK_2011] },
  // CT, 100 people: dorsogluteal skin-to-muscle > 25 mm in 72 %, > 35 mm in 43 %.
  'gluteus-maximus': {
    deeperThan: [
      { mm: 25, percent: 72 },
      { mm: 35, percent: 43 },
    ],
    targetWithinMusclePct: [59, 82],
    sources: [NISBET_2006, HWANG_2009],
  },
};
