import type { Catalogue, Messages } from '../catalogue';

/** Layers panel and structure tree strings (Spanish). */
export const layers: Catalogue<Messages['layers']> = {
  panelTitle: 'Capas',
  scope: 'Aplicar a',
  scopeBoth: 'Ambos lados',
  scopeLeft: 'Lado izquierdo',
  scopeRight: 'Lado derecho',
  show: 'Mostrar',
  ghost: 'Transparente',
  hide: 'Ocultar',
  isolate: 'Aislar',
  isolateLabel: (name) => `Mostrar solo ${name}`,
  visibilityOf: (name, state) => `${name}: ${state}`,
  stateShown: 'visible',
  stateGhosted: 'transparente',
  stateHidden: 'oculto',
  stateMixed: 'mixto',
  peel: 'Retirar capas de la piel al hueso',
  peelLevels: [
    'Nada retirado',
    'Sin piel',
    'Sin músculos superficiales',
    'Sin músculos intermedios',
    'Solo huesos',
  ],
  reset: 'Restablecer capas',
  labels: 'Mostrar etiquetas en el modelo',
  pinLabel: 'Fijar etiqueta',
  pinLabelHelp: (name: string) => `Mantener la etiqueta de ${name} en el modelo y en el enlace`,
  announcePinned: (name: string) => `Etiqueta de ${name} fijada.`,
  announceUnpinned: (name: string) => `Etiqueta de ${name} quitada.`,
  pinnedLabelsTitle: 'Etiquetas fijadas',
  unpinLabel: (name: string) => `Quitar la etiqueta fijada de ${name}`,
  pinsFull: (max: number) => `Se pueden fijar como máximo ${max} etiquetas; quite una primero.`,
  pinUnknown: (item: string) =>
    `"pins=${item}" no nombra ninguna estructura del modelo; escriba cada etiqueta fijada como nombre:lado, por ejemplo pins=gluteus-medius:right,iliacus:left`,
  pinsTooMany: (max: number, item: string) =>
    `"pins=" guarda como máximo ${max} etiquetas, así que ${item} y las siguientes se han omitido`,
  treeTitle: 'Estructuras',
  treeHelp:
    'Las flechas recorren la lista, Intro selecciona, Espacio alterna visible / transparente / oculto, I aísla.',
  sideLeft: 'izquierdo',
  sideRight: 'derecho',
  sideMidline: 'línea media',
  announceLayer: (name, state, scope) => `${name} ${state} (${scope}).`,
  announceStructure: (name, state) => `${name} ${state}.`,
  announceIsolate: (name) => `Se muestra solo ${name}.`,
  announceSelect: (name) => `Seleccionado: ${name}.`,
  announcePeel: (level) => `Capas: ${level}.`,
  announceReset: 'Capas restablecidas.',
  contextFailed: (reason) =>
    `No se pudieron cargar los músculos vecinos, así que esa capa queda vacía. ${reason}`,
  overlaysFailed:
    'No se pudieron cargar los puntos motores, las etiquetas y las flechas de carga: su código no se descargó (sin conexión, o se publicó una versión nueva). El modelo sigue funcionando; recargue la página para intentarlo de nuevo (la vista se conserva en el enlace).',
};
