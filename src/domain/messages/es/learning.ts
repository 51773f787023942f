import type { Catalogue, Messages } from '../catalogue';
import { formatNumber } from '../format';

/**
 * Strings of the learning features (Spanish): stories, quiz, patient mode, session plans and
 * the handout. Same structure as `en/learning.ts`; citations and Latin names are kept.
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

function quote(value: string, maxChars = 40): string {
  const short = value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value;
  return `"${short}"`;
}

const n = (value: number) => formatNumber(value);

function storyPlace(step: number | null, stepTitle: string | null, field: string): string {
  if (step === null) return `story: campo "${field}"`;
  const title = stepTitle ? ` (${quote(stepTitle)})` : '';
  return `story: paso ${step}${title}, campo "${field}"`;
}

export const learning: Catalogue<Messages['learning']> = {
  sides: { left: 'izquierdo', right: 'derecho', midline: 'central' },
  onSide: (name, side) => (side === 'midline' ? name : `${name} (lado ${learning.sides[side]})`),

  patientMode: {
    explainButton: 'Explíquemelo',
    revealDepthsButton: 'Mostrar profundidades de la aguja (clínico)',
    hideDepthsButton: 'Ocultar profundidades de la aguja',
    modeLabel: 'Vista del paciente',
    teachingNote:
      'Una imagen docente, no un diagnóstico. Su fisioterapeuta le explicará lo que se aplica a su caso.',
    pointKinds: {
      'motor-point': 'punto motor',
      'nerve-entry': 'donde entra su nervio',
      'innervation-zone': 'zona con muchas ramas nerviosas',
      'surface-electrode': 'lugar para un electrodo adhesivo',
      'muscle-part': 'parte del músculo con su propia rama nerviosa',
    },
    pointName: (muscle, kind) => `${muscle}: ${kind}`,
  },

  storyPlayer: {
    regionLabel: 'Recorrido guiado',
    next: 'Siguiente',
    back: 'Atrás',
    finish: 'Terminar',
    close: 'Cerrar recorrido',
    play: 'Reproducir',
    pause: 'Pausa',
    restart: 'Empezar de nuevo',
    stepOf: (step, count) => `Paso ${n(step)} de ${n(count)}`,
    keyboardHelp:
      'Flecha derecha o Espacio: siguiente. Flecha izquierda: atrás. Inicio y Fin: primer y último paso. P: reproducir o pausar. Escape: cerrar.',
    autoplayOn: 'Reproduciendo: el recorrido avanza solo.',
    autoplayOff: 'En pausa.',
    ended: 'Fin del recorrido.',
    announceStep: (step, count, title) => `Paso ${n(step)} de ${n(count)}: ${title}.`,
    audiences: {
      patient: 'Para pacientes',
      student: 'Para estudiantes',
      clinician: 'Para clínicos',
      general: 'Para todos',
    },
    chooseStory: 'Elija un recorrido',
  },

  storyErrors: {
    place: storyPlace,
    notAnObject:
      'story: el recorrido debe ser un objeto JSON, por ejemplo { "id": …, "steps": [ … ] }.',
    tooManyErrors: (shown) =>
      `story: se encontraron más problemas; solo se muestran los ${n(shown)} primeros.`,
    notJson: (detail) => `story: el texto no es JSON válido (${detail}).`,
    tooLarge: (chars, maxChars) =>
      `story: el recorrido tiene ${n(chars)} caracteres; el máximo permitido es ${n(maxChars)}.`,
    badEncoding:
      'story: el valor no es JSON codificado para URL ni JSON en base64url; codifique el recorrido con encodeStoryParam().',
    missing: 'falta',
    notText: 'debe ser texto',
    empty: 'no debe estar vacío',
    tooLong: (chars, maxChars) =>
      `tiene ${n(chars)} caracteres; el máximo permitido es ${n(maxChars)}`,
    notList: 'debe ser una lista ([ … ])',
    notStepObject: 'debe ser un objeto con "id", "title" y "text"',
    noSteps: 'necesita al menos un paso',
    tooManySteps: (count, max) => `tiene ${n(count)} pasos; el máximo permitido es ${n(max)}`,
    tooManyItems: (count, max) => `tiene ${n(count)} entradas; el máximo permitido es ${n(max)}`,
    badId: (value) =>
      `${quote(value)} no es un id válido; use minúsculas, dígitos y guiones (de 1 a 64 caracteres)`,
    duplicateStepId: (value) =>
      `${quote(value)} ya lo usa un paso anterior; los id de los pasos deben ser únicos`,
    unknownField: (allowed) => `no es un campo de recorrido; los campos son ${allowed.join(', ')}`,
    badAudience: (value, allowed) =>
      `${quote(value)} no es un público; use uno de ${allowed.join(', ')}`,
    badCameraPreset: (value, allowed) =>
      `${quote(value)} no es una vista de cámara; use una de ${allowed.join(', ')}, o { "position": [x, y, z], "target": [x, y, z] } en metros`,
    badCameraCustom: (limitM) =>
      `debe ser el nombre de una vista o { "position": [x, y, z], "target": [x, y, z] }: seis números en metros entre -${limitM} y ${limitM}, con posición y objetivo separados`,
    badPreset: (value, allowed) =>
      `${quote(value)} no es un ejemplo mecánico; use uno de ${allowed.join(', ')}`,
    badPoint: (value) =>
      `${quote(value)} no es un punto motor; use un id de registro con lado, p. ej. "gluteus-medius-posterior:right"`,
    badHighlight: (value) =>
      `${quote(value)} no es una estructura (p. ej. "gluteus-medius:left") ni un punto motor (p. ej. "piriformis-nerve-entry:right")`,
    badViewType:
      'debe ser una cadena de consulta como "peel=1&cam=posterior" o un objeto de ajustes de vista',
    badViewValue: (param) =>
      `el ajuste "${param}" debe ser texto, un número, true o false, o una lista de nombres`,
    viewNotAllowed: (param) =>
      `el ajuste "${param}" no puede fijarlo un paso de recorrido (el visor conserva su propio ${param})`,
    viewUnknownParameter: (param) => `"${param}" no es un ajuste de vista`,
    viewMalformed: (param, value) =>
      `el ajuste "${param}" tiene un valor que el visor no puede leer: ${quote(value)}`,
    viewUnknownName: (param, name) =>
      `el ajuste "${param}" nombra algo que el visor no conoce: ${quote(name)}`,
  },

  stories: {
    'weak-gluteus-medius': {
      title:
        'Cómo un músculo lateral de la cadera débil puede hacer caer la pelvis y cargar la rodilla',
      summary:
        'Por qué importa el músculo del lateral de la cadera al apoyarse sobre una pierna, qué pasa cuando le falta fuerza y qué ayuda.',
      steps: {
        'meet-the-muscle': {
          title: 'El músculo del lateral de la cadera',
          text: 'Este músculo en forma de abanico va desde la parte alta del hueso de la cadera hasta el relieve óseo del lateral del muslo. Su nombre anatómico es glúteo medio (gluteus medius). Aquí el glúteo mayor se ve transparente para que pueda verlo debajo.',
        },
        'one-leg': {
          title: 'Apoyo sobre una pierna',
          text: 'En cada paso se apoya un momento sobre una sola pierna. El peso del cuerpo tiende entonces a inclinar la pelvis hacia abajo del lado de la pierna levantada. El músculo lateral de la cadera de la pierna de apoyo tira para mantener la pelvis nivelada, como el viento que sujeta el mástil de una tienda de campaña.',
        },
        'strength-to-spare': {
          title: 'Fuerza de sobra',
          text: 'La mayoría de las personas tiene aquí más fuerza de la que necesita para estar de pie. En un estudio con hombres sanos, anestesiar el nervio de estos músculos les quitó cerca de la mitad de su fuerza, y la pelvis siguió nivelada (Kendall 2013). Así que algo de debilidad, por sí sola, a menudo no cambia nada visible.',
        },
        'pelvis-drops': {
          title: 'Cuando se acaba la fuerza',
          text: 'Si estos músculos están muy débiles, por ejemplo tras una lesión de su nervio, ya no pueden sostener la pelvis. El lado de la pierna levantada cae. Los clínicos lo llaman signo de Trendelenburg positivo.',
        },
        'knee-load': {
          title: 'Lo que nota la rodilla',
          text: 'Con la pelvis caída, el peso del cuerpo pasa más hacia el interior de la rodilla de apoyo, Cuando personas sanas caminaron con una caída de 4° a propósito, la carga en la cara interna de la rodilla aumentó cerca de un 38 %. Este modelo muestra la misma caída de 4° en bipedestación estática. Es una de las razones por las que los clínicos miran la cadera cuando duele una rodilla.',
        },
        'leaning-over': {
          title: 'Inclinarse sobre la pierna de apoyo',
          text: 'Muchas personas inclinan en cambio el tronco sobre la pierna de apoyo. Eso acerca el peso a la cadera, así que los músculos débiles tienen menos que sostener y la cara interna de la rodilla se descarga. Pero la carga pasa a la zona lumbar: sus músculos laterales deben sostener el tronco inclinado. Cansa y se nota como una cojera.',
        },
        'what-helps': {
          title: 'Qué ayuda',
          text: 'Estos músculos se pueden entrenar. Las elevaciones de pierna de lado, la almeja, el puente y los descensos de escalón son puntos de partida habituales, progresando despacio durante semanas. Mientras tanto, un bastón en la mano contraria a la cadera dolorida les quita gran parte del trabajo. Pregunte a su fisioterapeuta cuáles le convienen.',
        },
      },
    },
    'tight-iliopsoas': {
      title:
        'Cómo un flexor de cadera acortado podría inclinar la pelvis y cambiar las cargas lumbares',
      summary:
        'Por dónde van los flexores profundos de la cadera, cómo uno corto puede bascular la pelvis hacia delante y aumentar la curva lumbar, y qué solidez tiene esa evidencia.',
      steps: {
        'meet-iliopsoas': {
          title: 'Dos músculos, un tendón',
          text: 'En lo profundo del cuerpo, el psoas baja desde el lateral de la columna lumbar y el ilíaco tapiza el interior del hueso de la cadera. Se unen en un solo tendón en la parte alta del fémur. Juntos se llaman psoas ilíaco (iliopsoas): el músculo principal que lleva la rodilla hacia el pecho.',
        },
        'standing-tall': {
          title: 'De pie y erguido',
          text: 'Estar de pie y erguido solo exige la cadera recta, a unos 0°. Una cadera flexible puede ir 10-20° más atrás, como hace al final de cada paso. Así que un psoas ilíaco ligeramente corto solo gasta esa reserva y no tiene por qué tirar de la pelvis.',
        },
        'pelvis-tips': {
          title: 'Cuando el músculo está corto',
          text: 'Solo cuando el músculo es tan corto que la cadera ni siquiera llega a estar recta hace falta ayuda para mantenerse erguido. Entonces la pelvis bascula hacia delante: su parte delantera baja y la trasera sube. El modelo muestra este caso.',
        },
        'hollow-back': {
          title: 'La zona lumbar la sigue',
          text: 'Al bascular la pelvis hacia delante, la zona lumbar se curva más para mantenerle erguido. En la base de la columna, la última vértebra lumbar queda sobre una pendiente más inclinada. Así, más parte de la carga la empuja hacia delante en lugar de hacia abajo.',
        },
        'how-sure': {
          title: '¿Hasta qué punto es seguro?',
          text: 'Esta cadena tiene sentido sobre el papel, y el modelo la sigue. Pero los estudios que midieron a muchas personas solo hallaron relaciones débiles, o ninguna, entre el acortamiento de los flexores de cadera, la inclinación pélvica y la curva lumbar. Un flexor de cadera acortado puede ser una pieza de un problema de espalda; rara vez es toda la historia.',
        },
        'what-helps': {
          title: 'Qué ayuda',
          text: 'Partes habituales de un plan son estiramientos suaves de los flexores de cadera, fortalecer los glúteos que extienden la cadera (por ejemplo con puentes) y levantarse a menudo en lugar de pasar horas sentado. Su fisioterapeuta puede comprobar si esta imagen encaja con usted.',
        },
      },
    },
    'hip-motor-points': {
      title:
        'Puntos motores de la cadera: qué hace allí la punción seca y por qué después se fortalece',
      summary:
        'Qué es un punto motor, dónde tienen los suyos los músculos de la cadera, qué seguridad tenemos sobre esos lugares, qué hace la punción seca y por qué después viene el ejercicio.',
      steps: {
        'what-is-a-motor-point': {
          title: 'Qué es un punto motor',
          text: 'Cada músculo se activa mediante un nervio. Donde las ramas del nervio entran en el músculo, un impulso eléctrico hace que el músculo se contraiga con más facilidad. Ese lugar se llama punto motor.',
        },
        'areas-not-dots': {
          title: 'Zonas, no puntos exactos',
          text: 'Casi todo lo que sabemos procede de estudios minuciosos en cuerpos donados (cadáveres) y de algunas mediciones en personas vivas. Los cuerpos difieren, así que cada marcador es una zona donde probablemente está el punto, no un punto exacto. Algunas zonas son estimaciones razonadas, y la aplicación lo indica.',
        },
        buttock: {
          title: 'En el glúteo',
          text: 'El glúteo mayor recibe su nervio por debajo del músculo piriforme, en lo profundo del glúteo. Los músculos laterales de la cadera reciben el suyo justo por encima; ese nervio discurre hacia delante entre dos capas musculares.',
        },
        'front-of-hip': {
          title: 'En la parte delantera de la cadera',
          text: 'En la parte delantera de la cadera hay un músculo pequeño que tensa la banda del muslo: el tensor de la fascia lata (tensor fasciae latae). Su nervio entra unos cuatro traveses de dedo por debajo del relieve óseo delantero de la cadera. Los flexores profundos, psoas e ilíaco, reciben sus nervios en lo profundo del abdomen y la pelvis, cerca de órganos y grandes vasos sanguíneos.',
        },
        'staying-clear': {
          title: 'Mantenerse lejos de los nervios',
          text: 'Nervios grandes pasan cerca de varios de estos puntos. El nervio ciático discurre justo por debajo del piriforme, los nervios glúteos entre los músculos del glúteo y el nervio femoral por delante. Por eso los clínicos formados eligen con cuidado el ángulo y la profundidad de la aguja. Algunos puntos profundos solo los punciona personal con experiencia, si es que se puncionan.',
        },
        'what-needling-does': {
          title: 'Qué hace la punción seca',
          text: 'Una aguja fina y maciza, sin medicamento, entra en el músculo, a menudo cerca de estos puntos. El músculo puede contraerse un instante y la zona puede doler uno o dos días. Los estudios sugieren que puede aliviar el dolor durante un tiempo, pero los resultados varían y la evidencia es dispar.',
        },
        'strength-follows': {
          title: 'Por qué después se fortalece',
          text: 'La punción puede abrir una ventana con menos dolor. Lo que perdura es lo que construye en esa ventana: músculos de la cadera más fuertes que repartan bien la carga. Por eso la punción suele ir acompañada de ejercicios en casa, aumentados poco a poco durante semanas.',
        },
      },
    },
  },

  quiz: {
    title: 'Cuestionario',
    start: 'Empezar el cuestionario',
    submit: 'Comprobar mi respuesta',
    next: 'Siguiente pregunta',
    skip: 'Saltar',
    finish: 'Ver mis resultados',
    restart: 'Nuevo cuestionario',
    questionOf: (q, count) => `Pregunta ${n(q)} de ${n(count)}`,
    score: (points, maxPoints) => `Puntuación: ${n(points)} de ${n(maxPoints)}`,
    keyboardHelp:
      'Teclas numéricas 1 a 9: elegir una respuesta. Intro: comprobar la respuesta y seguir. S: saltar. En el modelo, use los lugares con letra A a D en lugar de hacer clic.',
    kinds: {
      'place-point': 'Sitúe el punto motor',
      'nerve-roots': 'Nombre el nervio y las raíces',
      'which-dysfunction': '¿Qué músculo es?',
    },
    prompts: {
      placePoint: (pointName, muscle, side) =>
        `Haga clic en el modelo donde espera encontrar el ${pointName.toLowerCase()} del ${muscle} (lado ${side}).`,
      placePointKeyboard: 'O elija uno de los lugares con letra del modelo.',
      nerveRoots: (muscle) => `¿Qué nervio inerva el ${muscle} y desde qué raíces espinales?`,
      whichDysfunction: (kind) =>
        kind === 'weakness'
          ? 'El modelo muestra cómo se mantiene de pie o se mueve una persona con una debilidad, y adónde va la carga. ¿Qué músculo está débil?'
          : 'El modelo muestra cómo se mantiene de pie una persona con un músculo acortado, y adónde va la carga. ¿Qué músculo está acortado?',
    },
    choiceLabel: (index, text) => `${index + 1}. ${text}`,
    spotLabel: (letter) => `Lugar ${letter}`,
    nerveOption: (nerve, roots) => `${nerve} (${roots})`,
    muscleOption: (muscle) => muscle,
    bands: {
      'on-target': 'En la diana',
      close: 'Cerca',
      near: 'Próximo',
      off: 'Fuera de la región',
      miss: 'Fallado',
    },
    feedback: {
      correct: 'Correcto.',
      incorrect: (answer) => `No exactamente. La respuesta es: ${answer}.`,
      skipped: (answer) => `Saltada. La respuesta es: ${answer}.`,
      insideRegion: 'Su clic está dentro de la región que indica el estudio.',
      distance: (distanceMm) =>
        `Su clic está a ${n(Math.round(distanceMm))} mm del borde de la región que indica el estudio.`,
      points: (points, maxPoints) => `${n(points)} de ${n(maxPoints)} puntos.`,
      regionShown:
        'La región sombreada es donde la evidencia sitúa este punto; la puntuación mide hasta su borde, no hasta un punto.',
      source: (citation) => `Fuente: ${citation}`,
      confidence: (label) => `Confianza: ${label}.`,
      rootsNote: (note) => `Nota: ${note}`,
      posedAs: (sentence) => `Lo que mostró el modelo: ${sentence}`,
      alsoAffected: (muscles) =>
        `En este escenario ${muscles.length === 1 ? 'también está afectado' : 'también están afectados'} ${list(muscles)}.`,
    },
    regionMissing:
      'La región objetivo aún no está situada en este modelo, así que esta respuesta no se puede puntuar. Pase a la siguiente pregunta.',
    answersHidden:
      'Los puntos motores están ocultos mientras dura la ronda del cuestionario: son sus respuestas. Vuelven con el repaso al final de la ronda.',
    searchAnswersHidden:
      'Los puntos motores no aparecen en la búsqueda hasta que termine la ronda del cuestionario.',
    review: {
      skipped: 'Omitida',
      clickedInside: 'Hizo clic dentro de la región de evidencia',
      clickedAway: (mm) => `Hizo clic a ${n(mm)} mm de la región de evidencia`,
      evidenceRegion: 'La región de evidencia sombreada del punto',
      yours: 'Su respuesta',
      right: 'Respuesta correcta',
      points: (points, maxPoints) => `${n(points)} / ${n(maxPoints)}`,
      showOnModel: 'Mostrar en el modelo',
      shownOnModel: (number) =>
        `Pregunta ${n(number)}: su clic y la región de evidencia están en el modelo.`,
    },
    strip: {
      label: 'Pregunta del cuestionario',
      moreBelow: 'Las respuestas y los detalles están en el panel bajo el modelo.',
    },
    mark: {
      yourClick: 'Su clic',
      inside: 'dentro de la región',
      distance: (mm) => `a ${n(mm)} mm de la región`,
      region: 'Región de evidencia',
    },
    summary: {
      heading: 'Sus resultados',
      total: (points, maxPoints, percent) =>
        `${n(points)} de ${n(maxPoints)} puntos (${n(percent)} %).`,
      answered: (answered, count) => `${n(answered)} de ${n(count)} preguntas respondidas.`,
      reviewHeading: 'Pregunta por pregunta',
      perMuscleHeading: 'Por músculo',
      perMuscle: (muscle, points, maxPoints) => `${muscle}: ${n(points)} de ${n(maxPoints)} puntos`,
      progressSaved: 'Su progreso por músculo se guarda solo en este navegador.',
    },
    progressErrors: {
      notJson: 'el progreso guardado del cuestionario no es JSON válido',
      tooLarge: (chars, maxChars) =>
        `el progreso guardado del cuestionario tiene ${n(chars)} caracteres; el máximo permitido es ${n(maxChars)}`,
      badShape: 'el progreso guardado del cuestionario no es un objeto con "version" y "muscles"',
      badVersion: (version) =>
        `el progreso guardado del cuestionario tiene la versión ${version}; esta aplicación lee la versión 1`,
      badMuscle: (id) =>
        `el progreso guardado del cuestionario nombra un músculo desconocido "${id}"`,
      badEntry: (id, field) =>
        `el progreso guardado del cuestionario para "${id}" tiene un valor "${field}" incorrecto`,
      ignored: (reason) => `Se reinició el progreso del cuestionario: ${reason}.`,
    },
  },

  plan: {
    heading: 'Plan de sesión',
    pickPoints: 'Elija los puntos de esta sesión',
    noteLabel: 'Nota para el paciente',
    patientLabel: 'Paciente (iniciales o nombre de pila; opcional)',
    privacyHint:
      'El plan solo vive en el enlace y en este navegador. Evite nombres completos u otros datos identificativos.',
    share: 'Compartir como enlace',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado.',
    qrLabel: 'Código QR del enlace al plan',
    print: 'Imprimir hoja',
    snapshot: 'Guardar imagen (PNG)',
    pointCount: (count) => (count === 1 ? '1 punto' : `${n(count)} puntos`),
    errors: {
      empty:
        'plan de sesión: el texto del plan está vacío; abra el enlace de nuevo o pida uno nuevo.',
      tooLong: (chars, maxChars) =>
        `plan de sesión: el texto del plan tiene ${n(chars)} caracteres; el máximo permitido es ${n(maxChars)}.`,
      unknownVersion: (version) =>
        `plan de sesión: esta aplicación no conoce la versión "${version}"; lee la versión 1. Actualice la aplicación o pida un enlace nuevo.`,
      badFormat:
        'plan de sesión: el enlace no contiene un plan legible (puede que se cortara al copiarlo); pida el enlace de nuevo.',
      badPoints: (value) =>
        `plan de sesión: no se puede leer la lista de puntos ${quote(value)}; pida el enlace de nuevo.`,
      tooManyPoints: (count, max) =>
        `plan de sesión: ${n(count)} puntos son más que los ${n(max)} que admite un plan; elija menos.`,
      noteTooLong: (chars, max) =>
        `plan de sesión: la nota tiene ${n(chars)} caracteres; acórtela a ${n(max)}.`,
      labelTooLong: (chars, max) =>
        `plan de sesión: la etiqueta del paciente tiene ${n(chars)} caracteres; acórtela a ${n(max)}.`,
      badDate: (value) =>
        `plan de sesión: ${quote(value)} no es una fecha con la forma AAAA-MM-DD.`,
      linkTooLongForQr: (chars, max) =>
        `plan de sesión: el enlace tiene ${n(chars)} caracteres, demasiado para un código QR (como máximo ${n(max)}); acorte la nota, elija menos puntos o comparta el enlace directamente.`,
      unknownPoints: (ids) =>
        `plan de sesión: ${ids.length === 1 ? 'este punto no lo conoce' : 'estos puntos no los conoce'} esta versión de la aplicación y ${ids.length === 1 ? 'se ha omitido' : 'se han omitido'}: ${ids.join(', ')}.`,
    },
  },

  handout: {
    title: 'Su cadera: puntos y ejercicios de hoy',
    forPatient: (label) => `Para ${label}`,
    date: (isoDate) => `Fecha: ${isoDate}`,
    intro:
      'Su fisioterapeuta marcó estos puntos en un modelo 3D de la cadera. Esta hoja explica qué son, a qué prestar atención y por qué el ejercicio forma parte del plan.',
    imageAlt: (description) => `Imagen del modelo: ${description}`,
    noteHeading: 'Nota de su fisioterapeuta',
    pointsHeading: 'Los puntos',
    pointHeading: (muscle, side) => `${muscle}, lado ${side}`,
    anatomicalName: (name) => `Nombre anatómico: ${name}`,
    whatItIsHeading: 'Qué es este punto',
    evidenceHeading: 'Qué seguridad tenemos sobre el lugar',
    safetyHeading: 'Seguridad',
    noPoints: 'No se eligieron puntos para esta sesión.',
    pointKinds: {
      'motor-point':
        'Un punto motor: un lugar donde el músculo responde con más facilidad a un pequeño impulso eléctrico, porque su nervio entra cerca.',
      'nerve-entry':
        'El lugar donde el nervio de este músculo entra en él, hallado en estudios con donantes.',
      'innervation-zone':
        'Una zona dentro del músculo donde sus ramas nerviosas son más densas, cartografiada en estudios con donantes.',
      'surface-electrode':
        'Un lugar para electrodos adhesivos sobre la piel, que hacen trabajar el músculo con pequeños impulsos eléctricos. No es un punto de punción.',
      'muscle-part':
        'Una parte del músculo que tiene su propia rama nerviosa. Los estudios no indicaron en qué lugar de esa parte entra el nervio.',
    },
    evidenceKinds: {
      cadaver:
        'Localizado en estudios con cuerpos donados (cadáveres). Marca una zona, no un punto exacto: en usted puede estar un poco distinto.',
      'in-vivo':
        'Localizado estimulando el músculo en un pequeño número de personas vivas durante una cirugía. Marca una zona, no un punto exacto.',
      textbook:
        'Tomado de un manual o de las instrucciones de un aparato, no medido. Tómelo como una guía aproximada.',
    },
    lowConfidence: 'La evidencia sobre este lugar es limitada.',
    generalSafetyHeading: 'Antes y después de la punción',
    generalSafety: [
      'La punción seca solo debe realizarla un profesional formado en ella.',
      'Informe a su fisioterapeuta si está embarazada, toma anticoagulantes, tiene un trastorno de la coagulación, un sistema inmunitario débil, un marcapasos u otro implante, o miedo a las agujas.',
      'Es habitual tener agujetas uno o dos días y pequeños hematomas después. Puede haber mareo; avise a su fisioterapeuta enseguida.',
      'Contacte con su fisioterapeuta si nota entumecimiento, hormigueo o debilidad en la pierna, fiebre, o un dolor que no deja de empeorar.',
    ],
    educationHeading: 'Por qué después se fortalece',
    education: [
      'La punción seca puede aliviar el dolor y la tensión muscular durante un tiempo. Los estudios no coinciden en cuánto ayuda ni durante cuánto tiempo, y funciona mejor como una parte de un plan.',
      'El cambio duradero suele venir de fortalecer los músculos que rodean la cadera, para que repartan la carga al estar de pie, caminar y subir escaleras.',
      'La fuerza se gana despacio, en semanas o meses. Empiece con suavidad, aumente poco a poco y siga cuando el dolor se calme.',
    ],
    exercisesHeading: 'Ejercicios que su fisioterapeuta puede proponerle',
    exercises: [
      {
        name: 'Elevación de pierna de lado',
        how: 'Túmbese de lado con la rodilla de abajo flexionada. Mantenga la pierna de arriba estirada, alineada con el cuerpo y con los dedos hacia delante. Elévela un palmo y bájela despacio.',
        works: 'los músculos del lateral de la cadera',
      },
      {
        name: 'Almeja',
        how: 'Túmbese de lado con ambas rodillas flexionadas y los pies juntos. Sin separar los pies, abra la rodilla de arriba como una concha, sin girar la pelvis hacia atrás. Ciérrela despacio.',
        works: 'los músculos del lateral de la cadera y los glúteos profundos',
      },
      {
        name: 'Puente',
        how: 'Túmbese boca arriba, con las rodillas flexionadas y los pies apoyados. Apriete los glúteos y eleve la cadera hasta que el cuerpo forme una línea de los hombros a las rodillas. Baje despacio.',
        works: 'el glúteo mayor y la parte posterior del muslo',
      },
      {
        name: 'Descenso de escalón',
        how: 'Póngase sobre una pierna en un escalón bajo, agarrándose a una barandilla si lo necesita. Baje despacio el otro talón hacia el suelo, con la pelvis nivelada y la rodilla sobre los dedos centrales, y vuelva a subir.',
        works: 'los músculos de la cadera y del muslo a la vez, como al bajar escaleras',
      },
    ],
    dosage:
      'Un inicio habitual es de 2 o 3 series de 8 a 15 repeticiones lentas, 2 o 3 días por semana, aumentando un poco la dificultad a medida que resulten más fáciles. Su fisioterapeuta le indicará lo adecuado para usted.',
    exerciseCaution:
      'Unas agujetas leves tras el ejercicio son normales. Pare y consulte a su fisioterapeuta si el dolor es agudo, sigue peor al día siguiente, o si nota la pierna entumecida, con hormigueo o débil.',
    askClinician:
      'Consulte a su fisioterapeuta antes de empezar, y qué ejercicios, cuántos y con qué intensidad son adecuados para usted.',
    disclaimer:
      'Esta hoja procede de una herramienta docente. No diagnostica nada ni sustituye el consejo de su fisioterapeuta. Las localizaciones de los puntos motores son zonas tomadas de estudios, no puntos exactos de su cuerpo.',
  },

  patientSafety: {
    'sciatic-nerve':
      'Un nervio grande (el nervio ciático) discurre más profundo en esta zona. Su fisioterapeuta elige el ángulo y la profundidad de la aguja para mantenerse lejos de él.',
    'gluteal-nerves-vessels':
      'Entre las capas musculares de aquí discurren nervios y vasos sanguíneos de los glúteos, por eso la profundidad de la aguja se controla con cuidado. Puede aparecer un pequeño hematoma.',
    'femoral-nerve':
      'El nervio principal de la parte delantera del muslo está cerca. Si la rodilla da una sacudida o nota hormigueo en el muslo durante el tratamiento, dígalo.',
    'skin-nerve-front':
      'Un nervio cutáneo pasa cerca del relieve óseo delantero de la cadera. Avise a su fisioterapeuta de cualquier ardor u hormigueo en la cara externa del muslo.',
    'blood-vessel':
      'Un vaso sanguíneo entra en el músculo cerca de aquí, así que puede aparecer un pequeño hematoma.',
    'organs-deep':
      'Los órganos del abdomen y grandes vasos sanguíneos están cerca de este músculo profundo. Puncionar aquí requiere formación avanzada y a menudo se guía con ecografía u otra imagen, o no se hace.',
    'hip-joint': 'La articulación de la cadera está justo debajo de este músculo profundo.',
    'surface-only':
      'Este lugar es para electrodos adhesivos sobre la piel, no para agujas. No coloque electrodos sobre piel dañada, con cicatrices o sin sensibilidad.',
    general: 'Su fisioterapeuta le explicará los riesgos de este punto antes del tratamiento.',
    'urgent-care':
      'Tras un tratamiento cerca del abdomen o la ingle, acuda a urgencias si tiene dolor abdominal intenso, fiebre o sangre en la orina.',
  },
};
