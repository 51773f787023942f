import type { Catalogue, Messages } from '../catalogue';

/**
 * Embedding strings (Spanish): the poster of `<hip-motor-viewer>` and the protocol errors the
 * viewer sends to the host page. Code names (commands, arguments, parameters) stay in English.
 */
export const embed: Catalogue<Messages['embed']> = {
  loadButton: 'Cargar el modelo 3D',
  loading: 'Cargando el modelo 3D…',
  posterAlt:
    'Imagen fija del modelo de la cadera visto de frente: pelvis, columna lumbar, fémures y músculos de la cadera.',
  frameTitle: 'Modelo 3D interactivo de la cadera con puntos motores',
  errors: {
    badMessage: (got) =>
      `embed: un comando necesita { type: "hip-viewer:command", version: 1, id: "<cadena no vacía>", command: "<nombre>", args?: {...} }; se recibió ${got}`,
    unsupportedVersion: (got) =>
      `embed: la versión de protocolo ${got} no es compatible; envíe version: 1`,
    unknownCommand: (got, known) =>
      `embed: comando desconocido ${got}; use uno de ${known.join(', ')}`,
    badArgument: (command, expectation, got) =>
      `embed: ${command} espera ${expectation}; se recibió ${got}`,
    unknownArgument: (command, name, allowed) =>
      allowed.length === 0
        ? `embed: ${command} no admite argumentos; quite args.${name}`
        : `embed: ${command} no admite args.${name}; admite ${allowed.map((a) => `args.${a}`).join(', ')}`,
    notReady: (command) =>
      `embed: ${command} necesita la vista 3D, que aún no se ha dibujado; espere al evento "ready" y envíelo de nuevo`,
    failed: (command, detail) =>
      `embed: ${command} falló: ${detail}. Recargue el visor; si vuelve a ocurrir, notifíquelo con este mensaje`,
    modelFailed: (detail) => `embed: no se pudo cargar el modelo de la cadera: ${detail}`,
    webglUnavailable:
      'embed: este navegador no puede dibujar gráficos 3D (WebGL está desactivado o no es compatible); el visor muestra una imagen fija y screenshot no está disponible',
    timeout: (command, ms) =>
      `embed: sin respuesta a ${command} en ${ms} ms; compruebe que el parámetro origins= del visor permite esta página`,
    unsafeValue: (command, path) =>
      `embed: ${command} rechazó ${path}: las matrices no deben tener huecos y los números deben ser finitos (ni NaN ni Infinity); envíe números normales`,
    busy: (command, limit) =>
      `embed: ${command} se rechazó porque ya hay ${limit} comandos esperando; espere a las respuestas antes de enviar más`,
    srcRefused: (src) =>
      `hip-motor-viewer: se rechazó src="${src.length > 80 ? `${src.slice(0, 79)}…` : src}"; use una dirección http(s) o una ruta relativa a embed.html`,
    noAnswer: (src, origin, ms) =>
      `embed: el visor en ${src} no respondió en ${ms} ms. Causas probables: su parámetro origins= no incluye esta página (añada origins=${origin}) o la dirección es incorrecta (ábrala en una pestaña: debería mostrar el modelo de la cadera)`,
    readyFailed: (code, message) =>
      `embed: el visor no llegará a estar listo (${code}): ${message}`,
    closed: (command) =>
      `embed: el visor se eliminó antes de responder a ${command}; créelo de nuevo`,
  },
};
