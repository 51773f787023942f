import type { Catalogue, Messages } from '../catalogue';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

/** Strings that describe the view (Spanish). */
export const view: Catalogue<Messages['view']> = {
  structureOnSide: (label, side) =>
    side === 'midline' ? label : `${label} (lado ${side === 'left' ? 'izquierdo' : 'derecho'})`,
  description: (parts) => {
    const sentences = [
      parts.facing
        ? `Modelo 3D de la cadera, vista ${parts.facing}.`
        : 'Modelo 3D de la cadera, vista libre.',
      parts.shown.length > 0 ? `Se muestra: ${list(parts.shown)}.` : 'No se muestra nada.',
    ];
    if (parts.ghosted.length > 0) sentences.push(`Transparente: ${list(parts.ghosted)}.`);
    if (parts.selected) sentences.push(`Seleccionado: ${parts.selected}.`);
    return sentences.join(' ');
  },
  cameraMoved: (label) => `Cámara: vista ${label.toLowerCase()}.`,
  cameraPresets: {
    anterior: 'Anterior',
    posterior: 'Posterior',
    'left-lateral': 'Lateral izquierda',
    'right-lateral': 'Lateral derecha',
    superior: 'Superior',
  },
  layerNames: {
    skin: 'Piel',
    superficial: 'Músculos superficiales',
    intermediate: 'Músculos intermedios',
    deep: 'Músculos profundos',
    bones: 'Huesos',
    nerves: 'Nervios',
    'vessels-organs': 'Vasos y órganos',
    context: 'Músculos vecinos',
  },
  viewReset: 'Vista restablecida.',
};
