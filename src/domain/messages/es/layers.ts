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
    'Todo',
    'Sin piel',
    'Sin músculos superficiales',
    'Sin músculos intermedios',
    'Solo huesos',
  ],
  reset: 'Restablecer capas',
  labels: 'Mostrar etiquetas en el modelo',
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
};
