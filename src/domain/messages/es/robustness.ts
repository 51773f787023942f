import type { Catalogue, Messages } from '../catalogue';

/** Robustness strings (Spanish). */
export const robustness: Catalogue<Messages['robustness']> = {
  modelErrorTitle: 'Este modelo no se puede mostrar',
  useBuiltInModel: 'Cargar el modelo incluido',
  modelNotFound: (url, status) =>
    `modelo: no se pudo descargar "${url}" (el servidor respondió ${status}). Compruebe la dirección del parámetro "model" del enlace o cargue el modelo incluido.`,
  modelUnreachable: (url) =>
    `modelo: no se pudo descargar "${url}" (el servidor no responde; ¿está sin conexión?). Compruebe la conexión y la dirección o cargue el modelo incluido.`,
  modelNotGltf: (url, detail) =>
    `modelo: "${url}" no es un modelo glTF 2.0 (${detail}). Exporte el modelo como glTF binario (.glb) o cargue el modelo incluido.`,
  modelUnreadable: (url, detail) =>
    `modelo: no se pudo leer "${url}": ${detail}. Compruebe que es un archivo glTF 2.0 válido (por ejemplo con el validador glTF de Khronos) o cargue el modelo incluido.`,
  modelBadAddress: (value) =>
    `modelo: "${value}" no es la dirección web de un modelo. Indique una ruta de este sitio (models/hip.glb) o una dirección https://, o cargue el modelo incluido.`,
  modelOriginRefused: (url, origin) =>
    `modelo: "${url}" está en ${origin}, desde donde este visor no carga modelos. Copie el modelo a este sitio o añada ${origin} a la lista de orígenes de modelos permitidos del visor y al connect-src de la Content-Security-Policy del sitio.`,
  modelTooLarge: (url, what, limitMb) =>
    `modelo: "${url}" es demasiado grande para mostrarlo con seguridad: ${what}, y el máximo que acepta este visor es ${limitMb} MB. Simplifique o comprima el modelo (por ejemplo con gltf-transform) o cargue el modelo incluido.`,
  modelStalled: (url, seconds) =>
    `modelo: "${url}" dejó de descargarse (casi no llegó nada en ${seconds} s). Compruebe la conexión e inténtelo de nuevo, o cargue el modelo incluido.`,
  modelReferenceRefused: (url, reference) =>
    `modelo: "${url}" hace referencia a "${reference.length > 80 ? `${reference.slice(0, 79)}…` : reference}", que está en un sitio desde donde este visor no carga. Empaquete todos los buffers e imágenes en el .glb o cargue el modelo incluido.`,
  modelMalformed: (url, fault) =>
    `modelo: "${url}" no es un glTF válido: ${fault}. Compruébelo con el validador glTF de Khronos o cargue el modelo incluido.`,
  modelBadGeometry: (url, node) =>
    `modelo: "${url}" tiene posiciones no finitas o a más de un kilómetro (en "${node}"), así que no se puede dibujar nada. Corrija la malla en la herramienta de modelado o cargue el modelo incluido.`,
  completeModelFailed: (detail) =>
    `No se pudo cargar el modelo detallado (${detail}). Se mantiene la primera vista, más ligera; la piel, los vasos, los órganos y el ajuste al cuerpo lo necesitan. Recargue la página para intentarlo de nuevo.`,
  contextLost: 'Los gráficos de la vista 3D se interrumpieron; restaurándolos…',
  contextRestored: 'La vista 3D ha vuelto.',
};
