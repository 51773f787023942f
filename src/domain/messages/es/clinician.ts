import type { Catalogue, Messages } from '../catalogue';
import { formatNumber } from '../format';

/** A side id as a Spanish word after "lado". */
const sideWord = (side: string) => (side === 'left' ? 'izquierdo' : 'derecho');

/** Strings of the clinician tools (Spanish). */
export const clinician: Catalogue<Messages['clinician']> = {
  acupuncture: {
    toggle: 'Mostrar los puntos de acupuntura tradicionales',
    legend:
      'Cono morado: un punto de acupuntura tradicional (visible cuando esa capa está activa), no un punto motor. Estos puntos están sobre la piel, así que mientras se muestran, una piel oculta se dibuja tenue.',
    pointKind: 'Punto de acupuntura',
    hoverLabel: (code, pinyin, side) => `${code} ${pinyin} (lado ${sideWord(side)})`,
  },
  acupunctureCard: {
    title: (code, pinyin, side) => `${code} ${pinyin} (lado ${sideWord(side)})`,
    close: 'Cerrar punto de acupuntura',
    frame: 'Mostrar en el modelo',
    notMotorPoint:
      'Un punto de acupuntura tradicional, no un punto motor. Su localización procede de los estándares y manuales de acupuntura (cun proporcional a partir de referencias óseas), no de estudios sobre dónde entra el nervio en el músculo.',
    names: 'Nombres',
    englishNames: (names) => names.join('; '),
    chineseName: (simplified, traditional) =>
      simplified === traditional ? simplified : `${simplified} (tradicional: ${traditional})`,
    meridian: 'Meridiano',
    whoRule: 'Localización (estándar OMS 2008, parafraseado)',
    otherRule: 'Localización (no incluida en OMS 2008)',
    whoNotes: 'Notas',
    howChecked: 'Cómo se comprobó la redacción',
    modelReading: 'Cómo lo sitúa el modelo',
    approximate: 'Localización aproximada',
    depth: 'Profundidad de punción según los manuales',
    depthNote:
      'Las profundidades de los manuales son medias poblacionales en cun proporcional; la profundidad segura varía con el tamaño corporal y se valora clínicamente.',
    showDepth: 'Mostrar la profundidad de punción',
    safety: 'Seguridad',
    dryNeedling: 'Relación con la punción seca',
    caveats: 'Sobre esta capa',
    sources: 'Fuentes',
    notReviewed: 'No revisado por un acupuntor titulado ni por un clínico.',
  },
  plan: {
    tab: 'Plan de sesión',
    intro:
      'Elija puntos para un paciente, añada una nota y comparta el plan como enlace o código QR, o imprima una hoja para el paciente.',
    addSelected: (label) => `Añadir el punto seleccionado: ${label}`,
    addSelectedNone: 'Seleccione un punto motor en el modelo o en la lista para añadirlo aquí.',
    alreadyInPlan: (label) => `${label} ya está en el plan.`,
    pickLabel: 'O elija un punto',
    pickPlaceholder: 'Elija un punto…',
    add: 'Añadir',
    planPoints: 'Puntos de este plan',
    noPoints: 'Aún no hay puntos.',
    remove: (label) => `Quitar ${label}`,
    removeShort: 'Quitar',
    full: (max) => `Un plan admite como máximo ${formatNumber(max)} puntos.`,
    charsLeft: (left) => `Quedan ${formatNumber(left)} caracteres`,
    announceAdded: (label) => `${label} añadido al plan.`,
    announceRemoved: (label) => `${label} quitado del plan.`,
    shareHeading: 'Compartir',
    linkLabel: 'Enlace a este plan',
    copyFailed: 'El portapapeles está bloqueado: copie el enlace del recuadro.',
    qrHeading: 'Código QR',
    qrHint: 'El paciente puede escanearlo con la cámara del móvil para abrir el plan.',
    noQr: 'Añada un punto o una nota para crear un enlace.',
    handoutHeading: 'Hoja para el paciente e imagen',
    printHint:
      'Imprime una página: una imagen de la vista actual, los puntos en lenguaje sencillo, notas de seguridad y consejos de ejercicio.',
    snapshotSaved: 'Imagen guardada.',
    noCapture: 'La vista 3D no está lista, así que aún no hay imagen.',
    dismissNotice: 'Cerrar aviso del plan de sesión',
    clear: 'Empezar un plan nuevo',
    cleared: 'El plan se ha borrado.',
    undoClear: 'Deshacer',
    clearedUndo: 'El plan se ha borrado. Deshacer lo recupera.',
    restored: 'El plan se ha recuperado.',
    storage: {
      saveFailed:
        'No se guardó en este navegador: su almacenamiento está lleno o bloqueado. El plan sigue en esta página; copie su enlace (abajo) para conservarlo.',
      conflict:
        'El plan guardado en este navegador se cambió en otra pestaña. Sus cambios aquí aún no están guardados.',
      loadOther: 'Mostrar el plan de la otra pestaña',
      keepMine: 'Guardar este plan encima',
      updatedElsewhere: 'El plan se actualizó desde otra pestaña.',
      linkPlanHeld:
        'Este plan viene de un enlace. El plan que guardó en este navegador se conserva; los cambios aquí no se guardan salvo que usted lo elija.',
      saveLinkPlan: 'Guardar este plan aquí en su lugar',
      openSavedPlan: 'Abrir mi plan guardado',
      confirmReplace:
        '¿Sustituir el plan guardado en este navegador por este? El plan guardado se perderá.',
      keptAside: (reason) =>
        `No se pudo leer el plan guardado en este navegador (${reason.replace(/\.+$/, '')}). Se ha apartado sin cambios, para que una versión más reciente de la aplicación pueda abrirlo; empieza con un plan vacío.`,
      dismiss: 'Cerrar',
    },
  },
  handout: {
    region: 'Hoja imprimible',
    noImage: 'No había ninguna imagen del modelo disponible.',
    generated: (date) => `Impreso el ${date} desde el visor de puntos motores de la cadera.`,
  },
};
