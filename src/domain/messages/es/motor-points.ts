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
      'Parte del músculo con rama nerviosa propia (sin coordenadas publicadas)',
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
    glyphs: { 'motor-point': 'esfera', 'nerve-entry': 'rombo', 'innervation-zone': 'disco' },
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
    needle: 'Trayecto de la aguja en este modelo',
    depth: (mm) =>
      `Unos ${formatNumber(mm)} mm desde el punto de piel más cercano hasta el marcador en este modelo.`,
    depthVaries:
      'El grosor de la piel y de la grasa varía mucho entre personas (sexo, tamaño corporal, zona); mídalo en el paciente, idealmente con ecografía.',
    noSkin: 'Este modelo no tiene superficie de piel, así que no se puede medir la profundidad.',
    tissues: 'Tejidos atravesados, desde la piel hacia dentro',
    nearestNerve: (name, mm) =>
      `Nervio modelado más cercano: ${name}, a ${formatNumber(mm)} mm del punto.`,
    noNerves: 'Este modelo no tiene nervios con los que medir.',
    showDepth: 'Mostrar la profundidad de la aguja',
    openSource: 'Abrir el estudio',
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
