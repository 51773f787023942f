/**
 * The studies the exercise table quotes. `population` says who was measured: every study here
 * measured healthy adults, not patients, so a weak muscle may work at a different share of its
 * (smaller) maximum. `participants` is null when the number was not read here. `read` says which
 * text of the paper was actually read when the table was checked (see `EmgCheck`).
 */
export interface ExerciseSource {
  readonly id: ExerciseSourceId;
  readonly short: string;
  readonly citation: string;
  readonly participants: number | null;
  readonly population: string;
  readonly method: string;
  readonly read: string;
}

const EXERCISE_SOURCE_IDS = [
  'distefano-2009',
  'ekstrom-2007',
  'macaskill-2014',
  'selkowitz-2013',
  'bolgla-2005',
  'boren-2011',
  'ijspt-2014-table',
  'kim-2024',
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
    participants: null,
    population: 'healthy, physically active adults',
    method:
      'surface EMG, mean amplitude as % of maximal voluntary isometric contraction (MVIC), mean ± SD',
    read: 'abstract (a scanned copy whose results sentence is cut off after the clam, lunge and hop figures)',
  },
  'ekstrom-2007': {
    id: 'ekstrom-2007',
    short: 'Ekstrom 2007',
    citation:
      'Ekstrom RA, Donatelli RA, Carp KC. Electromyographic analysis of core trunk, hip, and thigh muscles during 9 rehabilitation exercises. J Orthop Sports Phys Ther. 2007;37(12):754-762.',
    participants: 30,
    population: 'healthy adults (19 men, 11 women)',
    method: 'surface EMG, % MVIC',
    read: 'abstract (PubMed): no gluteal figures in it, only that the side bridge and the quadruped arm and leg lift exceeded 45 % MVIC',
  },
  'macaskill-2014': {
    id: 'macaskill-2014',
    short: 'MacAskill 2014',
    citation:
      'MacAskill MJ, Durant TJS, Wallace DA. Gluteal muscle activity during weightbearing and non-weightbearing exercise. Int J Sports Phys Ther. 2014;9(7):907-914.',
    participants: null,
    population: 'young, healthy adults',
    method:
      'surface EMG, % MVIC, mean ± SD; side-lying abduction and prone extension with a 10-repetition-maximum load',
    read: 'abstract (all eight figures: two muscles, four exercises)',
  },
  'selkowitz-2013': {
    id: 'selkowitz-2013',
    short: 'Selkowitz 2013',
    citation:
      'Selkowitz DM, Beneck GJ, Powers CM. Which exercises target the gluteal muscles while minimizing activation of the tensor fascia lata? Electromyographic assessment using fine-wire electrodes. J Orthop Sports Phys Ther. 2013;43(2):54-64.',
    participants: 20,
    population: 'healthy adults',
    method:
      'fine-wire EMG of gluteus medius, superior gluteus maximus and TFL; gluteal-to-TFL activation index (GTI, 18 to 115 across 11 exercises: higher means more gluteal and less TFL work)',
    read: 'abstract: the five highest indices and which exercises worked both gluteals significantly more than the TFL; the TFL % MVIC table was not read',
  },
  'bolgla-2005': {
    id: 'bolgla-2005',
    short: 'Bolgla & Uhl 2005',
    citation:
      'Bolgla LA, Uhl TL. Electromyographic analysis of hip rehabilitation exercises in a group of healthy subjects. J Orthop Sports Phys Ther. 2005;35(8):487-494.',
    participants: 16,
    population: 'healthy adults, 27 ± 5 years (18 to 42)',
    method: 'surface EMG of gluteus medius only, % MVIC',
    read: 'abstract (PubMed) up to the methods; its results sentence was not read',
  },
  'boren-2011': {
    id: 'boren-2011',
    short: 'Boren 2011',
    citation:
      'Boren K, Conrey C, Le Coguic J, Paprocki L, Voight M, Robinson TK. Electromyographic analysis of gluteus medius and gluteus maximus during rehabilitation exercises. Int J Sports Phys Ther. 2011;6(3):206-223.',
    participants: 24,
    population: 'healthy adults (26 enrolled)',
    method:
      'surface EMG; 18 exercises ranked by the average peak % MVIC (peaks, not mean amplitudes)',
    read: 'abstract: the five exercises above 70 % MVIC for gluteus medius; the gluteus maximus list and the tables were not read',
  },
  'ijspt-2014-table': {
    id: 'ijspt-2014-table',
    short: 'IJSPT 2014 review table',
    citation:
      'Int J Sports Phys Ther. 2014;9(2):157-167, Table 2: gluteus medius and gluteus maximus % MVIC during selected exercises, as reported in the literature (PMCID PMC4004121). Only the table was read; its title page and reference list were not.',
    participants: null,
    population: 'the healthy adults of the studies it quotes',
    method:
      'one % MVIC figure per exercise and muscle, or the range across the studies it cites; no spread',
    read: 'Table 2 in full',
  },
  'kim-2024': {
    id: 'kim-2024',
    short: 'Kim 2024',
    citation:
      'Kim SH, Lee HJ, Kim SH, Baik SM, Cynn HS. Effects of isometric hip extension using Thera-band on hip muscle activities during side-lying hip abduction exercise in participants with gluteus medius weakness. Phys Ther Korea. 2024;31(2):123-130. doi:10.12674/ptk.2024.31.2.123',
    participants: null,
    population: 'participants with gluteus medius weakness (not healthy volunteers)',
    method: 'surface EMG of gluteus medius, gluteus maximus and TFL, % MVIC, mean ± SD',
    read: 'abstract (DOAJ record) and the table comparing the three side-lying abduction styles',
  },
  'reiman-2012': {
    id: 'reiman-2012',
    short: 'Reiman 2012',
    citation:
      'Reiman MP, Bolgla LA, Loudon JK. A literature review of studies evaluating gluteus maximus and gluteus medius activation during rehabilitation exercises. Physiother Theory Pract. 2012;28(4):257-268.',
    participants: null,
    population: 'review of EMG studies in mostly healthy adults',
    method:
      'groups activation as low (0-20 % MVIC), moderate (21-40 %), high (41-60 %) and very high (above 60 %)',
    read: 'used for the activation bands only; no figure in the table comes from it',
  },
  'acsm-2009': {
    id: 'acsm-2009',
    short: 'ACSM 2009',
    citation:
      'American College of Sports Medicine. Position stand: progression models in resistance training for healthy adults. Med Sci Sports Exerc. 2009;41(3):687-708.',
    participants: null,
    population: 'healthy adults (novice to advanced), with notes for older adults',
    method: 'consensus guidance on sets, repetitions, load, frequency and progression',
    read: 'used for dosage only',
  },
};
