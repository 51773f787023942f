/**
 * Spanish for the exercise table's study descriptions (who was measured, how) and the variant
 * notes of its EMG values, keyed by the English text. Citations stay as published. A unit test
 * fails when one of those texts has no entry.
 */
export const SPANISH_EXERCISE_TEXT: Readonly<Record<string, string>> = {
  '21 healthy, physically active adults': '21 adultos sanos y físicamente activos',
  'surface EMG, % of maximal voluntary isometric contraction (MVIC), mean ± SD':
    'EMG de superficie, % de la contracción voluntaria isométrica máxima (CVIM), media ± DE',
  '30 healthy adults (19 men, 11 women)': '30 adultos sanos (19 hombres, 11 mujeres)',
  'surface EMG, % MVIC, mean ± SD': 'EMG de superficie, % CVIM, media ± DE',
  'young, healthy adults': 'adultos jóvenes y sanos',
  'surface EMG, % MVIC, mean ± SD; side-lying abduction and prone extension with a 10-repetition-maximum load':
    'EMG de superficie, % CVIM, media ± DE; abducción en decúbito lateral y extensión en decúbito prono con una carga de 10 repeticiones máximas',
  '20 healthy adults': '20 adultos sanos',
  'fine-wire EMG of gluteus medius, superior gluteus maximus and TFL; gluteal-to-TFL activation index (GTI, 18 to 115 across 11 exercises: higher means more gluteal and less TFL work)':
    'EMG intramuscular (de hilo fino) del glúteo medio, el glúteo mayor superior y el TFL; índice de activación glúteos/TFL (GTI, de 18 a 115 en 11 ejercicios: más alto significa más trabajo glúteo y menos del TFL)',
  '16 healthy adults, 27 ± 5 years': '16 adultos sanos, 27 ± 5 años',
  'surface EMG of gluteus medius only, % MVIC': 'EMG de superficie solo del glúteo medio, % CVIM',
  '23 healthy adults': '23 adultos sanos',
  'surface EMG, % MVIC': 'EMG de superficie, % CVIM',
  'review of EMG studies in mostly healthy adults':
    'revisión de estudios de EMG en adultos sanos en su mayoría',
  'groups activation as low (0-20 % MVIC), moderate (21-40 %), high (41-60 %) and very high (above 60 %)':
    'agrupa la activación en baja (0-20 % CVIM), moderada (21-40 %), alta (41-60 %) y muy alta (más del 60 %)',
  'healthy adults (novice to advanced), with notes for older adults':
    'adultos sanos (de principiantes a avanzados), con notas para adultos mayores',
  'consensus guidance on sets, repetitions, load, frequency and progression':
    'recomendaciones de consenso sobre series, repeticiones, carga, frecuencia y progresión',
  'with a 10-repetition-maximum ankle weight':
    'con un lastre de tobillo de 10 repeticiones máximas',
  'hips bent 30°': 'caderas flexionadas 30°',
  'hips bent 60°': 'caderas flexionadas 60°',
  'side plank with abduction, exercised leg underneath':
    'plancha lateral con abducción, con la pierna que trabaja abajo',
  'side bridge without leg lift': 'plancha lateral sin elevar la pierna',
  'pelvic drop: standing on a step, lowering and lifting the other side of the pelvis':
    'caída pélvica: de pie en un escalón, bajando y subiendo el otro lado de la pelvis',
  'quadruped lift of the opposite arm and the leg':
    'a cuatro patas, elevando el brazo contrario y la pierna',
  'moving leg, hip straight, no added weight':
    'pierna que se mueve, cadera extendida, sin peso añadido',
};
