import type { Catalogue, Messages } from '../catalogue';
import { formatNumber } from '../format';

/**
 * Strings of the assessment panel, its mapping rules, point suggestions, the exercise library and
 * the patient's plan page (Spanish). Patient-facing text in plain words and "usted", as the rest
 * of the Spanish catalogue; citations as published.
 */
const pct = (x: number) => `${formatNumber(Math.round(x * 100))} %`;
const range = (r: readonly [number, number]) =>
  r[0] === r[1]
    ? pct(r[0])
    : `${formatNumber(Math.round(r[0] * 100))}–${formatNumber(Math.round(r[1] * 100))} %`;
/** "lado izquierdo/derecho": avoids agreeing an adjective with each finding's noun. */
const sideOf = (s: 'left' | 'right') => (s === 'left' ? 'lado izquierdo' : 'lado derecho');
const leg = (s: 'left' | 'right') => (s === 'left' ? 'izquierda' : 'derecha');

export const assessment: Catalogue<Messages['assessment']> = {
  panel: {
    tab: 'Valoración',
    heading: 'Hallazgos de la valoración',
    intro:
      'Introduzca lo que ha encontrado. Cada hallazgo se convierte en un ajuste del modelo mediante la regla que aparece a su lado. No es un diagnóstico: el modelo muestra lo que estos hallazgos supondrían para la postura y la carga, y explica por qué podría equivocarse.',
    strengthHeading: 'Fuerza',
    method: 'Método',
    methodOxford: 'Escala de Oxford (0–5)',
    methodDynamometer: 'Dinamómetro, % de la norma',
    notTested: 'No valorado',
    grade: (g) => `Oxford ${formatNumber(g)}`,
    percentOfNorm: '% de la norma para su edad y sexo',
    groups: {
      abductors: 'Abductores de cadera',
      extensors: 'Extensores de cadera',
      flexors: 'Flexores de cadera',
      'external-rotators': 'Rotadores externos de cadera',
    },
    sides: { left: 'Izquierda', right: 'Derecha' },
    strengthLabel: (side, group) => `${group}, ${side.toLowerCase()}`,
    trendelenburg: 'Signo de Trendelenburg positivo (en apoyo sobre esta pierna)',
    thomas: 'Test de Thomas: contractura en flexión de cadera (°)',
    ober: 'Test de Ober modificado positivo',
    painHeading: 'Dónde duele',
    pain: {
      hip: 'Cadera / nalga',
      'lateral-knee': 'Cara externa de la rodilla',
      'medial-knee': 'Cara interna de la rodilla',
      'lower-back': 'Zona lumbar',
    },
    activity: 'Nivel de actividad',
    activityLevels: {
      sedentary: 'Sedentario',
      light: 'Poco activo',
      active: 'Activo',
      athletic: 'Deportista',
    },
    age: 'Edad (años)',
    mappingHeading: 'Qué toma el modelo de estos hallazgos',
    modelLine: (label, healthy, now) => `${label}: ${healthy} → ${now}`,
    standingLeg: (s) => `Lo que muestra ahora el modelo, en apoyo sobre la pierna ${leg(s)}`,
    noFindings: 'Aún no hay hallazgos: el modelo muestra a una persona sin disfunción.',
    apply: 'Mostrar estos hallazgos en el modelo',
    applied: 'El modelo muestra ahora estos hallazgos (pestaña Disfunción y carga).',
    clear: 'Borrar hallazgos',
    trust: {
      moderate: 'confianza: moderada',
      low: 'confianza: baja',
      'not-modelled': 'el modelo no lo usa',
    },
    whyWrong:
      'Por qué podría equivocarse: los grados manuales son poco precisos, el modelo usa una sola pierna de apoyo y valores medios de población, y una prueba rara vez aísla un solo músculo.',
    invalid: (field, value, allowed) =>
      `valoración: ${field} debe ser ${allowed} (se recibió ${value}); corríjalo en el enlace o en el panel.`,
  },
  rules: {
    oxford: (grade, weak, used) =>
      grade === 5
        ? `Un Oxford 5 puede ocultar aún una pérdida de hasta ${range(weak)}; se traduce en ausencia de debilidad.`
        : `Oxford ${formatNumber(grade)} abarca un intervalo amplio de fuerza; se traduce en una debilidad del ${range(weak)} (el modelo usa ${pct(used)}).`,
    oxfordSource:
      'Grados: Medical Research Council 1976. Intervalo: Bohannon 2005 (la valoración manual no detecta pérdidas grandes); el grado 3, a partir del momento necesario para elevar la pierna contra la gravedad (masas segmentarias, Winter 2009) frente a la capacidad abductora del modelo.',
    dynamometer: (percent, used) =>
      `${formatNumber(Math.round(percent))} % de la norma; se traduce en una debilidad del ${pct(used)} (± 10 puntos por el error del examinador y de la tabla de referencia, un supuesto).`,
    dynamometerSource:
      'Directo: debilidad = 1 − medida / norma. Tabla de referencia elegida por el clínico.',
    notModelledWeakness:
      'El modelo no usa la debilidad de este grupo muscular; se conserva para sugerir puntos y ejercicios.',
    otherSide: (s) =>
      `El modelo muestra una sola pierna de apoyo cada vez (ahora la ${leg(s)}); el hallazgo de este lado se conserva para las sugerencias.`,
    trendelenburg: (weakness) =>
      `Un signo positivo indica que los abductores no sostienen la pelvis en apoyo monopodal: la debilidad abductora se eleva al menos al ${pct(weakness)} (donde el modelo empieza a mostrar una caída) y la compensación pasa a ser caída de la pelvis.`,
    trendelenburgSource:
      'Hardcastle & Nade 1985 (el signo); el umbral se calcula con el propio modelo.',
    thomas: (deg, tightness, maxDeg) =>
      `${formatNumber(deg)}° de contractura interpretados como déficit de extensión de cadera: acortamiento del psoas ilíaco del ${pct(tightness)} (el modelo llega al acortamiento máximo a ${formatNumber(maxDeg)}°).`,
    thomasSource:
      'La propia ecuación del modelo E = t · E_max, invertida (E_max es un supuesto); la fiabilidad del test de Thomas es limitada (Peeler & Anderson 2007).',
    ober: 'El acortamiento del TFL / cintilla iliotibial no es una entrada del modelo; se conserva para sugerir puntos.',
    oberSource: 'Ober 1936; test modificado (Kendall).',
    age: (years, older) =>
      older
        ? `${formatNumber(years)} años: el modelo usa su fuerza abductora de adulto mayor (el corte en 60 años es un supuesto).`
        : `${formatNumber(years)} años: el modelo usa su fuerza abductora de adulto joven.`,
    ageSource:
      'Capacidad abductora según la edad: Sugimoto 2014 (como en los parámetros de la mecánica).',
    activity: (novice) =>
      novice
        ? 'No es una entrada del modelo; ajusta la dosis de ejercicio a un inicio de principiante (una serie).'
        : 'No es una entrada del modelo; la dosis de ejercicio empieza con dos series.',
    activitySource: 'Modelos de progresión del ACSM 2009 (principiante frente a entrenado).',
    pain: 'No es una entrada del modelo: dónde duele solo orienta qué puntos y cargas mirar.',
  },
  findings: {
    strength: (s, group, result) => `${group}, ${sideOf(s)}: ${result}`,
    trendelenburg: (s) => `Signo de Trendelenburg positivo, ${sideOf(s)}`,
    thomas: (s, deg) => `Test de Thomas, ${sideOf(s)}: contractura de ${formatNumber(deg)}°`,
    ober: (s) => `Test de Ober modificado positivo, ${sideOf(s)}`,
    age: (years) => `Edad: ${formatNumber(years)} años`,
    activity: (level) => `Actividad: ${level.toLowerCase()}`,
    pain: (sites) => `Dolor: ${sites.join(', ').toLowerCase()}`,
  },
  suggestions: {
    heading: 'Puntos a considerar',
    intro:
      'Sugerencias a partir de los hallazgos anteriores, nunca indicaciones: acepte las que quiera en el plan y quite las demás.',
    none: 'No hay sugerencias: introduzca primero un hallazgo de debilidad o acortamiento.',
    because: (finding) => `Motivo: ${finding}`,
    accept: 'Añadir al plan',
    inPlan: 'En el plan',
    dismiss: 'Quitar sugerencia',
    lateralKnee: 'dolor en la cara externa de la rodilla',
    lowerBack: 'dolor lumbar',
    hip: 'dolor de cadera',
  },
  exercises: {
    tab: 'Ejercicios',
    heading: 'Ejercicios ordenados para este paciente',
    intro:
      'Ordenados según cuánto trabaja el músculo débil en estudios de EMG publicados en adultos sanos (% de una contracción voluntaria máxima). Para el glúteo medio, los ejercicios medidos con poca participación del TFL suben un poco en el orden. Toque un ejercicio para ver su posición.',
    rankFor: 'Ordenar por',
    muscles: {
      'gluteus-medius': 'Glúteo medio',
      'gluteus-maximus': 'Glúteo mayor',
      'tensor-fasciae-latae': 'TFL',
    },
    suggestedMuscle: (muscle) => `Sugerido por la valoración: ${muscle}`,
    activation: (muscle, mean) =>
      `${muscle}: alrededor del ${formatNumber(Math.round(mean))} % CVIM`,
    value: (mean, sd) =>
      sd === null
        ? `${formatNumber(mean)} % CVIM (sin dispersión publicada ni leída)`
        : `${formatNumber(mean)} ± ${formatNumber(sd)} % CVIM`,
    peakValue: (peak) =>
      `${formatNumber(peak)} % CVIM, pico medio (suele ser más alto que una media)`,
    rangeValue: (low, high) =>
      `${formatNumber(low)}–${formatNumber(high)} % CVIM entre estudios (se usa el punto medio)`,
    unstatedValue: (pct) =>
      `${formatNumber(pct)} % CVIM (la tabla consultada no dice si es media o pico, ni la dispersión)`,
    participants: (n, population) => (n === null ? population : `${formatNumber(n)} ${population}`),
    checkedInStudy: (where) => `cotejado con el artículo citado (${where})`,
    checkedInReview: (review, where) =>
      `cotejado en ${review} (${where}); no se leyó el estudio original`,
    notChecked: (reason) =>
      `SIN cotejar: ${reason}. No se usa para el orden, los colores ni la dosis.`,
    peakOnly:
      'Ordenado según una cifra de pico, que suele ser más alta que las amplitudes medias de la mayoría de los demás ejercicios.',
    lowTfl: (index) =>
      `Poca participación del TFL: índice glúteos/TFL ${formatNumber(index)} (Selkowitz 2013)`,
    confidence: {
      moderate: 'Confianza: moderada',
      low: 'Confianza: baja (un solo estudio pequeño, la cifra resumen de una revisión o cifras sin cotejar)',
    },
    bands: {
      low: 'baja (0–20 %)',
      moderate: 'moderada (21–40 %)',
      high: 'alta (41–60 %)',
      'very-high': 'muy alta (más del 60 %)',
    },
    legend: 'Color del músculo que trabaja: activación publicada (niveles de Reiman 2012)',
    noData: (muscle) => `No hay cifra cotejada para ${muscle}: se muestra sin clasificar`,
    add: 'Añadir al plan',
    remove: 'Quitar del plan',
    inPlan: 'En el plan',
    showPose: 'Ver la posición',
    showOnModel: (name) => `Colorear en el modelo los músculos que trabaja: ${name}`,
    shownOnModel:
      'Se muestra en el modelo (lado de la pierna de apoyo); vuelva a tocar para quitarlo',
    evidence: 'Evidencia',
    dosage: (d) =>
      `${formatNumber(d.sets[0])}–${formatNumber(d.sets[1])} series de ${formatNumber(d.repetitions[0])}–${formatNumber(d.repetitions[1])} repeticiones, ${formatNumber(d.daysPerWeek[0])}–${formatNumber(d.daysPerWeek[1])} días a la semana; revisar a las ${formatNumber(d.reviewAfterWeeks)} semanas`,
    goal: { strength: 'para fuerza', endurance: 'para resistencia y control' },
    progression: (step) =>
      `Cuando pueda hacer 1–2 repeticiones más de las indicadas, aumente la carga un ${formatNumber(step[0])}–${formatNumber(step[1])} % (una banda más dura o un peso pequeño).`,
    dosageSource:
      'Dosis: modelos de progresión del entrenamiento de fuerza del ACSM 2009 (inicio de principiante). El intervalo de revisión es una convención clínica.',
    pictureAlt: (name) => `Figura de palitos en la posición clave de: ${name}`,
    pictureLegend:
      'En la cadera: círculo interior, glúteo medio; anillo exterior, glúteo mayor; gris: sin cifra cotejada.',
    items: {
      'side-lying-hip-abduction': {
        name: 'Elevación de la pierna tumbado de lado',
        how: 'Túmbese de lado con la rodilla de abajo doblada. Mantenga la pierna de arriba estirada y alineada con el cuerpo, con los dedos del pie hacia delante, y súbala un palmo por encima de la cadera. Bájela despacio.',
        progression: 'Añada un peso en el tobillo.',
      },
      clamshell: {
        name: 'Almeja',
        how: 'Túmbese de lado con las caderas y las rodillas dobladas y los talones juntos. Separe la rodilla de arriba sin dejar que la cadera se vaya hacia atrás y bájela despacio.',
        progression: 'Añada una banda elástica alrededor de las rodillas.',
      },
      'side-plank-abduction': {
        name: 'Plancha lateral con elevación de pierna',
        how: 'Apóyese sobre un antebrazo con el cuerpo recto de la cabeza a los pies; después suba la pierna de arriba y bájela. Pare si le duele el hombro.',
        progression: 'Mantenga la pierna arriba mientras cuenta hasta tres.',
      },
      bridge: {
        name: 'Puente',
        how: 'Túmbese boca arriba con las rodillas dobladas y los pies apoyados. Apriete los glúteos y suba la cadera hasta que el cuerpo quede recto de los hombros a las rodillas. Baje despacio.',
        progression: 'Pase al puente a una pierna.',
      },
      'single-leg-bridge': {
        name: 'Puente a una pierna',
        how: 'Como el puente, con una pierna estirada en el aire. Mantenga la pelvis nivelada al subir.',
        progression: 'Apoye el pie de la pierna que trabaja en un escalón.',
      },
      'single-leg-squat': {
        name: 'Sentadilla a una pierna',
        how: 'Póngase de pie sobre una pierna junto a un apoyo. Doble la rodilla como para sentarse, con la rodilla sobre el centro del pie y la pelvis nivelada. Baje solo hasta donde lo controle.',
        progression: 'Baje un poco más o sujete un peso pequeño.',
      },
      'lateral-step-up': {
        name: 'Subida lateral al escalón',
        how: 'Colóquese de lado junto a un escalón bajo. Suba de lado con la pierna más cercana, estírela del todo y después baje despacio el otro pie hasta el suelo.',
        progression: 'Use un escalón más alto.',
      },
      'forward-step-up': {
        name: 'Subida al escalón',
        how: 'Colóquese de frente a un escalón bajo. Suba con una pierna hasta estirarla del todo, con la rodilla alineada con el pie, y baje despacio.',
        progression: 'Use un escalón más alto o sujete un peso.',
      },
      'hip-hike': {
        name: 'Elevación de la pelvis en un escalón',
        how: 'Póngase de pie sobre una pierna en un escalón, con el otro pie colgando por fuera del borde. Deje caer un poco ese lado de la pelvis y vuelva a subirlo con la cadera de apoyo.',
        progression: 'Mantenga arriba mientras cuenta hasta tres.',
      },
      'lateral-band-walk': {
        name: 'Pasos laterales con banda',
        how: 'Con una banda elástica alrededor de las rodillas o los tobillos y las rodillas algo dobladas, dé pasos de lado manteniendo los pies separados y los dedos hacia delante.',
        progression: 'Use una banda más dura.',
      },
      'single-leg-deadlift': {
        name: 'Inclinación adelante sobre una pierna',
        how: 'De pie sobre una pierna, con la rodilla algo flexionada. Inclínese hacia delante desde la cadera con la espalda recta mientras la otra pierna va hacia atrás, y vuelva a ponerse de pie.',
        progression: 'Sujete un peso con la mano contraria.',
      },
      'quadruped-hip-extension': {
        name: 'Elevación de pierna a cuatro patas',
        how: 'A cuatro patas con la espalda recta, lleve una pierna hacia atrás hasta alinearla con el cuerpo, sin arquear la espalda. Bájela despacio.',
        progression: 'Suba también el brazo contrario o añada un peso en el tobillo.',
      },
      'prone-hip-extension': {
        name: 'Elevación de pierna boca abajo',
        how: 'Túmbese boca abajo. Apriete el glúteo y separe del suelo un poco una pierna estirada sin girar la pelvis. Bájela despacio.',
        progression: 'Añada un peso en el tobillo.',
      },
      'standing-hip-abduction': {
        name: 'Separar la pierna de pie',
        how: 'De pie y erguido, sujetándose a un apoyo, lleve una pierna estirada hacia un lado con los dedos del pie hacia delante, sin inclinarse, y vuelva a juntarla.',
        progression: 'Añada una banda elástica alrededor de los tobillos.',
      },
    },
  },
  patientPage: {
    heading: (label) => (label ? `Su plan, ${label}` : 'Su plan, de parte de su fisioterapeuta'),
    noteHeading: 'De su fisioterapeuta',
    pointsHeading: 'Dónde se le ha tratado',
    pointsIntro:
      'Los números coinciden con el dibujo y con la hoja impresa. El dibujo es un esquema por zona muscular, no el punto exacto.',
    pointLine: (n, name) => `${formatNumber(n)}. ${name}`,
    exercisesHeading: 'Sus ejercicios',
    noExercises: 'Su fisioterapeuta no ha añadido ejercicios a este plan.',
    sorenessHeading: 'Qué puede notar',
    sorenessText:
      'La zona tratada puede doler un poco, como después de hacer ejercicio, durante uno o dos días. Moverse con suavidad y aplicar calor suele aliviar.',
    callHeading: 'Cuándo llamar a su fisioterapeuta',
    callText:
      'Llame si el dolor empeora después de dos días, si nota adormecimiento, debilidad u hormigueo que no desaparecen, fiebre, o enrojecimiento y calor que se extienden alrededor de un punto tratado. Si tiene un dolor intenso o dificultad para respirar, acuda a urgencias.',
    findingsHeading: 'Lo que encontró su fisioterapeuta',
    printHandout: 'Imprimir este plan',
    scanToOpen:
      'Escanee con la cámara del móvil para abrir este plan, con sus dibujos y ejercicios.',
    show3d: 'Ver el modelo 3D',
    clinicianView: 'Abrir el visor completo (para profesionales)',
    pictureAlt: 'Dibujo de la cadera vista por detrás con sus puntos tratados numerados',
  },
  embed: {
    tooManyExercises: (count, max) =>
      `plan de sesión: ${formatNumber(count)} ejercicios superan los ${formatNumber(max)} que admite un plan; quite algunos.`,
    badAssessment: (problem) => `setAssessment: ${problem}`,
    badExercises: (ids) =>
      `setPlanExercises: identificador(es) de ejercicio desconocido(s) ${ids.join(', ')}; use los identificadores que figuran en docs/embedding.md.`,
  },
};
