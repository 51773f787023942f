/**
 * Spanish for the landmark names and one-line descriptions that search results show, keyed by
 * the English text. A unit test fails when a landmark's name or description has no entry.
 */
export const SPANISH_LANDMARK_TEXT: Readonly<Record<string, string>> = {
  'Anterior superior iliac spine': 'Espina ilíaca anterosuperior',
  'Anterior superior iliac spine: the front end of the iliac crest, where sartorius and tensor fasciae latae start.':
    'Espina ilíaca anterosuperior: el extremo anterior de la cresta ilíaca, donde nacen el sartorio y el tensor de la fascia lata.',
  'Anterior inferior iliac spine': 'Espina ilíaca anteroinferior',
  'Anterior inferior iliac spine: a smaller bony point below the ASIS, where the straight head of rectus femoris starts.':
    'Espina ilíaca anteroinferior: una prominencia ósea más pequeña por debajo de la EIAS, donde nace el tendón directo del recto femoral.',
  'Posterior superior iliac spine': 'Espina ilíaca posterosuperior',
  'Posterior superior iliac spine: the back end of the iliac crest, roughly level with S2.':
    'Espina ilíaca posterosuperior: el extremo posterior de la cresta ilíaca, más o menos a la altura de S2.',
  'Highest point of the iliac crest': 'Punto más alto de la cresta ilíaca',
  'The highest point of the iliac crest; a line across both usually crosses the L4 spinous process or the L4–L5 gap. On the built-in model the crests sit lower, level with L5–S1, so the app places vertebral levels from the vertebrae themselves, not from the crest line.':
    'El punto más alto de la cresta ilíaca; la línea que une ambos suele cruzar la apófisis espinosa de L4 o el espacio L4–L5. En el modelo incluido las crestas quedan más bajas, a la altura de L5–S1, así que la aplicación sitúa los niveles vertebrales a partir de las propias vértebras, no de la línea de las crestas.',
  'Iliac tubercle': 'Tubérculo ilíaco',
  'A thickened bump on the outer lip of the iliac crest, behind the ASIS.':
    'Un relieve engrosado en el labio externo de la cresta ilíaca, por detrás de la EIAS.',
  'Apex of the greater sciatic notch': 'Vértice de la escotadura ciática mayor',
  'The top of the deep notch in the back edge of the hip bone, where piriformis and the gluteal and sciatic nerves leave the pelvis.':
    'La parte más alta de la escotadura profunda del borde posterior del hueso coxal, por donde salen de la pelvis el piriforme y los nervios glúteos y ciático.',
  'Ischial tuberosity': 'Tuberosidad isquiática',
  'The sitting bone, where the hamstrings start.':
    'El hueso en el que uno se sienta, donde nacen los isquiotibiales.',
  'Pubic tubercle': 'Tubérculo del pubis',
  'A small bump at the outer end of the pubic crest, where the inguinal ligament attaches.':
    'Un pequeño relieve en el extremo externo de la cresta del pubis, donde se inserta el ligamento inguinal.',
  'Lower border of the pubic symphysis': 'Borde inferior de la sínfisis del pubis',
  'The lower edge of the joint between the two pubic bones; used as a level for acupuncture point ST31.':
    'El borde inferior de la articulación entre los dos pubis; se usa como nivel para el punto de acupuntura ST31.',
  'Hip joint centre': 'Centro de la articulación de la cadera',
  'The centre of the femoral head in the hip socket. A reference point of the model, used for posing and mechanics.':
    'El centro de la cabeza femoral en el acetábulo. Un punto de referencia del modelo, usado para la postura y la mecánica.',
  'Lateral border of the sacrum': 'Borde lateral del sacro',
  'The outer edge of the sacrum at the level of piriformis.':
    'El borde externo del sacro a la altura del piriforme.',
  'First posterior sacral foramen': 'Primer agujero sacro posterior',
  'The first opening on the back of the sacrum, just below the L5–S1 junction and medial to the level of the PSIS.':
    'La primera abertura de la cara posterior del sacro, justo por debajo de la unión L5–S1 y medial al nivel de la EIPS.',
  'Second posterior sacral foramen': 'Segundo agujero sacro posterior',
  'The second opening on the back of the sacrum, close to the line joining the two PSIS.':
    'La segunda abertura de la cara posterior del sacro, cerca de la línea que une las dos EIPS.',
  'Sacral hiatus': 'Hiato sacro',
  'The opening at the lower end of the sacral canal (S4–S5 level), between the sacral cornua.':
    'La abertura del extremo inferior del conducto sacro (nivel S4–S5), entre los cuernos sacros.',
  'Sacral promontory': 'Promontorio sacro',
  'The front upper edge of the body of S1, jutting into the pelvis.':
    'El borde anterosuperior del cuerpo de S1, que sobresale hacia la pelvis.',
  'Tip of the coccyx': 'Punta del cóccix',
  'The lowest point of the spine, the tip of the tailbone.':
    'El punto más bajo de la columna, la punta de la rabadilla.',
  'T12 transverse process (reference)': 'Apófisis transversa de T12 (referencia)',
  'Tip of the transverse process of the twelfth thoracic vertebra (T12); a reference for the upper end of psoas major.':
    'Punta de la apófisis transversa de la duodécima vértebra torácica (T12); referencia del extremo superior del psoas mayor.',
  'L1 transverse process tip': 'Punta de la apófisis transversa de L1',
  'Tip of the transverse process of L1; psoas major attaches along the front of the lumbar transverse processes.':
    'Punta de la apófisis transversa de L1; el psoas mayor se inserta a lo largo de la cara anterior de las apófisis transversas lumbares.',
  'L2 transverse process tip': 'Punta de la apófisis transversa de L2',
  'Tip of the transverse process of L2; psoas major attaches along the front of the lumbar transverse processes.':
    'Punta de la apófisis transversa de L2; el psoas mayor se inserta a lo largo de la cara anterior de las apófisis transversas lumbares.',
  'L3 transverse process tip': 'Punta de la apófisis transversa de L3',
  'Tip of the transverse process of L3; psoas major attaches along the front of the lumbar transverse processes.':
    'Punta de la apófisis transversa de L3; el psoas mayor se inserta a lo largo de la cara anterior de las apófisis transversas lumbares.',
  'L4 transverse process tip': 'Punta de la apófisis transversa de L4',
  'Tip of the transverse process of L4; psoas major attaches along the front of the lumbar transverse processes.':
    'Punta de la apófisis transversa de L4; el psoas mayor se inserta a lo largo de la cara anterior de las apófisis transversas lumbares.',
  'L5 transverse process tip': 'Punta de la apófisis transversa de L5',
  'Tip of the transverse process of L5; psoas major attaches along the front of the lumbar transverse processes. At L5 it is short and thick.':
    'Punta de la apófisis transversa de L5; el psoas mayor se inserta a lo largo de la cara anterior de las apófisis transversas lumbares. En L5 es corta y gruesa.',
  'L1 spinous process': 'Apófisis espinosa de L1',
  'The back tip of the L1 vertebra; acupuncture point BL22 lies level with it.':
    'El extremo posterior de la vértebra L1; el punto de acupuntura BL22 está a su altura.',
  'L2 spinous process': 'Apófisis espinosa de L2',
  'The back tip of the L2 vertebra; level of acupuncture points BL23 and GV4.':
    'El extremo posterior de la vértebra L2; nivel de los puntos de acupuntura BL23 y GV4.',
  'L3 spinous process': 'Apófisis espinosa de L3',
  'The back tip of the L3 vertebra.': 'El extremo posterior de la vértebra L3.',
  'L4 spinous process': 'Apófisis espinosa de L4',
  "The back tip of the L4 vertebra, usually on the line across the iliac crests (Tuffier's line); on the built-in model the crest line lies lower, at L5–S1.":
    'El extremo posterior de la vértebra L4, que suele estar en la línea que cruza las crestas ilíacas (línea de Tuffier); en el modelo incluido esa línea queda más baja, en L5–S1.',
  'L5 spinous process': 'Apófisis espinosa de L5',
  'The back tip of the L5 vertebra, the last one above the sacrum; level of acupuncture point BL26.':
    'El extremo posterior de la vértebra L5, la última por encima del sacro; nivel del punto de acupuntura BL26.',
  'Tip of the greater trochanter': 'Punta del trocánter mayor',
  'The top of the large bony bump on the outer side of the upper femur, where gluteus medius, gluteus minimus and piriformis attach.':
    'La parte más alta del gran relieve óseo del lado externo de la parte alta del fémur, donde se insertan el glúteo medio, el glúteo menor y el piriforme.',
  'Lesser trochanter': 'Trocánter menor',
  'A bony knob on the inner back side of the upper femur, where iliopsoas attaches.':
    'Una prominencia ósea en la cara posterointerna de la parte alta del fémur, donde se inserta el iliopsoas.',
  'Lateral epicondyle of the femur': 'Epicóndilo lateral del fémur',
  'The bump on the outer side of the lower end of the femur.':
    'El relieve del lado externo del extremo inferior del fémur.',
  'Medial epicondyle of the femur': 'Epicóndilo medial del fémur',
  'The bump on the inner side of the lower end of the femur.':
    'El relieve del lado interno del extremo inferior del fémur.',
  'Knee joint centre': 'Centro de la articulación de la rodilla',
  'The centre of the knee joint. A reference point of the model, used for posing and mechanics.':
    'El centro de la articulación de la rodilla. Un punto de referencia del modelo, usado para la postura y la mecánica.',
  'Centre of the patella': 'Centro de la rótula',
  'The middle of the kneecap.': 'El centro de la rótula.',
  'Apex (lower pole) of the patella': 'Vértice (polo inferior) de la rótula',
  'The pointed lower tip of the kneecap, where the patellar ligament starts; Chinese proportional tables treat the crease behind the knee as level with it.':
    'El extremo inferior puntiagudo de la rótula, donde nace el ligamento rotuliano; las tablas proporcionales chinas consideran que el pliegue de detrás de la rodilla está a su altura.',
  'Lateral end of the patellar base': 'Extremo lateral de la base de la rótula',
  'The outer end of the upper edge of the kneecap; a landmark for acupuncture points ST31 to ST34.':
    'El extremo externo del borde superior de la rótula; referencia de los puntos de acupuntura ST31 a ST34.',
  'Medial end of the patellar base': 'Extremo medial de la base de la rótula',
  'The inner end of the upper edge of the kneecap; a landmark for acupuncture point SP10.':
    'El extremo interno del borde superior de la rótula; referencia del punto de acupuntura SP10.',
  'Head of the fibula': 'Cabeza del peroné',
  'The knob at the top of the fibula; the common fibular nerve winds around the neck just below it.':
    'El relieve de la parte alta del peroné; el nervio peroneo común rodea el cuello justo por debajo.',
  'Tibial tuberosity': 'Tuberosidad tibial',
  'The bump on the front of the upper tibia where the patellar ligament attaches.':
    'El relieve de la parte anterior y alta de la tibia donde se inserta el ligamento rotuliano.',
  'Lateral knee eye (ST35)': 'Ojo lateral de la rodilla (ST35)',
  'The hollow on the outer side of the patellar ligament at the knee (acupuncture point ST35).':
    'El hueco del lado externo del ligamento rotuliano en la rodilla (punto de acupuntura ST35).',
  'Lateral end of the popliteal crease': 'Extremo lateral del pliegue poplíteo',
  'The outer end of the skin crease at the back of the knee, taken as level with the lower tip of the kneecap.':
    'El extremo externo del pliegue cutáneo de detrás de la rodilla, que se considera a la altura del extremo inferior de la rótula.',
  Umbilicus: 'Ombligo',
  'The navel, at about the level of the L3–L4 vertebrae.':
    'El ombligo, más o menos a la altura de las vértebras L3–L4.',
  'Midpoint of the gluteal fold': 'Punto medio del pliegue glúteo',
  'The middle of the skin fold under the buttock.': 'El centro del pliegue cutáneo bajo la nalga.',
  'Centre of the buttock quadrants': 'Centro de los cuadrantes de la nalga',
  'The crossing point of two lines that split the buttock into four equal parts (a definition used by a device maker).':
    'El cruce de dos líneas que dividen la nalga en cuatro partes iguales (una definición de un fabricante de equipos).',
  'Where psoas crosses the inguinal ligament': 'Cruce del psoas con el ligamento inguinal',
  'Where psoas passes under the inguinal ligament, roughly just lateral to the middle of the groin (an estimate).':
    'Donde el psoas pasa bajo el ligamento inguinal, más o menos justo lateral al centro de la ingle (una estimación).',
  'Entry of the ascending lateral circumflex femoral artery into TFL':
    'Entrada de la arteria circunfleja femoral lateral ascendente en el TFL',
  'Where the ascending branch of the lateral circumflex femoral artery enters tensor fasciae latae; its nerve branches enter close by.':
    'Donde la rama ascendente de la arteria circunfleja femoral lateral entra en el tensor de la fascia lata; sus ramas nerviosas entran cerca.',
};
