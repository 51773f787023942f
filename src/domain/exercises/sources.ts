/**
 * The studies the exercise table quotes. `population` says who was measured: every study here
 * measured healthy adults, not patients, so a weak muscle may work at a different share of its
 * (smaller) maximum.
 */
export interface ExerciseSource {
  readonly id: ExerciseSourceId;
  readonly short: string;
  readonly citation: string;
  readonly population: string;
  readonly method: string;
}

export const EXERCISE_SOURCE_IDS = [
  'distefano-2009',
  'ekstrom-2007',
  'macaskill-2014',
  'selkowitz-2013',
  'bolgla-2005',
  'boren-2011',
  'reiman-2012',
  'acsm-2009',
] as const;
export type ExerciseSourceId = (typeof EXERCISE_SOURCE_IDS)[number];

export const EXERCISE_SOURCES: Readonly<Record<ExerciseSourceId, ExerciseSource>> = {
  'distefano-2009': {
    id: 'distefano-2009',
    short: 'Distefano 2009',
    citation:
      'Distefano LJ, Blackburn JT, Marshall SW, Padua DA. Gluteal muscle activation during common therapeutic exercises. J Orthop Sports Phys Ther. 2009;39(7):532-540.',
    population: '21 healthy, physically active adults',
    method: 'surface EMG, % of maximal voluntary isometric contraction (MVIC), mean ± SD',
  },
  'ekstrom-2007': {
    id: 'ekstrom-2007',
    short: 'Ekstrom 2007',
    citation:
      'Ekstrom RA, Donatelli RA, Carp KC. Electromyographic analysis of core trunk, hip, and thigh muscles during 9 rehabilitation exercises. J Orthop Sports Phys Ther. 2007;37(12):754-762.',
    population: '30 healthy adults (19 men, 11 women)',
    method: 'surface EMG, % MVIC, mean ± SD',
  },
  'macaskill-2014': {
    id: 'macaskill-2014',
    short: 'MacAskill 2014',
    citation:
      'MacAskill MJ, Durant TJS, Wallace DA. Gluteal muscle activity during weightbearing and non-weightbearing exercise. Int J Sports Phys Ther. 2014;9(7):907-914.',
    population: 'young, healthy adults',
    method:
      'surface EMG, % MVIC, mean ± SD; side-lying abduction and prone extension with a 10-repetition-maximum load',
  },
  'selkowitz-2013': {
    id: 'selkowitz-2013',
    short: 'Selkowitz 2013',
    citation:
      'Selkowitz DM, Beneck GJ, Powers CM. Which exercises target the gluteal muscles while minimizing activation of the tensor fascia lata? Electromyographic assessment using fine-wire electrodes. J Orthop Sports Phys Ther. 2013;43(2):54-64.',
    population: '20 healthy adults',
    method:
      'fine-wire EMG of gluteus medius, superior gluteus maximus and TFL; gluteal-to-TFL activation index (GTI, 18 to 115 across 11 exercises: higher means more gluteal and less TFL work)',
  },
  'bolgla-2005': {
    id: 'bolgla-2005',
    short: 'Bolgla & Uhl 2005',
    citation:
      'Bolgla LA, Uhl TL. Electromyographic analysis of hip rehabilitation exercises in a group of healthy subjects. J Orthop Sports Phys Ther. 2005;35(8):487-494.',
    population: '16 healthy adults, 27 ± 5 years',
    method: 'surface EMG of gluteus medius only, % MVIC',
  },
  'boren-2011': {
    id: 'boren-2011',
    short: 'Boren 2011',
    citation:
      'Boren K, Conrey C, Le Coguic J, Paprocki L, Voight M, Robinson TK. Electromyographic analysis of gluteus medius and gluteus maximus during rehabilitation exercises. Int J Sports Phys Ther. 2011;6(3):206-223.',
    population: '23 healthy adults',
    method: 'surface EMG, % MVIC',
  },
  'reiman-2012': {
    id: 'reiman-2012',
    short: 'Reiman 2012',
    citation:
      'Reiman MP, Bolgla LA, Loudon JK. A literature review of studies evaluating gluteus maximus and gluteus medius activation during rehabilitation exercises. Physiother Theory Pract. 2012;28(4):257-268.',
    population: 'review of EMG studies in mostly healthy adults',
    method:
      'groups activation as low (0-20 % MVIC), moderate (21-40 %), high (41-60 %) and very high (above 60 %)',
  },
  'acsm-2009': {
    id: 'acsm-2009',
    short: 'ACSM 2009',
    citation:
      'American College of Sports Medicine. Position stand: progression models in resistance training for healthy adults. Med Sci Sports Exerc. 2009;41(3):687-708.',
    population: 'healthy adults (novice to advanced), with notes for older adults',
    method: 'consensus guidance on sets, repetitions, load, frequency and progression',
  },
};
