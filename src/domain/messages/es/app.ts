import type { Catalogue, Messages } from '../catalogue';
import { formatNumber } from '../format';

/** Viewer shell strings (Spanish). */
/** A side id as a Spanish word after "lado" (ids are `left` / `right` / `midline`). */
const sideWord = (side: string) =>
  side === 'left' ? 'izquierdo' : side === 'right' ? 'derecho' : 'central';

export const app: Catalogue<Messages['app']> = {
  title: 'Visor de puntos motores de la cadera',
  loadingModel: 'Cargando el modelo de la cadera…',
  loadingProgress: (percent) =>
    `Cargando el modelo de la cadera… ${formatNumber(Math.round(percent))} %`,
  webglUnavailableTitle: 'Vista 3D no disponible',
  webglUnavailableBody:
    'Este navegador o dispositivo no puede dibujar gráficos 3D (WebGL está desactivado o no es compatible). Las listas, las fichas y la búsqueda siguen funcionando; la imagen muestra la vista predeterminada.',
  viewerErrorTitle: 'La vista 3D se ha detenido',
  viewerErrorBody: (detail) =>
    `Algo falló al dibujar el modelo: ${detail}. Recargue la página para intentarlo de nuevo; la vista se conserva en el enlace.`,
  retry: 'Intentar de nuevo',
  reloadPage: 'Recargar la página',
  framedTitle: 'Esta página no puede mostrarse dentro de otro sitio',
  framedBody:
    'La aplicación completa guarda los planes de sesión en este navegador, por eso solo funciona en su propia pestaña. Los sitios que insertan el visor usan su página de inserción (véase la guía de inserción).',
  framedOpen: 'Abrir la aplicación en su propia pestaña',
  partLoadFailedTitle: 'No se pudo cargar esta parte',
  partLoadFailedBody:
    'Su código no se descargó: puede que no haya conexión o que se haya publicado una versión nueva de la aplicación. Inténtelo de nuevo; si falla, recargue la página (la vista se conserva en el enlace y el plan de sesión en este navegador).',
  viewerRegion: 'Vista 3D',
  panelsRegion: 'Capas y estructuras',
  closeCard: 'Cerrar ficha',
  searchLoading: 'Cargando el índice…',
  load3d: 'Mostrar el modelo 3D',
  modes: {
    label: 'Modo',
    names: { explore: 'Explorar', patient: 'Vista del paciente', quiz: 'Cuestionario' },
    announce: (name) => `Modo ${name}.`,
    stories: 'Recorridos…',
  },
  panelTabs: 'Paneles',
  tabLayers: 'Capas',
  tabPoints: 'Puntos motores',
  tabMechanics: 'Disfunción',
  mechanicsPanel: {
    title: 'Disfunción y carga',
    intro:
      'Marque músculos de la pierna de apoyo como débiles o acortados y vea si podrían cambiar las cargas de la cadera, la rodilla y la zona lumbar en un modelo estático sencillo, cómo lo harían y con cuánta incertidumbre. Que la carga recaiga en la rodilla o en la zona lumbar depende de cómo compensa el cuerpo, una suposición que puede cambiar en el gráfico.',
    presets: 'Ejemplos',
    presetApplied: (label) => `Ejemplo aplicado: ${label}.`,
    reset: 'Sin disfunción',
    resetDone: 'Disfunción eliminada.',
    stance: 'Pierna de apoyo',
    stanceRight: 'Pierna derecha',
    stanceLeft: 'Pierna izquierda',
    task: 'Tarea',
    tasks: {
      'single-leg-stance': 'Apoyo monopodal',
      'quiet-standing': 'Bipedestación',
      'hip-hinge': 'Flexión del tronco desde la cadera (bisagra de cadera)',
    },
    trunkFlexion: 'Flexión anterior del tronco',
    muscles: 'Músculos de la pierna de apoyo',
    muscleOnSide: (label, side) => `${label} (lado ${sideWord(side)})`,
    weak: 'Débil',
    tight: 'Acortado',
    person: 'Persona y compensación',
    compensation: 'Cómo compensa el cuerpo',
    compensationValue: (pct) =>
      pct <= 10
        ? 'Deja caer la pelvis'
        : pct >= 90
          ? 'Inclina el tronco'
          : `${formatNumber(pct)} % inclinación del tronco, ${formatNumber(100 - pct)} % caída de la pelvis`,
    mass: 'Masa corporal (kg)',
    height: 'Estatura (m)',
    strength: 'Fuerza de partida',
    strengths: { 'young-adult': 'Adulto joven', 'older-adult': 'Adulto mayor' },
    cane: 'Bastón',
    noCane: 'Sin bastón',
    caneSides: { contralateral: 'En la mano contraria', ipsilateral: 'En la mano del mismo lado' },
    caneLoad: 'Apoyo en el bastón (% del peso corporal)',
    tableCaption: 'Sano comparado con ahora, para cada resultado del modelo',
    output: 'Resultado',
    healthy: 'Sano',
    now: 'Ahora',
    change: 'Cambio',
    otherSide: (side) =>
      `La mecánica actúa sobre la pierna de apoyo (la ${side === 'left' ? 'izquierda' : 'derecha'}). Haga de este lado la pierna de apoyo para cambiarlo.`,
    makeStance: 'Apoyarse en esta pierna',
    tradeOff: {
      title: 'Adónde va la carga: rodilla o zona lumbar',
      styleControl: 'Cómo compensa el cuerpo (en el gráfico)',
      drops: 'Cae la pelvis',
      leans: 'Se inclina el tronco',
      knee: 'Carga en la cara interna de la rodilla (momento aductor de rodilla)',
      back: 'Momento de flexión lateral lumbar (+ hacia la pierna de apoyo)',
      unit: 'N·m/kg',
      healthyBand:
        'Valor sano ± 10 % del momento de rodilla sano (ayuda visual, no un rango medido)',
      outsideFoot:
        'Discontinua: el centro de presiones saldría del pie; el modelo estático no puede cuantificarlo',
      now: 'Ahora',
      idle: {
        'two-leg-task':
          'Sobre dos piernas este modelo no tiene caída de la pelvis ni inclinación del tronco, así que la forma de compensar no cambia nada; elija el apoyo monopodal.',
        'posture-forced':
          'Hay una postura hipotética fijada, así que la forma de compensar no cambia nada.',
        'strength-covers':
          'La fuerza restante de los abductores de cadera basta para el apoyo monopodal, así que la forma de compensar no cambia nada: ambas líneas se quedan en los valores sanos. Añada más debilidad para ver el compromiso entre ambas.',
      },
      summary: (kneeDrop, kneeLean, backDrop, backLean) =>
        `De la caída de la pelvis a la inclinación del tronco, la carga en la cara interna de la rodilla pasa de ${kneeDrop} a ${kneeLean} N·m/kg y el momento de flexión lateral lumbar de ${backDrop} a ${backLean} N·m/kg.`,
      current: (knee, back) =>
        `Con este ajuste: rodilla ${knee} N·m/kg, zona lumbar ${back} N·m/kg.`,
      plain: (kneeMoreAtDrop, backMoreAtLean) =>
        `Dejar caer la pelvis carga ${kneeMoreAtDrop ? 'más' : 'menos'} la cara interna de la rodilla; inclinar el tronco sobre la pierna de apoyo carga ${backMoreAtLean ? 'más' : 'menos'} la zona lumbar.`,
    },
  },
  share: 'Compartir esta vista',
  linkCopied: 'Enlace a esta vista copiado.',
  linkCopyFailed: 'Copie este enlace para compartir la vista:',
  openPanels: 'Capas, estructuras y detalles',
  closePanels: 'Ocultar paneles',
  skipLinks: 'Enlaces de salto',
  skipToViewer: 'Saltar a la vista 3D',
  skipToPanels: 'Saltar a los paneles',
  loading3dFor: 'Cargando el modelo 3D para mostrar esto.',
  muscleLinks: {
    pointsTitle: 'Puntos motores de este músculo',
    noPoints: 'Aún no hay registros de puntos motores para este músculo.',
    openMuscle: (name) => `Abrir el músculo: ${name}`,
  },
  exerciseOnModel: {
    heading: (exercise: string, side: 'left' | 'right') =>
      `${exercise}: posición clave, trabaja la pierna ${side === 'left' ? 'izquierda' : 'derecha'}`,
    working: 'Músculos que trabajan, coloreados según la activación publicada',
    muscle: (muscle: string, pct: number, band: string) =>
      `${muscle}: unos ${Math.round(pct)} % de la CVIM, ${band}`,
    scale: 'Escala de color (bandas de Reiman 2012)',
    notWorking: 'Gris: sin cifra cotejada para este ejercicio, o la otra pierna',
    caveat:
      'Los ángulos de las articulaciones son orientativos, tomados de cómo describen los estudios cada posición; el color es la media de adultos sanos, no de este paciente.',
  },
  orientation: {
    words: {
      left: 'Izquierda del cuerpo',
      right: 'Derecha del cuerpo',
      superior: 'Cabeza',
      inferior: 'Pies',
      anterior: 'Delante',
      posterior: 'Detrás',
    },
  },
  layerButtons: 'Visibilidad de las capas (las flechas mueven entre botones)',
  advanced: {
    open: 'Ajustes avanzados',
    close: 'Ocultar ajustes avanzados',
    clipping: 'Corte',
    clippingAxis: 'Plano de corte',
    axisFrontal: 'Delante / detrás',
    axisSagittal: 'Izquierda / derecha',
    axisTransverse: 'Arriba / abajo',
    clippingOffset: 'Posición (cm)',
    clippingFlip: 'Conservar la otra mitad',
    exposure: 'Exposición',
    mechanicsParameters: 'Parámetros del modelo mecánico',
  },
  structureActions: 'Mostrar u ocultar esta estructura',
  canvasLabel: 'Modelo 3D interactivo de la cadera',
  cameraPresets: 'Cámara',
  resetView: 'Restablecer vista',
  posterAlt:
    'Imagen fija del modelo de la cadera visto de frente: pelvis, columna lumbar, fémures y músculos de la cadera.',
  dismissNotice: 'Cerrar aviso',
  ignoredParams: (notices) => {
    const parts = notices.map((n) => {
      const shown = n.detail ?? n.value;
      switch (n.problem) {
        case 'unknown-parameter':
          return `"${n.param}" no es un ajuste que este visor conozca`;
        case 'unknown-name':
          return `"${n.param}=${shown}" no nombra nada del modelo`;
        case 'invalid-content':
          return n.detail?.replace(/\.+$/, '') ?? `"${n.param}" no se pudo leer`;
        default:
          return `"${n.param}=${shown}" no es un valor válido`;
      }
    });
    return `Se ignoraron algunas partes de este enlace: ${parts.join('; ')}. El resto de la vista se restauró.`;
  },
  notDiagnostic: 'Una herramienta docente, no un dispositivo de diagnóstico.',
  clinicianTools: {
    show: 'Mostrar herramientas del clínico',
    hide: 'Ocultar herramientas del clínico',
    hint: 'La vista del paciente muestra el modelo, explicaciones sencillas y las historias. Las herramientas del clínico añaden los ajustes de disfunción, la valoración, los ejercicios, el plan de sesión y los ajustes avanzados.',
  },
};
