import type { Catalogue, Messages } from '../catalogue';
import { formatNumber } from '../format';

/** Motor point and acupuncture layer strings (Spanish). */
export const motorPoints: Catalogue<Messages['motorPoints']> = {
  layerTitle: 'Puntos motores',
  pointTypes: {
    'motor-point': {
      label: 'Punto motor',
      explanation:
        'Donde un pequeño estímulo eléctrico sobre el músculo provoca la contracción con más facilidad.',
    },
    'nerve-entry': {
      label: 'Entrada del nervio',
      explanation:
        'Donde una rama nerviosa llega al músculo o lo atraviesa, localizada por disección; no siempre coincide con donde el músculo se contrae mejor.',
    },
    'innervation-zone': {
      label: 'Zona de inervación',
      explanation:
        'Parte del músculo donde las ramas nerviosas terminan con mayor densidad (cerca de las placas motoras), cartografiada en cuerpos donados.',
    },
    'muscle-part': {
      label: 'Parte del músculo (sin localización publicada)',
      explanation:
        'Una parte del músculo con su propia rama nerviosa; el estudio no publica una localización, así que el contorno tenue marca la parte, no un punto al que apuntar.',
    },
  },
  surfaceElectrode: {
    label: 'Posición de electrodo de superficie',
    explanation:
      'Donde el manual de un estimulador coloca un electrodo sobre la piel para la electroestimulación; no es un objetivo para la aguja.',
  },
  placementConfidence: {
    heading: 'Colocación en el cuerpo',
    high: 'Situado a partir de referencias anatómicas claramente definidas.',
    moderate:
      'Situado a partir de las referencias del estudio; es esperable que varíe entre personas.',
    low: 'La colocación es una estimación: la línea o la referencia anatómica del estudio es incierta, así que el marcador puede desviarse varios centímetros, sea cual sea la calidad del estudio.',
  },
  finerTypes: {
    'motor-point-muscle-surface':
      'Punto motor en la superficie del músculo (estimulación durante cirugía)',
    'stimulation-site-vendor': 'Posición del electrodo según el manual de un estimulador',
    'motor-point-textbook': 'Punto motor descrito en un manual',
    'nerve-entry-point': 'Punto de entrada del nervio (disección)',
    'nerve-branch-near-entry': 'Rama nerviosa cerca de su entrada (disección)',
    'nerve-entry-level': 'Nivel donde entra la mayoría de las ramas nerviosas',
    'part-level-innervation':
      'Parte del músculo con rama nerviosa propia; sin localización publicada',
    'intramuscular-nerve-dense-zone': 'Zona de mayor ramificación nerviosa (tinción nerviosa)',
    'endplate-zone': 'Zona de placas motoras (microdisección)',
  },
  confidence: {
    high: {
      label: 'Bien respaldado',
      explanation: 'Varios estudios concordantes sitúan este punto.',
    },
    moderate: {
      label: 'Evidencia moderada',
      explanation:
        'Un único estudio con medición en una muestra pequeña; el punto puede variar entre personas.',
    },
    low: {
      label: 'Datos limitados',
      explanation:
        'Datos limitados: un manual, las instrucciones de un fabricante o una localización que tuvimos que deducir de una descripción. Tome la región como una guía aproximada.',
    },
  },
  evidenceKinds: {
    cadaver: 'Estudio en donantes (cadáver)',
    'in-vivo': 'Estudio en personas vivas',
    textbook: 'Manual o libro de texto',
  },
  sampleSize: (n) => (n === null ? 'Muestra no indicada' : `n = ${formatNumber(n)}`),
  axisUnverified: 'Eje de referencia sin verificar',
  axisUnverifiedShort: 'eje sin verificar',
  axisUnverifiedExplanation:
    'La fuente da un porcentaje a lo largo de una línea que no pudimos confirmar; el marcador usa nuestra lectura de esa línea y puede desviarse varios centímetros.',
  regionExplanation:
    'La zona sombreada es el rango que respalda la evidencia; el punto es el valor publicado, no una diana precisa.',
  readingNoteHeading: 'Cómo lo situamos',
  sourceHeading: 'Fuente',
  safetyHeading: 'Seguridad',
  depthHeading: 'Profundidad',
  panel: {
    title: 'Puntos motores',
    show: 'Mostrar los puntos motores',
    xray: 'Marcadores en rayos X (a través del tejido)',
    muscleFilter: 'Músculo',
    allMuscles: 'Todos los músculos',
    typeFilter: 'Tipos de punto',
    confidenceFilter: 'Evidencia',
    allConfidence: 'Cualquier evidencia',
    atLeast: (label) => `Como mínimo: ${label}`,
    legend: 'Leyenda',
    glyphs: {
      'motor-point': 'esfera',
      'nerve-entry': 'rombo',
      'innervation-zone': 'disco',
      'muscle-part': 'anillo tenue',
    },
    midpoint: 'Punto negro: centro del rango indicado',
    listTitle: 'Puntos',
    countShown: (shown, total) => `${formatNumber(shown)} de ${formatNumber(total)} puntos`,
    hiddenMuscle: 'músculo oculto',
    placementProblems: 'Algunos puntos no se pudieron situar en este modelo:',
    none: 'Ningún punto cumple estos filtros.',
  },
  card: {
    close: 'Cerrar punto',
    frame: 'Mostrar en el modelo',
    type: 'Tipo de punto',
    finerType: 'Según la fuente',
    nerve: 'Nervio',
    roots: 'Raíces',
    evidence: 'Evidencia',
    sample: 'Muestra',
    confidence: 'Confianza',
    figure: 'Cómo se midió la localización',
    location: 'Dónde lo sitúa la fuente',
    notes: 'Notas',
    needle: 'Guía de la aguja en este modelo',
    depthVaries:
      'El grosor de la piel y de la grasa varía mucho entre personas (sexo, tamaño corporal, zona); mídalo en el paciente, idealmente con ecografía.',
    showDepth: 'Mostrar la profundidad de la aguja',
    openSource: 'Abrir el estudio',
  },
  needle: {
    noStraightRoute: 'No hay un trayecto recto en este modelo.',
    imageGuided: {
      psoas:
        'Técnica publicada: solo guiada por imagen. Abordaje posterior paramediano a la altura de las apófisis transversas L4–L5 bajo ecografía (Duong 2020, 8 cadáveres), o a nivel L2–L3 bajo fluoroscopia (SOFCOT 2011). El psoas mayor no es para punción seca a ciegas: el plexo lumbar discurre dentro del músculo y el riñón está cerca.',
      iliacus:
        'Técnica publicada: solo guiada por imagen. Inyección ecoguiada desde la ingle por debajo del ligamento inguinal, lateral al nervio y los vasos femorales (Westhoff 2003: 26 inyecciones, 13 pacientes). Un trayecto por encima del ligamento atraviesa la cavidad peritoneal.',
      'piriformis-intrapelvic':
        'Técnica publicada: solo guiada por imagen. Este objetivo está en la cara pélvica del piriforme, en el agujero ciático mayor o dentro de él; no es un objetivo de punción. Las inyecciones en el piriforme de los estudios usaron ecografía, TC o fluoroscopia.',
    },
    techniqueSources: {
      psoas: [
        {
          title:
            'Duong A, Sharma S, Agur AAM. Use of the posterior lumbar approach for psoas major injection in hip flexor spasticity. Can J Neurol Sci. 2020.',
          url: 'https://www.cambridge.org/core/journals/canadian-journal-of-neurological-sciences/article/use-of-the-posterior-lumbar-approach-for-psoas-major-injection-in-hip-flexor-spasticity/E937471905BA9D4B1F35D64663927148',
        },
        {
          title:
            'SOFCOT meeting abstract on psoas innervation and a posterior L2–L3 approach. J Bone Joint Surg Br. 2011;93-B(Supp IV):511.',
          url: 'https://doi.org/10.1302/0301-620X.93BSUPP_IV.0930511d',
        },
      ],
      iliacus: [
        {
          title:
            'Westhoff B, Seller K, Wild A, Jaeger M, Krauspe R. Ultrasound-guided botulinum toxin injection technique for the iliopsoas muscle. Dev Med Child Neurol. 2003;45(12):829–832.',
          url: 'https://doi.org/10.1017/s0012162203001531',
        },
      ],
      'piriformis-intrapelvic': [
        {
          title:
            'Yi KH, et al. Guidelines for botulinum neurotoxin injections in piriformis syndrome. Clin Anat. 2021;34(7):1028–1034.',
          url: 'https://ir.ymlib.yonsei.ac.kr/handle/22282913/185380',
        },
      ],
    },
    surfaceElectrode:
      'Posición de electrodo de superficie según el manual de un estimulador: no se muestra trayecto de aguja para ella.',
    noLocation:
      'El estudio nombra la parte del músculo que inerva esta rama nerviosa, no una localización, así que no se muestra trayecto de aguja.',
    blocked: (safetyMm) =>
      `Toda línea recta desde la piel encuentra hueso o una estructura de riesgo, o pasa a menos de ${formatNumber(safetyMm)} mm de un nervio, vaso u órgano antes del objetivo.`,
    blockedBy: (names) => `Lo que más a menudo se interpone: ${names}.`,
    noSkin: 'Este modelo no tiene superficie de piel, así que no se puede medir ningún trayecto.',
    depth: (mm) =>
      `Profundidad en este modelo: ${formatNumber(mm)} mm desde la entrada en la piel hasta el marcador, que está en la superficie del músculo.`,
    chosen: (tried, clear, safetyMm, roomy) =>
      `Trayecto elegido entre ${formatNumber(tried)} líneas rectas probadas desde el objetivo: la más corta de las ${formatNumber(clear)} que no encuentran hueso ni estructuras de riesgo y se mantienen a ${formatNumber(safetyMm)} mm de todo nervio, vaso y órgano modelado antes del objetivo${roomy ? ', prefiriendo líneas con espacio más allá del objetivo' : ''}.`,
    crossedHeading: 'Estructuras modeladas atravesadas, desde la piel hacia dentro',
    overshoot: (name, mm) =>
      `Margen de sobrepaso: ${formatNumber(mm)} mm más allá del objetivo en la misma línea, hasta ${name}.`,
    overshootWarning: (name, mm, warnMm) =>
      `Margen de sobrepaso corto: a ${formatNumber(mm)} mm más allá del objetivo en la misma línea está ${name} (menos de ${formatNumber(warnMm)} mm). No avance más allá del objetivo.`,
    measuring: 'Buscando en este modelo un trayecto recto seguro…',
    noOvershoot: (mm) =>
      `Margen de sobrepaso: ningún nervio, vaso u órgano modelado a menos de ${formatNumber(mm)} mm más allá del objetivo en la misma línea.`,
    hazardsNear: (withinMm, list) =>
      `Nervios, vasos y órganos modelados a menos de ${formatNumber(withinMm)} mm del objetivo, en cualquier dirección: ${list}.`,
    noHazardsNear: (withinMm) =>
      `Ningún nervio, vaso u órgano modelado a menos de ${formatNumber(withinMm)} mm del objetivo.`,
    atTarget: (name, mm) => `En el objetivo: ${name}, a ${formatNumber(mm)} mm del marcador.`,
    modelledOnly:
      'Solo se mide lo que contiene este modelo; no tiene capa de grasa propia, ni intestino, ni ninguna de las estructuras que se enumeran abajo.',
    modelledNearbyHeading: 'Cerca de este punto y presentes en este modelo',
    unmodelledHeading: 'Cerca de este punto pero no en este modelo',
    nearby: {
      'superior-gluteal-artery':
        'Arteria glútea superior (sale de la pelvis por encima del piriforme, en la escotadura ciática mayor)',
      'inferior-gluteal-artery':
        'Arteria glútea inferior (sale de la pelvis por debajo del piriforme)',
      'femoral-artery': 'Arteria femoral (ingle, por debajo del ligamento inguinal)',
      'femoral-vein': 'Vena femoral (ingle, medial a la arteria)',
      'lateral-femoral-cutaneous-nerve':
        'Nervio cutáneo femoral lateral (pasa cerca de la EIAS, por debajo o a través del ligamento inguinal)',
      'lateral-circumflex-femoral-artery':
        'Arteria circunfleja femoral lateral (profunda al tensor de la fascia lata)',
      'lumbar-plexus':
        'Plexo lumbar: dentro del músculo psoas mayor (a 0 mm de cualquier objetivo en el psoas)',
      kidney: 'Riñón (por delante de las apófisis transversas lumbares altas)',
      'peritoneal-cavity': 'Cavidad peritoneal e intestino (por delante del ilíaco y del psoas)',
      ureter: 'Uréter (cruza por delante de la parte baja del psoas)',
      'aorta-vena-cava': 'Aorta y vena cava inferior (por delante y medial al psoas)',
      'erector-spinae': 'Erector de la columna (por detrás de las apófisis transversas)',
      'quadratus-lumborum': 'Cuadrado lumbar (lateral al psoas)',
      sartorius: 'Sartorio (cara anterior del muslo, desde la EIAS)',
      'rectus-femoris': 'Recto femoral (cara anterior del muslo, desde la EIAI)',
      'short-external-rotators':
        'Rotadores externos cortos (gemelos, obturador interno, cuadrado femoral)',
      'pudendal-nerve':
        'Nervio y vasos pudendos (por debajo del piriforme, mediales al nervio ciático)',
    },
    publishedDepthHeading: 'Profundidad publicada en personas vivas',
    skinToMuscle: (muscle, lo, hi) =>
      `De la piel al ${muscle}: ${formatNumber(lo)}–${formatNumber(hi)} mm en TC, según la posición (la medial es la más superficial), mayor con un IMC más alto.`,
    deeperThan: (mm, percent) =>
      `De la piel al músculo glúteo, más de ${formatNumber(mm)} mm en el ${formatNumber(percent)} % de los adultos en TC.`,
    withinMuscle: (lo, hi) =>
      `El objetivo está dentro del músculo: el nervio glúteo inferior intramuscular discurre al ${formatNumber(lo)}–${formatNumber(hi)} % del grosor del músculo.`,
  },
  figureStatuses: {
    measured: 'Medido',
    'measured-axis-unclear': 'Medido; eje de referencia poco claro',
    'measured-direction-inferred': 'Distancia medida; dirección deducida',
    'measured-qualitative': 'Descrito, no medido',
    textbook: 'Manual',
    inference: 'Deducido por nosotros a partir de una descripción',
  },
  notDiagnostic:
    'Para la docencia; no es una guía para la punción seca sin formación ni sin imagen cuando se aconseje.',
  errors: {
    missingLandmark: (module, landmark, side) =>
      `${module}: falta en el modelo la referencia "${landmark}" (${side}); añada un nodo vacío con extras {kind:"landmark",id:"${landmark}",side:"${side}"}`,
    missingMuscleSurface: (muscle, side) =>
      `motor-points: el modelo no tiene superficie para el músculo "${muscle}" (${side}); añada un nodo de malla con extras {kind:"muscle",id:"${muscle}",side:"${side}"}`,
    missingSkin: (code, side) =>
      `acupuncture: el modelo no tiene superficie de piel donde situar "${code}" (${side}); añada un nodo de malla con extras {kind:"skin",id:"skin",side:"midline"} u oculte la capa de acupuntura`,
    degenerateRule: (module, recordId, side, detail) =>
      `${module}: la regla de localización de "${recordId}" (${side}) no se puede resolver en este modelo: ${detail}; compruebe las posiciones de sus referencias`,
  },
  acupuncture: {
    layerTitle: 'Puntos de acupuntura',
    approximate: 'Localización aproximada',
    approximateExplanation:
      'El estándar localiza este punto por palpación o por una proporción que el modelo no puede medir con exactitud; el modelo muestra una aproximación geométrica.',
    cunHeuristic:
      'Las distancias en cun se escalan a partir de la longitud del muslo de este modelo; la espalda no tiene escápula desde la que medir, así que las distancias en la espalda son una estimación de la aplicación.',
    whoVerification: {
      'verified-copy': 'Redacción de OMS 2008 comprobada en una copia de un instituto nacional',
      'verified-secondary': 'Redacción de OMS 2008 comprobada en una copia secundaria',
      'consistent-secondary':
        'Coincide con fuentes que siguen el estándar; página de la OMS no consultada',
      'recalled-unverified': 'La geometría coincide entre fuentes; página de la OMS no consultada',
      'not-applicable': 'No forma parte de OMS 2008 (punto extra)',
    },
    notReviewed: 'No revisado por un acupuntor titulado ni por un clínico.',
  },
};
