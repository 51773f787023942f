import type { Catalogue, Messages } from '../catalogue';

/** The About panel (Spanish). Citations are kept as published. */
export const about: Catalogue<Messages['about']> = {
  open: 'Acerca de y fuentes',
  title: 'Acerca de este visor',
  close: 'Cerrar',
  intro:
    'Una cadera en 3D para la docencia: los músculos por planos, los puntos motores dibujados como las regiones que respalda la evidencia, y un modelo estático pequeño y transparente que muestra si los músculos débiles o acortados podrían cambiar las cargas de la cadera, la rodilla y la zona lumbar, cómo lo harían y con cuánta incertidumbre. Nada de lo que haga aquí sale de su navegador.',
  notDiagnostic:
    'Es una herramienta docente, no un dispositivo de diagnóstico ni una guía para la punción seca sin formación. Las regiones de los puntos motores proceden sobre todo de estudios en donantes (cadáveres) y varían entre personas.',
  translation: {
    heading: 'Idioma',
    text: 'Esta versión en español es un borrador asistido por máquina, escrito y revisado por el equipo del proyecto a partir del original en inglés; aún no la ha revisado un fisioterapeuta o clínico hispanohablante nativo. Los nombres latinos y las citas se mantienen sin traducir. Si encuentra un término poco natural, indíquenoslo.',
  },
  sections: [
    {
      heading: 'El modelo 3D',
      items: [
        'Generado por este proyecto a partir de datos publicados; no incluye ninguna malla de terceros.',
        'Esqueleto, centros articulares y trayectos de los músculos de la cadera: Rajagopal A, Dembia CL, DeMers MS, Delp DD, Hicks JL, Delp SL. Full-body musculoskeletal model for muscle-driven simulation of human gait. IEEE Trans Biomed Eng. 2016;63(10):2068–2079.',
        'Trayectos actualizados de los abductores de cadera: Lai AKM, Arnold AS, Wakeling JM (Ann Biomed Eng 2017); Uhlrich SD et al. (Sci Rep 2022).',
        'Cadena articular lumbar: según Christophy M et al. A musculoskeletal model for the lumbar spine. Biomech Model Mechanobiol 2012;11:19–34.',
        'Datos de forma: ángulo cervicodiafisario y versión femoral, apófisis lumbares, volúmenes musculares (Handsfield GG et al., J Biomech 2014), cintilla iliotibial, calibres nerviosos y grosor de la piel, cada uno citado en los datos del modelo.',
        'Músculos vecinos (capa de contexto): trayectos de Rajagopal 2016 y del modelo OpenSim gait2392 (Delp SL et al., IEEE Trans Biomed Eng 1990), con el cuadrado lumbar de Wilkinson 2021 (según Christophy 2012), dimensionados con los volúmenes de Handsfield 2014.',
        "Estructuras de riesgo (vasos glúteos y femorales, nervio cutáneo femoral lateral, plexo lumbar, riñones, cavidad peritoneal): situadas según relaciones de manual (Gray's Anatomy) y figuras de cadáver (Uzel 2011 para el nervio cutáneo femoral lateral); formas simplificadas.",
      ],
    },
    {
      heading: 'Puntos motores',
      items: [
        'Cada punto muestra su estudio, muestra, confianza y cómo lo situamos; abra un punto para ver la cita completa y el enlace.',
        'Tipos de punto: puntos motores (lugares de estimulación), puntos de entrada del nervio (disección) y zonas de inervación (regiones con muchas terminaciones nerviosas).',
      ],
    },
    {
      heading: 'Mecánica',
      items: [
        'Estática en el plano frontal del apoyo monopodal (Pauwels), datos segmentarios de Winter 2009 y de Leva 1996, y cargas lumbosacras de modelos estándar, incluida la flexión lateral en L5/S1 (brazos de momento laterales de los músculos lumbares según McGill, Santaguida & Stevens 1993).',
        'Que la carga recaiga en la rodilla o en la zona lumbar depende de cómo se supone que compensa el cuerpo: la caída de la pelvis carga la cara interna de la rodilla; la inclinación del tronco sobre la pierna de apoyo la descarga y carga la zona lumbar en flexión lateral. El gráfico del panel muestra ambas a lo largo de todo el rango.',
        'La postura que adopta una persona es una suposición de baja confianza: un bloqueo nervioso que eliminó cerca de la mitad de la fuerza abductora no cambió ni la caída pélvica ni la carga en la rodilla en hombres sanos (Kendall 2013; Pohl 2015).',
      ],
    },
    {
      heading: 'Textos de anatomía y acupuntura',
      items: [
        'El texto de las fichas está escrito con nuestras propias palabras a partir de las referencias de cada ficha (Terminologia Anatomica 2 para los nombres latinos).',
        'Los puntos de acupuntura siguen el WHO Standard Acupuncture Point Locations in the Western Pacific Region (2008), parafraseado; son puntos tradicionales, no puntos motores.',
      ],
    },
    {
      heading: 'Código',
      items: [
        'Licencia MIT. Hecho con three.js, React Three Fiber, drei, zustand, leva, meshoptimizer y glTF-Transform.',
      ],
    },
  ],
};
