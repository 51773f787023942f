/**
 * Spanish for the exercise table's study descriptions (who was measured, how) and the variant
 * notes of its EMG values, keyed by the English text. Citations stay as published. A unit test
 * fails when one of those texts has no entry.
 */
export const SPANISH_EXERCISE_TEXT: Readonly<Record<string, string>> = {
  'young, healthy adults': 'adultos jóvenes y sanos',
  'surface EMG, % MVIC, mean ± SD; side-lying abduction and prone extension with a 10-repetition-maximum load':
    'EMG de superficie, % CVIM, media ± DE; abducción en decúbito lateral y extensión en decúbito prono con una carga de 10 repeticiones máximas',
  'fine-wire EMG of gluteus medius, superior gluteus maximus and TFL; gluteal-to-TFL activation index (GTI, 18 to 115 across 11 exercises: higher means more gluteal and less TFL work)':
    'EMG intramuscular (de hilo fino) del glúteo medio, el glúteo mayor superior y el TFL; índice de activación glúteos/TFL (GTI, de 18 a 115 en 11 ejercicios: más alto significa más trabajo glúteo y menos del TFL)',
  'surface EMG of gluteus medius only, % MVIC': 'EMG de superficie solo del glúteo medio, % CVIM',
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
  'pelvic drop: standing on a step, lowering and lifting the other side of the pelvis':
    'caída pélvica: de pie en un escalón, bajando y subiendo el otro lado de la pelvis',
  'quadruped lift of the opposite arm and the leg':
    'a cuatro patas, elevando el brazo contrario y la pierna',
  'healthy, physically active adults': 'adultos sanos y físicamente activos',
  'surface EMG, mean amplitude as % of maximal voluntary isometric contraction (MVIC), mean ± SD':
    'EMG de superficie, amplitud media como % de la contracción voluntaria isométrica máxima (CVIM), media ± DE',
  'healthy adults (19 men, 11 women)': 'adultos sanos (19 hombres, 11 mujeres)',
  'healthy adults': 'adultos sanos',
  'healthy adults, 27 ± 5 years (18 to 42)': 'adultos sanos, 27 ± 5 años (de 18 a 42)',
  'healthy adults (26 enrolled)': 'adultos sanos (26 inscritos)',
  'surface EMG; 18 exercises ranked by the average peak % MVIC (peaks, not mean amplitudes)':
    'EMG de superficie; 18 ejercicios ordenados por el pico medio de % CVIM (picos, no amplitudes medias)',
  'the healthy adults of the studies it quotes': 'los adultos sanos de los estudios que cita',
  'one % MVIC figure per exercise and muscle, or the range across the studies it cites; no spread':
    'una cifra de % CVIM por ejercicio y músculo, o el intervalo entre los estudios que cita; sin dispersión',
  'participants with gluteus medius weakness (not healthy volunteers)':
    'participantes con debilidad del glúteo medio (no voluntarios sanos)',
  'surface EMG of gluteus medius, gluteus maximus and TFL, % MVIC, mean ± SD':
    'EMG de superficie del glúteo medio, el glúteo mayor y el TFL, % CVIM, media ± DE',
  'traditional side-lying abduction (their “SHA-T”), no band':
    'abducción tradicional en decúbito lateral (su «SHA-T»), sin banda',
  'one of the study’s two clam variants; the abstract gives both figures without saying which is which':
    'una de las dos variantes de almeja del estudio; el resumen da ambas cifras sin decir cuál es cuál',
  'Boren’s “clamshell progression 4”': 'la «progresión de almeja 4» de Boren',
  'side-lying clam; range across the two studies cited':
    'almeja en decúbito lateral; intervalo entre los dos estudios citados',
  'side plank with abduction, dominant leg on the bottom (Boren’s wording)':
    'plancha lateral con abducción, pierna dominante abajo (en palabras de Boren)',
  'side plank with abduction, dominant leg on top (Boren’s wording)':
    'plancha lateral con abducción, pierna dominante arriba (en palabras de Boren)',
  'Ekstrom’s “side-bridge”': 'el «puente lateral» de Ekstrom',
  'Ekstrom’s side-bridge and Boren’s side plank with abduction; range across the two studies cited':
    'el puente lateral de Ekstrom y la plancha lateral con abducción de Boren; intervalo entre los dos estudios citados',
  'range across the two studies cited': 'intervalo entre los dos estudios citados',
  'sideways band walk': 'marcha lateral con banda',
  'the moving leg; Bolgla tested standing abduction with the hip straight and bent 20°, and the table gives one figure':
    'la pierna que se mueve; Bolgla probó la abducción de pie con la cadera extendida y flexionada 20°, y la tabla da una sola cifra',
  abstract: 'resumen',
  'table of the three side-lying abduction styles':
    'tabla de los tres estilos de abducción en decúbito lateral',
  'not in the Distefano abstract; the IJSPT 2014 table gives 39–51 % for side-lying abduction without saying which study gave which end':
    'no figura en el resumen de Distefano; la tabla de IJSPT 2014 da 39–51 % para la abducción en decúbito lateral sin decir qué estudio dio cada extremo',
  'Table 2': 'Tabla 2',
  'Table 2 gives 74–103 % for the side bridge from two studies; Boren’s abstract gives the 103, so 74 is Ekstrom’s':
    'la Tabla 2 da 74–103 % para el puente lateral a partir de dos estudios; el resumen de Boren da el 103, así que el 74 es de Ekstrom',
  'Table 2, cited there as ref. 25 (Ekstrom 2007 by its exercise names)':
    'Tabla 2, citada allí como ref. 25 (Ekstrom 2007 por los nombres de sus ejercicios)',
  'the copy of the Distefano abstract read here is cut off before this figure; practitioner summaries of the paper quote it as 64 %':
    'la copia del resumen de Distefano leída aquí se corta antes de esta cifra; resúmenes profesionales del artículo la citan como 64 %',
  'the copy of the Distefano abstract read here is cut off before this figure; practitioner summaries of the paper quote it as 59 %':
    'la copia del resumen de Distefano leída aquí se corta antes de esta cifra; resúmenes profesionales del artículo la citan como 59 %',
  'the Bolgla abstract was read only up to its methods and no review table read here lists the pelvic drop; summaries quote 57 %':
    'el resumen de Bolgla solo se leyó hasta los métodos y ninguna tabla de revisión leída aquí recoge la caída pélvica; los resúmenes citan 57 %',
  'the copy of the Distefano abstract read here is cut off before this figure; practitioner summaries of the paper quote it as 61 %':
    'la copia del resumen de Distefano leída aquí se corta antes de esta cifra; resúmenes profesionales del artículo la citan como 61 %',
  'not in the Distefano abstract read here': 'no figura en el resumen de Distefano leído aquí',
  'the copy of the Distefano abstract read here is cut off before this figure; practitioner summaries of the paper quote it, some as 58 % and some as 59 %':
    'la copia del resumen de Distefano leída aquí se corta antes de esta cifra; resúmenes profesionales del artículo la citan, unos como 58 % y otros como 59 %',
  'Table 2, cited there as ref. 24 (Bolgla 2005 by its exercises: standing abduction, gluteus medius only)':
    'Tabla 2, citada allí como ref. 24 (Bolgla 2005 por sus ejercicios: abducción de pie, solo glúteo medio)',
};
