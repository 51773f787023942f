/**
 * Spanish for the texts of the acupuncture layer (names, meridians, location rules, WHO notes,
 * how the model reads each rule, depths, safety notes, caveats and what kind each source is),
 * keyed by the English text so one translation serves every point that repeats it. Codes, pinyin,
 * Chinese characters and source titles stay as published and are not here. A unit test fails
 * when a text the card shows has no entry, when an entry is unused or when digits differ.
 * Terms as Spanish-speaking acupuncturists and physiotherapists use them: cun, B-cun, meridiano
 * de la Vesícula Biliar, Vejiga, Estómago, Bazo; EIAS (ASIS), TC, RM, IMC (CT, MRI, BMI); OMS (WHO).
 */
export const SPANISH_ACUPUNCTURE_TEXT: Readonly<Record<string, string>> = {
  'Stationary Crevice': 'Hendidura estacionaria',
  'Squatting Bone-hole': 'Agujero óseo de la posición en cuclillas',
  'Gallbladder meridian (Foot Shaoyang)': 'Meridiano de la Vesícula Biliar (Shaoyang del pie)',
  'Hip region: halfway along the straight line joining the ASIS and the most prominent point of the greater trochanter.':
    'Región de la cadera: en el punto medio de la línea recta que une la EIAS y el punto más prominente del trocánter mayor.',
  "WHO rule taken directly: the midpoint of the straight line from the ASIS to the most prominent point of the greater trochanter (the model's greater-trochanter-tip), projected onto the skin.":
    'Regla de la OMS aplicada directamente: el punto medio de la línea recta desde la EIAS hasta el punto más prominente del trocánter mayor (la referencia «punta del trocánter mayor» del modelo), proyectado sobre la piel.',
  '1-2 cun perpendicular; 2-3 cun oblique downward':
    '1-2 cun perpendicular; 2-3 cun oblicua hacia abajo',
  'Superficial cutaneous nerve territory of the lateral femoral cutaneous nerve; its course near the ASIS varies (mean 2.95 cm from the ASIS along the inguinal ligament in one cadaver series).':
    'Territorio cutáneo superficial del nervio cutáneo femoral lateral; su trayecto cerca de la EIAS es variable (media de 2,95 cm desde la EIAS a lo largo del ligamento inguinal en una serie de cadáveres).',
  'Deep needle meets bone (ilium) or the anterolateral hip capsule; no major vessel in the usual path (textbook).':
    'La aguja profunda llega al hueso (ilion) o a la cápsula anterolateral de la cadera; no hay ningún vaso importante en el trayecto habitual (manual).',
  'Points near the ASIS (GB29, ST31) lie in the territory of the lateral femoral cutaneous nerve, whose course varies.':
    'Los puntos cercanos a la EIAS (GB29, ST31) están en el territorio del nervio cutáneo femoral lateral, cuyo trayecto es variable.',
  'Overlies TFL and gluteus medius/minimus; trigger-point texts link it with gluteus minimus and TFL (low-level evidence).':
    'Sobre el TFL y los glúteos medio y menor; los textos de puntos gatillo lo relacionan con el glúteo menor y el TFL (evidencia de bajo nivel).',
  'Location rules are paraphrased from the WHO 2008 standard and other sources; they are not quotations. Check the printed WHO book before clinical use.':
    'Las reglas de localización están parafraseadas del estándar de la OMS de 2008 y de otras fuentes; no son citas literales. Consulte el libro impreso de la OMS antes de su uso clínico.',
  'The 3D placement is schematic: standard rules use palpation on a living person; a model can only approximate them. Show each point as a region, not a dot.':
    'La colocación en 3D es esquemática: las reglas estándar se basan en la palpación de una persona viva y un modelo solo puede aproximarlas. Muestre cada punto como una región, no como un punto exacto.',
  'Depths quoted from textbooks are population averages in proportional cun; safe depth varies with body size and must be judged clinically.':
    'Las profundidades citadas de los manuales son medias poblacionales en cun proporcional; la profundidad segura varía con el tamaño corporal y debe valorarse clínicamente.',
  'Nothing here has been reviewed by a licensed acupuncturist or clinician.':
    'Nada de esto ha sido revisado por un acupuntor titulado ni por un clínico.',
  'educational website': 'sitio web educativo',
  'practitioner website (Japanese)': 'sitio web de un profesional (japonés)',
  'reference database': 'base de datos de referencia',
  'third-party compilation': 'recopilación de terceros',
  'textbook (quoted)': 'manual (citado)',
  'cadaver study': 'estudio en cadáveres',
  'Jumping Round': 'Salto circular',
  'Encircling Leap': 'Salto envolvente',
  'Buttock region: on the line from the most prominent point of the greater trochanter to the sacral hiatus, at the point one third of the way from the trochanter (the junction of the lateral third and medial two thirds).':
    'Región glútea: en la línea que va del punto más prominente del trocánter mayor al hiato sacro, a un tercio de la distancia desde el trocánter (la unión del tercio lateral con los dos tercios mediales).',
  'Usually located with the patient lying on the side, hip flexed (Chinese and Japanese notes).':
    'Se localiza habitualmente con el paciente en decúbito lateral y la cadera flexionada (notas chinas y japonesas).',
  'WHO rule taken directly: one third of the way from the greater trochanter tip to the sacral hiatus. The standard locates it lying on the side with the hip flexed; on a standing model the skin line shifts, so the region is drawn 1 cun wide (assumption).':
    'Regla de la OMS aplicada directamente: a un tercio de la distancia entre la punta del trocánter mayor y el hiato sacro. El estándar lo localiza en decúbito lateral con la cadera flexionada; en un modelo de pie la línea cutánea se desplaza, por lo que la región se dibuja con 1 cun de anchura (supuesto).',
  '1.5-3 cun perpendicular (Chinese database); 2-3.5 cun toward the genitals (Deadman); 1.5-2.5 inches (CAM)':
    '1,5-3 cun perpendicular (base de datos china); 2-3,5 cun hacia los genitales (Deadman); 1,5-2,5 pulgadas (CAM)',
  "The sciatic nerve lies in the deep plane under this point: texts list it directly beneath, and the desired 'electric sensation to the foot' in sciatica treatment means the needle is touching or in the nerve. In a dry-needling/biomedical frame this is a sign to withdraw, not a goal (the two traditions conflict).":
    'El nervio ciático discurre en el plano profundo bajo este punto: los textos lo sitúan justo debajo, y la «sensación eléctrica hasta el pie» que se busca en el tratamiento de la ciática significa que la aguja toca el nervio o está dentro de él. Desde la punción seca y el enfoque biomédico es una señal para retirar la aguja, no un objetivo (las dos tradiciones se contradicen).',
  'Inference from project data: CT skin-to-piriformis depth is about 5.2-6.6 cm and 1 cun is about 2-2.5 cm, so the textbook depth of 2-3 cun reaches the piriformis/sciatic plane in many adults; depth rises with BMI.':
    'Deducción a partir de datos del proyecto: la profundidad piel-piriforme en TC es de unos 5,2-6,6 cm y 1 cun mide unos 2-2,5 cm, así que la profundidad de manual de 2-3 cun alcanza el plano del piriforme y del ciático en muchos adultos; la profundidad aumenta con el IMC.',
  'Sciatic variants (about 10-17% pass through or above piriformis) change where the nerve lies.':
    'Las variantes del ciático (en torno al 10-17 % atraviesan el piriforme o pasan por encima de él) cambian la posición del nervio.',
  "Show the project's sciatic danger corridor (midway between ischial tuberosity and greater trochanter) together with GB30.":
    'Muestre junto con GB30 el corredor de peligro ciático del proyecto (a medio camino entre la tuberosidad isquiática y el trocánter mayor).',
  "Buttock points (GB30, BL36, BL54) sit over or near the sciatic nerve; show the project's sciatic danger corridor with them.":
    'Los puntos glúteos (GB30, BL36, BL54) están sobre el nervio ciático o cerca de él; muéstrelos junto con el corredor de peligro ciático del proyecto.',
  'A sharp, electric, radiating sensation during needling indicates nerve contact; traditional texts sometimes seek it at GB30, but for a dry-needling audience present it as a warning sign.':
    'Una sensación aguda, eléctrica e irradiada durante la punción indica contacto con el nervio; los textos tradicionales a veces la buscan en GB30, pero para un público de punción seca preséntela como señal de alarma.',
  'Overlies gluteus maximus; deep target area of piriformis and the short external rotators; cited as a main local point for sciatica and piriformis problems.':
    'Sobre el glúteo mayor; zona diana profunda del piriforme y de los rotadores externos cortos; se cita como punto local principal para la ciática y los problemas del piriforme.',
  'national-practice reference (Japanese)': 'referencia de la práctica nacional (japonesa)',
  'meeting report abstract': 'resumen de un informe de reunión',
  'project research (secondary)': 'investigación del proyecto (secundaria)',
  'systematic review': 'revisión sistemática',
  'Wind Market': 'Mercado del viento',
  'Lateral thigh: in the hollow just behind the iliotibial band, where the tip of the middle finger lands when the person stands with arms hanging and the palm resting on the thigh.':
    'Cara lateral del muslo: en la depresión justo por detrás de la cintilla iliotibial, donde cae la punta del dedo medio cuando la persona está de pie con los brazos colgando y la palma apoyada en el muslo.',
  'The WHO rule is by palpation (where the middle fingertip lands, behind the iliotibial band), which a model cannot do. Stand-in from the Chinese textbook rule: 7 cun above the popliteal crease on the 19-cun trochanter-to-crease scale, i.e. 12/19 of the way from the greater trochanter tip to the lateral end of the popliteal crease, on the lateral midline. The small shift back to the posterior edge of the iliotibial band is not quantified by the sources and is left inside the 1-cun region.':
    'La regla de la OMS se basa en la palpación (donde cae la punta del dedo medio, por detrás de la cintilla iliotibial), algo que un modelo no puede hacer. Sustituto tomado de la regla de los manuales chinos: 7 cun por encima del pliegue poplíteo en la escala de 19 cun entre trocánter y pliegue, es decir, a 12/19 de la distancia desde la punta del trocánter mayor hasta el extremo lateral del pliegue poplíteo, sobre la línea media lateral. Las fuentes no cuantifican el pequeño desplazamiento hacia atrás, hasta el borde posterior de la cintilla iliotibial, que queda dentro de la región de 1 cun.',
  'Palpation point: the model shows the Chinese 7-cun stand-in; the fingertip position varies with arm length and can differ by a few centimetres.':
    'Punto de palpación: el modelo muestra el sustituto chino de 7 cun; la posición de la punta del dedo varía con la longitud del brazo y puede diferir unos centímetros.',
  '1-2 cun perpendicular (Me&Qi); 0.7-1.2 inches (CAM)':
    '1-2 cun perpendicular (Me&Qi); 0,7-1,2 pulgadas (CAM)',
  'No major nerve trunk in the usual path; skin over it is supplied by the lateral femoral cutaneous nerve.':
    'No hay ningún tronco nervioso importante en el trayecto habitual; la piel de la zona está inervada por el nervio cutáneo femoral lateral.',
  'Over the iliotibial tract/vastus lateralis; often used for lateral thigh and hip pain.':
    'Sobre la cintilla iliotibial y el vasto lateral; se usa a menudo para el dolor lateral del muslo y de la cadera.',
  'Bladder Vitals': 'Vitales de la vejiga',
  'Uterus Huang': 'Huang del útero',
  'Bladder meridian (Foot Taiyang)': 'Meridiano de la Vejiga (Taiyang del pie)',
  'Buttock region: level with the second posterior sacral foramen, 3 B-cun lateral to the median sacral crest.':
    'Región glútea: a la altura del segundo agujero sacro posterior, 3 B-cun lateral a la cresta sacra media.',
  "Level with the second posterior sacral foramen, 3 cun lateral to the posterior median line: the point of the posterior median line (through the L5 spinous process and the sacral hiatus) level with the model's S2 foramen landmark, then 3 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.":
    'A la altura del segundo agujero sacro posterior, 3 cun lateral a la línea media posterior: el punto de la línea media posterior (que pasa por la apófisis espinosa de L5 y el hiato sacro) a la altura de la referencia del agujero S2 del modelo, y desde ahí 3 cun en línea recta hacia lateral. El cun de la espalda se convierte con el cun del muslo porque el modelo no tiene escápula (estimación de la aplicación, no un estándar), por lo que el desplazamiento se dibuja como una banda de ±0,5 cun. El desplazamiento es una línea recta proyectada después sobre la piel, no una medida a lo largo de la piel.',
  'Back cun is an app estimate (no scapula in the model).':
    'El cun de la espalda es una estimación de la aplicación (el modelo no tiene escápula).',
  'App heuristic, not a standard: the model has no scapula, so the thigh cun stands in for the back cun.':
    'Estimación de la aplicación, no un estándar: el modelo no tiene escápula, así que el cun del muslo sustituye al cun de la espalda.',
  '1-1.5 cun perpendicular or oblique': '1-1,5 cun perpendicular u oblicua',
  'Deep and lateral-inferior needling approaches the greater sciatic notch, where the superior gluteal artery, vein and nerve leave the pelvis above piriformis (anatomical inference).':
    'La punción profunda en dirección lateral e inferior se acerca a la escotadura ciática mayor, por donde la arteria, la vena y el nervio glúteos superiores salen de la pelvis por encima del piriforme (deducción anatómica).',
  "Over the upper medial gluteus maximus near the sacral border; the project's gluteus medius posterior motor-point region lies a few cm lateral-inferior (inference).":
    'Sobre la parte superomedial del glúteo mayor, cerca del borde del sacro; la región del punto motor posterior del glúteo medio del proyecto queda unos centímetros en dirección lateral e inferior (deducción).',
  'national institute database': 'base de datos de un instituto nacional',
  "Order's Edge": 'Borde del orden',
  'Orderly Border': 'Borde ordenado',
  'Buttock region: level with the fourth posterior sacral foramen, 3 B-cun lateral to the median sacral crest.':
    'Región glútea: a la altura del cuarto agujero sacro posterior, 3 B-cun lateral a la cresta sacra media.',
  'WHO note (paraphrased): this is 3 B-cun lateral to the sacral hiatus, on the same level as BL30.':
    'Nota de la OMS (parafraseada): está 3 B-cun lateral al hiato sacro, a la misma altura que BL30.',
  'Level with the fourth posterior sacral foramen (WHO note: level with the sacral hiatus), 3 cun lateral to the posterior median line: from the sacral-hiatus landmark on the midline, then 3 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.':
    'A la altura del cuarto agujero sacro posterior (nota de la OMS: a la altura del hiato sacro), 3 cun lateral a la línea media posterior: desde la referencia del hiato sacro en la línea media, y desde ahí 3 cun en línea recta hacia lateral. El cun de la espalda se convierte con el cun del muslo porque el modelo no tiene escápula (estimación de la aplicación, no un estándar), por lo que el desplazamiento se dibuja como una banda de ±0,5 cun. El desplazamiento es una línea recta proyectada después sobre la piel, no una medida a lo largo de la piel.',
  '0.5-1.5 cun perpendicular; 2-3 cun oblique (angled medially for genital complaints)':
    '0,5-1,5 cun perpendicular; 2-3 cun oblicua (en dirección medial para los trastornos genitales)',
  'Deep needles here point toward the infrapiriform part of the greater sciatic foramen, where the sciatic, inferior gluteal and pudendal neurovascular bundles run (anatomical inference; not measured).':
    'Aquí las agujas profundas apuntan a la parte infrapiriforme del agujero ciático mayor, por donde discurren los paquetes neurovasculares ciático, glúteo inferior y pudendo (deducción anatómica; sin medir).',
  'Centre of the buttock over gluteus maximus; deep to it the medial piriformis region that cadaver studies show is closest to the sciatic nerve.':
    'Centro de la nalga, sobre el glúteo mayor; en profundidad, la región medial del piriforme, que según los estudios en cadáveres es la más cercana al nervio ciático.',
  'Hold and Support': 'Sostener y apoyar',
  'Supporting the Hip': 'Sostén de la cadera',
  'Buttock region: at the midpoint of the gluteal fold.':
    'Región glútea: en el punto medio del pliegue glúteo.',
  "WHO rule taken directly: the model's gluteal-fold-midpoint landmark, projected onto the skin. The fold is a soft-tissue landmark and moves with posture and body build.":
    'Regla de la OMS aplicada directamente: la referencia «punto medio del pliegue glúteo» del modelo, proyectada sobre la piel. El pliegue es una referencia de partes blandas y se desplaza con la postura y la complexión.',
  '1-2 cun perpendicular': 'punción perpendicular de 1-2 cun',
  'Marked as a point needing extra caution: the sciatic nerve lies directly beneath, with the inferior gluteal vessels; a sharp shooting pain down the leg means nerve contact.':
    'Señalado como punto que exige precaución especial: el nervio ciático está justo debajo, junto con los vasos glúteos inferiores; un dolor agudo y lancinante que baja por la pierna indica contacto con el nervio.',
  'At the gluteal fold over the lower gluteus maximus and proximal hamstrings.':
    'En el pliegue glúteo, sobre la parte inferior del glúteo mayor y el origen de los isquiotibiales.',
  'teaching notes': 'apuntes docentes',
  'Thigh Gate': 'Puerta del muslo',
  'Thigh Joint': 'Articulación del muslo',
  'Stomach meridian (Foot Yangming)': 'Meridiano del Estómago (Yangming del pie)',
  'Front of the thigh: in the hollow bounded by three muscles - the upper part of rectus femoris, sartorius (medial) and tensor fasciae latae (lateral).':
    'Cara anterior del muslo: en la depresión delimitada por tres músculos: la parte superior del recto femoral, el sartorio (medial) y el tensor de la fascia lata (lateral).',
  'WHO notes (paraphrased): with hip and knee slightly bent and the thigh resisted into abduction a small triangle appears, and the point is at its deepest spot just below the apex; equivalently, where the line from the ASIS to the lateral end of the patellar base crosses the horizontal line through the lower border of the pubic symphysis.':
    'Notas de la OMS (parafraseadas): con la cadera y la rodilla ligeramente flexionadas y el muslo en abducción contra resistencia aparece un pequeño triángulo, y el punto está en su parte más profunda, justo por debajo del vértice; de forma equivalente, donde la línea de la EIAS al extremo lateral de la base de la rótula cruza la línea horizontal que pasa por el borde inferior de la sínfisis del pubis.',
  "WHO note used as the rule: where the line from the ASIS to the lateral end of the patellar base crosses the horizontal level of the lower border of the pubic symphysis, computed on the model's landmarks and projected onto the skin. The palpation rule (the deepest point of the small triangle between sartorius, tensor fasciae latae and rectus femoris) is not modelled.":
    'Nota de la OMS usada como regla: donde la línea de la EIAS al extremo lateral de la base de la rótula cruza la altura del borde inferior de la sínfisis del pubis, calculado sobre las referencias del modelo y proyectado sobre la piel. La regla de palpación (la parte más profunda del pequeño triángulo entre sartorio, tensor de la fascia lata y recto femoral) no está modelada.',
  'The lower border of the pubic symphysis is an estimated landmark on a generated model.':
    'El borde inferior de la sínfisis del pubis es una referencia estimada en un modelo generado.',
  '0.8-1.5 cun perpendicular; 1.5-2 cun oblique': '0,8-1,5 cun perpendicular; 1,5-2 cun oblicua',
  'Keep lateral to sartorius: the femoral neurovascular bundle lies medial to it in the femoral triangle.':
    'Manténgase lateral al sartorio: el paquete neurovascular femoral discurre medial a él en el triángulo femoral.',
  'Superficial branches of the lateral femoral cutaneous nerve cross this area.':
    'Ramas superficiales del nervio cutáneo femoral lateral cruzan esta zona.',
  'Near the proximal TFL/rectus femoris; relevant to anterior hip pain.':
    'Cerca de la parte proximal del TFL y del recto femoral; relevante en el dolor anterior de cadera.',
  'copy of standard pages': 'copia de páginas del estándar',
  'international standard (copyrighted)':
    'estándar internacional (protegido por derechos de autor)',
  'Kidney Shu': 'Shu del riñón',
  'Lumbar region: level with the lower border of the L2 spinous process, 1.5 B-cun lateral to the posterior median line.':
    'Región lumbar: a la altura del borde inferior de la apófisis espinosa de L2, 1,5 B-cun lateral a la línea media posterior.',
  "Level with the lower border of the L2 spinous process, 1.5 cun lateral to the posterior median line: from the model's L2-spinous-process landmark, which stands for its lower border, then 1.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.":
    'A la altura del borde inferior de la apófisis espinosa de L2, 1,5 cun lateral a la línea media posterior: desde la referencia de la apófisis espinosa de L2 del modelo, que representa su borde inferior, y desde ahí 1,5 cun en línea recta hacia lateral. El cun de la espalda se convierte con el cun del muslo porque el modelo no tiene escápula (estimación de la aplicación, no un estándar), por lo que el desplazamiento se dibuja como una banda de ±0,5 cun. El desplazamiento es una línea recta proyectada después sobre la piel, no una medida a lo largo de la piel.',
  '0.5-1.5 cun, oblique preferred': '0,5-1,5 cun, preferiblemente oblicua',
  'Deep perpendicular needling risks the kidney; kidney injury is listed among reported adverse events.':
    'La punción perpendicular profunda pone en riesgo el riñón; la lesión renal figura entre los efectos adversos comunicados.',
  'Spinal cord ends near L1-L2; avoid deep medially angled needles (inference).':
    'La médula espinal termina cerca de L1-L2; evite las agujas profundas anguladas hacia medial (deducción).',
  'Lumbar points (BL23 especially) carry a kidney-injury risk with deep perpendicular needling; organ, tissue and nerve injuries are among the main reported acupuncture complications.':
    'Los puntos lumbares (sobre todo BL23) conllevan riesgo de lesión renal con la punción perpendicular profunda; las lesiones de órganos, tejidos y nervios están entre las principales complicaciones comunicadas de la acupuntura.',
  'Upper lumbar erector spinae.': 'Erector de la columna en la zona lumbar alta.',
  'Large Intestine Shu': 'Shu del intestino grueso',
  'Lumbar region: level with the lower border of the L4 spinous process, 1.5 B-cun lateral to the posterior median line.':
    'Región lumbar: a la altura del borde inferior de la apófisis espinosa de L4, 1,5 B-cun lateral a la línea media posterior.',
  "Level with the lower border of the L4 spinous process, 1.5 cun lateral to the posterior median line: from the model's L4-spinous-process landmark, which stands for its lower border (the few millimetres between them lie inside the region), then 1.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.":
    'A la altura del borde inferior de la apófisis espinosa de L4, 1,5 cun lateral a la línea media posterior: desde la referencia de la apófisis espinosa de L4 del modelo, que representa su borde inferior (los pocos milímetros que los separan quedan dentro de la región), y desde ahí 1,5 cun en línea recta hacia lateral. El cun de la espalda se convierte con el cun del muslo porque el modelo no tiene escápula (estimación de la aplicación, no un estándar), por lo que el desplazamiento se dibuja como una banda de ±0,5 cun. El desplazamiento es una línea recta proyectada después sobre la piel, no una medida a lo largo de la piel.',
  '0.8-1.2 inches perpendicular (CAM)': '0,8-1,2 pulgadas perpendicular (CAM)',
  'Depth to the transverse processes at L4 is about 5.7 cm on MRI and rises with BMI; very deep or medially angled needles approach the spinal canal and neural foramina (inference).':
    'La profundidad hasta las apófisis transversas de L4 es de unos 5,7 cm en RM y aumenta con el IMC; las agujas muy profundas o anguladas hacia medial se acercan al conducto vertebral y a los agujeros de conjunción (deducción).',
  "Over lumbar erector spinae/multifidus; iliac-crest line used to find L4 (Tuffier's line varies).":
    'Sobre el erector de la columna y el multífido lumbares; la línea de las crestas ilíacas se usa para localizar L4 (la línea de Tuffier es variable).',
  'imaging study (summary)': 'estudio de imagen (resumen)',
  review: 'revisión',
  'Gate of Origin Shu': 'Shu de la puerta del origen',
  'Lumbar region: level with the lower border of the L5 spinous process, 1.5 B-cun lateral to the posterior median line.':
    'Región lumbar: a la altura del borde inferior de la apófisis espinosa de L5, 1,5 B-cun lateral a la línea media posterior.',
  "Level with the lower border of the L5 spinous process, 1.5 cun lateral to the posterior median line: from the model's L5-spinous-process landmark, which stands for its lower border, then 1.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.":
    'A la altura del borde inferior de la apófisis espinosa de L5, 1,5 cun lateral a la línea media posterior: desde la referencia de la apófisis espinosa de L5 del modelo, que representa su borde inferior, y desde ahí 1,5 cun en línea recta hacia lateral. El cun de la espalda se convierte con el cun del muslo porque el modelo no tiene escápula (estimación de la aplicación, no un estándar), por lo que el desplazamiento se dibuja como una banda de ±0,5 cun. El desplazamiento es una línea recta proyectada después sobre la piel, no una medida a lo largo de la piel.',
  '0.5-1.5 cun perpendicular (Focks)': '0,5-1,5 cun perpendicular (Focks)',
  'Similar to BL25; MRI depth to the L5 transverse process about 5.9 cm (rises with BMI).':
    'Similar a BL25; profundidad en RM hasta la apófisis transversa de L5 de unos 5,9 cm (aumenta con el IMC).',
  'Lumbosacral multifidus region.': 'Región del multífido lumbosacro.',
  'Lumbar Eyes': 'Ojos lumbares',
  'Extra point of the back (not on a meridian)':
    'Punto extra de la espalda (fuera de los meridianos)',
  'Lumbar region: in the hollow about 3.5 cun lateral to the lower border of the L4 spinous process (Chinese textbook/extra-point tradition).':
    'Región lumbar: en la depresión situada unos 3,5 cun lateral al borde inferior de la apófisis espinosa de L4 (tradición de los manuales chinos y de los puntos extra).',
  'WHO 2008 standardises only the 361 meridian points; EX-B7 has a WHO 1991 nomenclature code but no WHO 2008 location.':
    'La OMS 2008 solo estandariza los 361 puntos de los meridianos; EX-B7 tiene un código de la nomenclatura de la OMS de 1991, pero ninguna localización en OMS 2008.',
  "Not in WHO 2008; the Chinese extra-point rule is level with the lower border of the L4 spinous process, 3.5 cun lateral to the posterior median line: from the model's L4-spinous-process landmark, then 3.5 cun straight lateral. The back cun is converted with the thigh cun because the model has no scapula (app heuristic, not a standard), so the offset is drawn as a band of +/- 0.5 cun. The offset is a straight line then projected onto the skin, not measured along the skin.":
    'No figura en OMS 2008; la regla china del punto extra lo sitúa a la altura del borde inferior de la apófisis espinosa de L4, 3,5 cun lateral a la línea media posterior: desde la referencia de la apófisis espinosa de L4 del modelo, y desde ahí 3,5 cun en línea recta hacia lateral. El cun de la espalda se convierte con el cun del muslo porque el modelo no tiene escápula (estimación de la aplicación, no un estándar), por lo que el desplazamiento se dibuja como una banda de ±0,5 cun. El desplazamiento es una línea recta proyectada después sobre la piel, no una medida a lo largo de la piel.',
  'Back cun is an app estimate (no scapula in the model); extra-point sources give 3 to 4 cun.':
    'El cun de la espalda es una estimación de la aplicación (el modelo no tiene escápula); las fuentes de puntos extra dan de 3 a 4 cun.',
  '0.5-1 cun (Acupuncture Nepal); up to 1.5 cun (TCM Wiki)':
    '0,5-1 cun (Acupuncture Nepal); hasta 1,5 cun (TCM Wiki)',
  "Lateral lumbar point: avoid deep perpendicular needling in thin patients; the kidney's lower pole can reach the L3-L4 level (inference, not measured here).":
    'Punto lumbar lateral: evite la punción perpendicular profunda en pacientes delgados; el polo inferior del riñón puede llegar a la altura de L3-L4 (deducción, sin medir aquí).',
  'Quadratus lumborum / iliocostalis region, a common low-back pain needling site.':
    'Región del cuadrado lumbar y el iliocostal, zona habitual de punción en la lumbalgia.',
  'international nomenclature': 'nomenclatura internacional',
  'Yang Mound Spring': 'Manantial de la colina yang',
  'Fibular side of the leg: in the hollow in front of and below the head of the fibula.':
    'Cara peronea de la pierna: en la depresión anterior e inferior a la cabeza del peroné.',
  "WHO rule: in the hollow in front of and below the head of the fibula, with no distance. About 1 cun anterior and inferior (textbook approximation) from the model's fibular-head landmark. The leg cun needs a lateral malleolus the model does not have, so the thigh cun stands in (app heuristic).":
    'Regla de la OMS: en la depresión anterior e inferior a la cabeza del peroné, sin distancia. Aproximadamente 1 cun hacia anterior e inferior (aproximación de los manuales) desde la referencia de la cabeza del peroné del modelo. El cun de la pierna necesita un maléolo lateral que el modelo no tiene, así que se usa el cun del muslo (estimación de la aplicación).',
  'No distance in the WHO rule; 1 cun is a textbook approximation and the leg cun is borrowed from the thigh.':
    'La regla de la OMS no da distancia; 1 cun es una aproximación de los manuales y el cun de la pierna se toma del muslo.',
  'App heuristic: the model has no lateral malleolus, so the thigh cun is reused for the leg.':
    'Estimación de la aplicación: el modelo no tiene maléolo lateral, así que se reutiliza el cun del muslo para la pierna.',
  '0.8-1.2 cun perpendicular (Chinese database); 1-1.5 cun (Deadman)':
    '0,8-1,2 cun perpendicular (base de datos china); 1-1,5 cun (Deadman)',
  'The common fibular nerve wraps around the fibular neck just below and behind this point and splits here; deep or posteriorly angled needles can reach it. An ultrasound pilot study listed GB34 among points needing careful insertion.':
    'El nervio peroneo común rodea el cuello del peroné justo por debajo y por detrás de este punto y aquí se divide; las agujas profundas o anguladas hacia posterior pueden alcanzarlo. Un estudio piloto con ecografía incluyó GB34 entre los puntos que requieren una inserción cuidadosa.',
  'Points near the fibular head (GB34) and the front of the leg (ST36) overlie the fibular nerve branches and anterior tibial vessels.':
    'Los puntos cercanos a la cabeza del peroné (GB34) y a la cara anterior de la pierna (ST36) están sobre las ramas del nervio peroneo y los vasos tibiales anteriores.',
  'Over the proximal fibularis longus; commonly combined with hip points for lateral-chain pain.':
    'Sobre la parte proximal del peroneo largo; se combina a menudo con puntos de la cadera para el dolor de la cadena lateral.',
  'peer-reviewed online textbook': 'libro de texto en línea revisado por pares',
  'pilot imaging study (abstract)': 'estudio piloto de imagen (resumen)',
  'Leg Three Li': 'Tres distancias de la pierna',
  'Front of the leg: on the line joining ST35 (the hollow lateral to the patellar ligament) and ST41 (front of the ankle), 3 B-cun below ST35.':
    'Cara anterior de la pierna: en la línea que une ST35 (la depresión lateral al ligamento rotuliano) y ST41 (cara anterior del tobillo), 3 B-cun por debajo de ST35.',
  "WHO rule: 3 B-cun below ST35 on the line from ST35 to ST41. The model has no ST41 (front of the ankle), so the line is read as straight down from the model's ST35 landmark. The leg cun needs a lateral malleolus the model does not have, so the thigh cun stands in (app heuristic).":
    'Regla de la OMS: 3 B-cun por debajo de ST35 en la línea de ST35 a ST41. El modelo no tiene ST41 (cara anterior del tobillo), así que la línea se interpreta como vertical hacia abajo desde la referencia ST35 del modelo. El cun de la pierna necesita un maléolo lateral que el modelo no tiene, así que se usa el cun del muslo (estimación de la aplicación).',
  'The leg cun is borrowed from the thigh, and the ST35-ST41 line is taken as vertical.':
    'El cun de la pierna se toma del muslo y la línea ST35-ST41 se considera vertical.',
  'Deep needles can reach the anterior tibial vessels and deep fibular nerve; an ultrasound pilot study listed ST36 among points needing careful insertion.':
    'Las agujas profundas pueden alcanzar los vasos tibiales anteriores y el nervio peroneo profundo; un estudio piloto con ecografía incluyó ST36 entre los puntos que requieren una inserción cuidadosa.',
  'Tibialis anterior; a distal point, not hip anatomy.':
    'Tibial anterior; un punto distal, no de la anatomía de la cadera.',
  'Sea of Blood': 'Mar de la sangre',
  'Spleen meridian (Foot Taiyin)': 'Meridiano del Bazo (Taiyin del pie)',
  'Anteromedial thigh: on the bulge of vastus medialis, 2 B-cun above the medial end of the base of the patella.':
    'Cara anteromedial del muslo: sobre el relieve del vasto medial, 2 B-cun por encima del extremo medial de la base de la rótula.',
  "WHO rule: 2 B-cun above the medial end of the base of the patella, read as straight up from the model's landmark. Cun from the 18-cun inner-thigh scale, with the pubic tubercle standing in for the upper border of the symphysis.":
    'Regla de la OMS: 2 B-cun por encima del extremo medial de la base de la rótula, interpretado como vertical hacia arriba desde la referencia del modelo. El cun procede de la escala de 18 cun de la cara interna del muslo, con el tubérculo del pubis en lugar del borde superior de la sínfisis.',
  '0.5-1.2 inches (CAM); 1-1.5 cun (Deadman)': '0,5-1,2 pulgadas (CAM); 1-1,5 cun (Deadman)',
  'No major structure in the usual path (textbook).':
    'Ninguna estructura importante en el trayecto habitual (manual).',
  'Vastus medialis; relevant to knee rather than hip.':
    'Vasto medial; relevante para la rodilla más que para la cadera.',
};
