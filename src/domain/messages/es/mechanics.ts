import type { Catalogue, Messages } from '../catalogue';
import { formatNumber } from '../format';

/** Rounds a percentage for prose: whole numbers below 10 %, steps of 5 % above. */
function aboutPercent(pct: number): number {
  const a = Math.abs(pct);
  return a < 10 ? Math.round(a) : Math.round(a / 5) * 5;
}

/** Strings of the dysfunction mechanics model (Spanish). Citations are kept as published. */
export const mechanics: Catalogue<Messages['mechanics']> = {
  teachingNote:
    'Un modelo docente, no un diagnóstico; la evidencia discrepa: la debilidad por sí sola a menudo no cambia nada (Kendall 2013; Pohl 2015).',
  layerLabels: {
    mechanics: 'Mecánica (estática)',
    behaviour: 'Comportamiento (postura supuesta)',
  },
  trustLabels: {
    good: 'Buena: contrastada con cargas medidas en apoyo monopodal',
    fair: 'Aceptable',
    low: 'Confianza baja',
    illustrative: 'Ilustrativo',
    input: 'Fijado por usted',
    'not-modelled': 'No modelado aquí',
  },
  outputLabels: {
    pelvicDropDeg: 'Caída de la pelvis',
    trunkLeanDeg: 'Inclinación del tronco hacia la pierna de apoyo',
    trunkLeanOnPelvisDeg: 'Inclinación del tronco sobre la pelvis',
    hipAdductionDeg: 'Aducción de cadera',
    anteriorPelvicTiltChangeDeg: 'Anteversión pélvica',
    lumbarLordosisChangeDeg: 'Curva lumbar (lordosis)',
    superincumbentWeightBW: 'Peso por encima de la cadera',
    bodyWeightMomentArmM: 'Brazo de palanca de ese peso respecto a la cadera',
    abductorForceBW: 'Fuerza de los abductores de cadera',
    passiveAbductorForceBW: 'Fuerza pasiva de los tejidos laterales estirados',
    hipJointReactionBW: 'Carga articular de la cadera',
    kneeAdductionMomentNmPerKg:
      'Carga en la cara interna de la rodilla (momento aductor de rodilla)',
    l5s1CompressionBW: 'Compresión lumbar (L5/S1)',
    l5s1ShearBW: 'Cizallamiento lumbar anterior (L5/S1)',
    l5s1SideBendingMomentNmPerKg:
      'Momento de flexión lateral lumbar (L5/S1; + hacia la pierna de apoyo)',
    sideBendingMuscleForceBW:
      'Fuerza muscular de flexión lateral (cuadrado lumbar, erector de la columna lumbar)',
    l5s1CompressionWithSideBendingBW: 'Compresión lumbar con flexión lateral (L5/S1)',
    hipExtensorShares: 'Quién hace el trabajo de extensión de cadera',
  },
  outputSources: {
    pelvicDropDeg:
      'Regla de compensación supuesta, calibrada, no medida; un bloqueo nervioso con un 52 % de pérdida de fuerza abductora no produjo caída (Kendall 2013; Pohl 2015).',
    trunkLeanDeg:
      'Regla de compensación supuesta (inclinación de Duchenne), calibrada, no medida; respecto al entorno, positiva hacia la pierna de apoyo.',
    trunkLeanOnPelvisDeg:
      'Regla de compensación supuesta; la inclinación del tronco sobre la pelvis en la zona lumbar.',
    hipAdductionDeg:
      'Igual a la caída de la pelvis en este modelo (pelvis rígida, muslo vertical).',
    anteriorPelvicTiltChangeDeg:
      'Se suponen 0,5° de inclinación por cada grado que a la cadera le falta para quedar recta: un cociente de dos medias de grupo tras estiramiento (Preece 2021: -1,2° de inclinación por +2,6° de extensión, unos 0,46; rango 0,3-1,0), no una relación dosis-respuesta medida; los estudios poblacionales hallan una correlación débil o nula.',
    lumbarLordosisChangeDeg:
      'Sigue a la pendiente sacra aproximadamente 1:1, el límite superior de la basculación voluntaria (Levine & Whittle 1996); Preece 2021 apenas halló relación.',
    superincumbentWeightBW: 'Peso corporal menos la pierna de apoyo (Dempster según Winter 2009).',
    bodyWeightMomentArmM:
      'Posiciones de los segmentos según Winter 2009; apoyo monopodal de Pauwels.',
    abductorForceBW:
      'Estática del apoyo monopodal (Pauwels); brazo de palanca abductor según Dostal & Andrews 1981.',
    passiveAbductorForceBW:
      'Rigidez pasiva calibrada para que una parálisis sin inclinación haga caer la pelvis 12-15°.',
    hipJointReactionBW:
      'Estática del apoyo monopodal; el valor sano está en el rango medido en apoyo monopodal: 2,1-2,8 PC (Kotzar 1991), 2,19-3,28 PC, media 2,61 (Bergmann 2016).',
    kneeAdductionMomentNmPerKg:
      'Brazo de palanca del centro de masas del cuerpo respecto a la rodilla; una caída pélvica voluntaria de 4° la aumentó un 38 % en la marcha; este modelo estático da unos +30 %.',
    l5s1CompressionBW:
      'Equilibrio lumbosacro estático; la flexión anterior aproximadamente la duplica, como la presión discal (Wilke 1999); términos del psoas inciertos.',
    l5s1ShearBW: 'Peso del tronco a lo largo del platillo sacro; términos del psoas inciertos.',
    l5s1SideBendingMomentNmPerKg:
      'Peso de la parte superior del cuerpo por su palanca lateral en L5/S1, determinada por la inclinación del tronco y la oblicuidad pélvica (datos segmentarios: de Leva 1996); la postura en que se basa es una suposición.',
    sideBendingMuscleForceBW:
      'Ese momento dividido por un brazo de momento lateral de 5 cm (3,5-7 cm en modelos lumbares de RM: McGill, Santaguida & Stevens 1993); un único músculo equivalente sin cocontracción, así que es un límite inferior.',
    l5s1CompressionWithSideBendingBW:
      'La compresión lumbar anterior más la fuerza muscular de flexión lateral; no se modela la cocontracción del otro lado.',
    hipExtensorShares: 'Regla de reparto con activación igual, solo ilustrativa.',
  },
  outputSourceVariants: {
    postureForced: 'Fijado por la postura hipotética, no predicho por el modelo.',
    abductorsOnTwoLegs:
      'Sobre dos piernas este modelo no da trabajo a los abductores de cadera; en la realidad hacen una ligera cocontracción.',
    hipOnTwoLegs:
      'Solo el peso que soporta cada cadera; las cargas medidas en bipedestación bipodal son bastante mayores porque los músculos hacen cocontracción (Bergmann 2016, OrthoLoad).',
    shearInHinge:
      'No modelado en la bisagra de cadera: la pendiente sacra se mantiene en su valor de bipedestación, así que el cizallamiento no sigue a la flexión.',
    kneeWithCaneOrLean:
      'Brazo de palanca del centro de masas del cuerpo respecto a la rodilla; sobrestima el efecto de un bastón o de una inclinación del tronco.',
  },
  flags: {
    cannotHoldPelvisLevel:
      'No puede mantener la pelvis nivelada sin inclinarse: la pelvis ya ha caído todo lo posible, así que el tronco se inclina más.',
    cannotBalance:
      'Ni la mayor inclinación del tronco equilibra la pelvis; en la realidad esta persona necesita apoyo para sostenerse sobre esta pierna.',
    caneExceedsAbductorNeed:
      'El bastón soporta más de lo que necesitan los abductores de cadera, así que la fuerza abductora es 0.',
    centreOfPressureOutsideFoot:
      'El centro de presiones se desplazaría más de lo que permite un pie; el modelo estático sobrestima este desplazamiento.',
    forcedPostureBeyondCapacity:
      'La fuerza abductora de cadera restante no podría mantener esta postura.',
    caneIgnored: 'En este modelo el bastón no interviene en la bipedestación; aquí se ignora.',
    forcedPostureIgnored:
      'Una caída pélvica o una inclinación del tronco forzadas solo se aplican al apoyo monopodal; aquí se ignoran.',
    hingeExtensorOverload:
      'Los extensores de cadera no pueden sostener cómodamente esta bisagra; entonces las personas se mantienen más erguidas o flexionan la zona lumbar (Teng & Powers 2016).',
    weaknessCovered:
      'La fuerza abductora de cadera restante aún basta para el apoyo monopodal, así que la postura y las cargas no cambian (Kendall 2013; Pohl 2015).',
    abductorWeaknessIdle:
      'En bipedestación los abductores de cadera apenas soportan carga, así que su debilidad aquí no cambia nada.',
    tightnessNotModelled: (muscles) =>
      `El acortamiento de ${muscles} no forma parte de este modelo; aquí no cambia nada.`,
    weaknessNotModelled: (muscles) =>
      `La debilidad de ${muscles} no forma parte de este modelo; aquí no cambia nada.`,
  },
  presets: {
    'gluteus-medius-weakness': {
      label: 'Debilidad del glúteo medio',
      description:
        'Un adulto mayor con debilidad marcada del glúteo medio y algo del glúteo menor, en apoyo sobre esa pierna; compensa sobre todo inclinando el tronco, así que la rodilla se descarga y la zona lumbar paga el precio. Mueva el estilo del gráfico hacia la caída de la pelvis para ver cómo paga la rodilla.',
    },
    'moderate-pelvic-drop': {
      label: 'La pelvis cae 4° (debilidad moderada)',
      description:
        'Glúteo medio débil del todo y glúteo menor en parte, compensado dejando caer la pelvis unos 4°: la caída que impuso un estudio de la marcha, en el que la carga en la cara interna de la rodilla aumentó un 38 % al caminar.',
    },
    trendelenburg: {
      label: 'Parálisis del nervio glúteo superior (Trendelenburg)',
      description:
        'Glúteo medio, glúteo menor y tensor de la fascia lata paralizados; la pelvis cae hacia el otro lado.',
    },
    'trendelenburg-compensated': {
      label: 'Lo mismo, compensado con inclinación del tronco',
      description:
        'La misma parálisis, pero el tronco se inclina sobre la pierna de apoyo (Duchenne) en lugar de caer la pelvis.',
    },
    'tight-iliopsoas': {
      label: 'Psoas ilíaco acortado',
      description:
        'Psoas mayor e ilíaco tan cortos que la cadera no llega a quedar recta en bipedestación (agotada la reserva más allá de la posición recta): la pelvis bascula hacia delante y la zona lumbar se arquea.',
    },
    'weak-gluteus-maximus-hinge': {
      label: 'Glúteo mayor débil en bisagra de cadera',
      description:
        'Flexión del tronco de 50° desde la cadera con un glúteo mayor débil: los isquiotibiales asumen el trabajo.',
    },
    'contralateral-cane': {
      label: 'Bastón en la mano contraria',
      description:
        'La parálisis abductora con un bastón en la otra mano que soporta el 10 % del peso corporal: menos inclinación y mucha menos fuerza abductora.',
    },
  },
  describe: {
    pelvisDrops: (deg) => `la pelvis cae ${formatNumber(deg)}° hacia el otro lado`,
    pelvisRises: (deg) => `la pelvis sube ${formatNumber(deg)}° en el otro lado`,
    trunkLeansToward: (deg) =>
      `el tronco se inclina ${formatNumber(deg)}° hacia la pierna de apoyo`,
    trunkLeansAway: (deg) =>
      `el tronco se inclina ${formatNumber(deg)}° alejándose de la pierna de apoyo`,
    pelvisTiltsForward: (deg) => `la pelvis bascula ${formatNumber(deg)}° hacia delante`,
    lordosisDeepens: (deg) => `la curva lumbar aumenta ${formatNumber(deg)}°`,
    loadNames: {
      kneeAdductionMomentNmPerKg: 'la carga en la cara interna de la rodilla',
      hipJointReactionBW: 'la carga articular de la cadera',
      abductorForceBW: 'la fuerza de los abductores de cadera',
      l5s1CompressionBW: 'la compresión lumbar',
      l5s1CompressionWithSideBendingBW: 'la compresión lumbar',
      l5s1ShearBW: 'el cizallamiento lumbar',
    },
    loadDirection: (load, pct) => `${load} ${pct > 0 ? 'aumenta' : 'disminuye'}`,
    sideMusclesPull: (holder, forceBW) =>
      `los músculos laterales de la zona lumbar del lado de la pierna ${holder === 'stance-side' ? 'de apoyo' : 'elevada'} tiran con unos ${formatNumber(forceBW)} PC para sostener el tronco`,
    noPercentOutsideFoot:
      'sin porcentajes: el centro de presiones saldría del pie, más allá de lo que este modelo estático puede cuantificar',
    leadForcedPosture: 'Con esta postura',
    leadWeakness: (style) =>
      `Con esta debilidad y esta forma de compensar (${
        style === 'drop'
          ? 'sobre todo dejando caer la pelvis'
          : style === 'lean'
            ? 'sobre todo inclinando el tronco sobre la pierna de apoyo'
            : 'caída de la pelvis e inclinación del tronco'
      })`,
    kneeLoadReverses:
      'desaparece la carga en la cara interna de la rodilla (la cara externa asume la carga)',
    loadChange: (load, pct) =>
      `${load} ${pct > 0 ? 'aumenta' : 'disminuye'} alrededor de un ${formatNumber(aboutPercent(pct))} %`,
    extensorShift: (gluteusMaximusPct, healthyPct) =>
      `el glúteo mayor hace el ${formatNumber(gluteusMaximusPct)} % del trabajo de extensión de cadera en lugar del ${formatNumber(healthyPct)} %, así que los isquiotibiales asumen más`,
    noChange: 'La postura y las cargas siguen igual que sin la disfunción.',
    noChangeWeaknessCovered: (sparePct) =>
      `La fuerza restante de los abductores de cadera aún basta para el apoyo monopodal, así que la postura y las cargas siguen igual: sobra alrededor del ${formatNumber(sparePct)} % de la fuerza utilizable. Para ver un cambio, quite más que eso: por ejemplo, glúteo medio débil del todo y glúteo menor en parte (el ejemplo 'La pelvis cae 4°'), o elija la fuerza de un adulto mayor.`,
    noChangeAbductorsIdle:
      'Sobre dos piernas los abductores de cadera apenas soportan carga, así que su debilidad aquí no cambia nada; elija el apoyo monopodal para verlo.',
    sentence: (groups, lead = null) => {
      const list = (g: readonly string[]) =>
        g.length < 2 ? (g[0] ?? '') : `${g.slice(0, -1).join(', ')} y ${g[g.length - 1]}`;
      const body = groups
        .filter((g) => g.length > 0)
        .map(list)
        .join('; ');
      const text = lead ? `${lead}, ${body}` : body;
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
    aboutPercent,
  },
};
