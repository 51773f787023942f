/**
 * Spanish for the texts of the anatomy reference cards, keyed by the English text so a sentence
 * shared by two cards is translated once: every card of a muscle, the iliotibial band, a nerve
 * or a bone in full (names, plain name, patient description, attachments, actions, supply,
 * course, parts, joints, clinical note, uncertainties). Latin names, synonyms, terminology and
 * source titles stay as published and are not here. A unit test fails when a card's text has no
 * entry.
 */
export const SPANISH_REFERENCE_TEXT: Readonly<Record<string, string>> = {
  'Gluteus maximus': 'Glúteo mayor',
  'big buttock muscle': 'músculo grande de la nalga',
  'The big muscle that gives your buttock its shape. It drives your leg backward so you can stand up, climb stairs and run.':
    'El músculo grande que da forma a la nalga. Lleva la pierna hacia atrás para que pueda ponerse de pie, subir escaleras y correr.',
  'Gluteus medius': 'Glúteo medio',
  'side-of-hip muscle': 'músculo del lateral de la cadera',
  'This muscle on the side of your hip keeps your hips level when you stand on one leg. When it is weak, your hip may dip or ache.':
    'Este músculo del lateral de la cadera mantiene la cadera nivelada cuando se apoya sobre una pierna. Si está débil, la cadera puede caer o doler.',
  'Gluteus minimus': 'Glúteo menor',
  'small deep buttock muscle': 'músculo pequeño y profundo de la nalga',
  'A small muscle under your side hip muscle. It keeps the ball of your hip steady and helps lift your leg out to the side.':
    'Un músculo pequeño debajo del músculo lateral de la cadera. Mantiene estable la cabeza del fémur y ayuda a separar la pierna hacia un lado.',
  'Psoas major': 'Psoas mayor',
  'deep hip flexor of the lower back': 'flexor profundo de la cadera que nace en la zona lumbar',
  'A long, deep muscle that runs from your lower back to the top of your thigh bone. It lifts your knee toward your chest.':
    'Un músculo largo y profundo que va desde la zona lumbar hasta la parte alta del fémur. Sube la rodilla hacia el pecho.',
  Iliacus: 'Ilíaco',
  'hip flexor inside the pelvis': 'flexor de la cadera dentro de la pelvis',
  'A fan-shaped muscle on the inside of your hip bone. It works with the psoas to lift your thigh forward.':
    'Un músculo en forma de abanico en la cara interna del hueso de la cadera. Trabaja con el psoas para llevar el muslo hacia delante.',
  'Tensor fasciae latae': 'Tensor de la fascia lata',
  'front-of-hip muscle that tightens the thigh band':
    'músculo de la parte delantera de la cadera que tensa la banda del muslo',
  'A small muscle at the front of your hip. It pulls on the long band down the outside of your thigh and helps lift your leg.':
    'Un músculo pequeño en la parte delantera de la cadera. Tira de la banda larga que baja por el lateral del muslo y ayuda a levantar la pierna.',
  Piriformis: 'Piriforme',
  'pear-shaped deep buttock muscle': 'músculo profundo de la nalga en forma de pera',
  'A small, deep muscle in the middle of your buttock that turns your leg outward. Your large sciatic nerve runs right next to it.':
    'Un músculo pequeño y profundo en el centro de la nalga que gira la pierna hacia fuera. El nervio ciático, el más grande, pasa justo a su lado.',
  'Iliotibial band': 'Cintilla iliotibial',
  'long band down the outside of the thigh': 'banda larga por el lateral del muslo',
  'A long, tough band of tissue down the outside of your thigh. Hip muscles pull on it to help keep your knee steady.':
    'Una banda de tejido larga y resistente que baja por el lateral del muslo. Los músculos de la cadera tiran de ella para ayudar a mantener estable la rodilla.',
  'Hip bone': 'Hueso coxal',
  'hip bone (one half of the pelvic ring)': 'hueso de la cadera (una mitad del anillo pélvico)',
  'Your two hip bones and the base of your spine form the ring of your pelvis. Your hip joints and many leg muscles are attached to it.':
    'Los dos huesos de la cadera y la base de la columna forman el anillo de la pelvis. En él se apoyan las articulaciones de la cadera y se sujetan muchos músculos de la pierna.',
  Sacrum: 'Sacro',
  'base-of-spine bone': 'hueso de la base de la columna',
  'The flat, triangle-shaped bone at the bottom of your spine, set between your two hip bones.':
    'El hueso plano y triangular de la parte baja de la columna, encajado entre los dos huesos de la cadera.',
  Coccyx: 'Cóccix',
  tailbone: 'rabadilla',
  'Your tailbone: a small bone at the very bottom of your spine.':
    'La rabadilla: un hueso pequeño en el extremo inferior de la columna.',
  'First lumbar vertebra (L1)': 'Primera vértebra lumbar (L1)',
  'top lower-back bone': 'hueso más alto de la zona lumbar',
  'The top bone of your lower back, just below your ribs.':
    'El hueso más alto de la zona lumbar, justo debajo de las costillas.',
  'Second lumbar vertebra (L2)': 'Segunda vértebra lumbar (L2)',
  'second lower-back bone': 'segundo hueso de la zona lumbar',
  'The second bone of your lower back. Nerves that reach the front of your thigh start near here.':
    'El segundo hueso de la zona lumbar. Cerca de aquí nacen nervios que llegan a la parte delantera del muslo.',
  'Third lumbar vertebra (L3)': 'Tercera vértebra lumbar (L3)',
  'middle lower-back bone': 'hueso central de la zona lumbar',
  'The middle bone of your lower back, at about the height of your belly button.':
    'El hueso central de la zona lumbar, más o menos a la altura del ombligo.',
  'Fourth lumbar vertebra (L4)': 'Cuarta vértebra lumbar (L4)',
  'lower-back bone at belt level': 'hueso lumbar a la altura del cinturón',
  'The lower-back bone at about belt height. Disc problems that cause leg pain are common here.':
    'El hueso lumbar que está más o menos a la altura del cinturón. Aquí son frecuentes los problemas de disco que causan dolor en la pierna.',
  'Fifth lumbar vertebra (L5)': 'Quinta vértebra lumbar (L5)',
  'lowest lower-back bone': 'hueso más bajo de la zona lumbar',
  'The last and biggest bone of your lower back. It sits right on top of the sacrum.':
    'El último y más grande de los huesos de la zona lumbar. Se apoya justo encima del sacro.',
  Femur: 'Fémur',
  'thigh bone': 'hueso del muslo',
  'Your thigh bone: the longest, strongest bone in your body. It runs from your hip to your knee.':
    'El hueso del muslo: el más largo y fuerte del cuerpo. Va de la cadera a la rodilla.',
  Patella: 'Rótula',
  kneecap: 'rótula',
  'Your kneecap: a small bone at the front of your knee that helps your thigh muscles straighten your leg.':
    'La rótula: un hueso pequeño en la parte delantera de la rodilla que ayuda a los músculos del muslo a estirar la pierna.',
  Tibia: 'Tibia',
  'shin bone': 'hueso de la espinilla',
  'Your shin bone: the large bone in your lower leg that carries your weight.':
    'El hueso de la espinilla: el hueso grande de la pierna, debajo de la rodilla, que soporta el peso.',
  Fibula: 'Peroné',
  'thin outer leg bone': 'hueso fino del lado externo de la pierna',
  'The thin bone on the outer side of your lower leg. It steadies your ankle and anchors muscles.':
    'El hueso fino del lado externo de la pierna, debajo de la rodilla. Da estabilidad al tobillo y sirve de anclaje a músculos.',
  'Sciatic nerve': 'Nervio ciático',
  'large leg nerve': 'nervio grande de la pierna',
  'Your largest nerve. It runs from your lower back through your buttock and down the back of your leg to your foot.':
    'El nervio más grande del cuerpo. Va desde la zona lumbar, pasa por la nalga y baja por la parte de atrás de la pierna hasta el pie.',
  'Superior gluteal nerve': 'Nervio glúteo superior',
  'upper buttock nerve': 'nervio de la parte alta de la nalga',
  'A nerve that powers the muscles on the side of your hip. Those muscles keep your pelvis level as you walk.':
    'Un nervio que activa los músculos del lateral de la cadera. Esos músculos mantienen la pelvis nivelada al caminar.',
  'Inferior gluteal nerve': 'Nervio glúteo inferior',
  'lower buttock nerve': 'nervio de la parte baja de la nalga',
  'The nerve that powers your large buttock muscle.':
    'El nervio que activa el músculo grande de la nalga.',
  'Femoral nerve': 'Nervio femoral',
  'front-of-thigh nerve': 'nervio de la parte delantera del muslo',
  'The main nerve at the front of your thigh. It lets you straighten your knee and feel the front of your thigh.':
    'El nervio principal de la parte delantera del muslo. Permite estirar la rodilla y sentir la parte delantera del muslo.',
  'Lateral femoral cutaneous nerve': 'Nervio cutáneo femoral lateral',
  'outer-thigh skin nerve': 'nervio de la piel del lateral del muslo',
  'A nerve that gives feeling to the skin of your outer thigh. If it is pinched near your hip bone, that skin can burn or go numb.':
    'Un nervio que da sensibilidad a la piel del lateral del muslo. Si se pinza cerca del hueso de la cadera, esa piel puede arder o quedarse dormida.',
  'Lumbar plexus': 'Plexo lumbar',
  'lower-back nerve network': 'red de nervios de la zona lumbar',
  'A web of nerves inside the deep muscle of your lower back. It sends nerves to the front, inner and outer thigh.':
    'Una red de nervios dentro del músculo profundo de la zona lumbar. Envía nervios a las caras delantera, interna y externa del muslo.',
  'Quadratus lumborum': 'Cuadrado lumbar',
  'deep side-of-the-low-back muscle': 'músculo profundo del lateral de la zona lumbar',
  'A flat muscle deep in your low back, between your lowest rib and your pelvis.':
    'Un músculo plano y profundo de la zona lumbar, entre la última costilla y la pelvis.',
  'Erector spinae (lumbar)': 'Erector de la columna (lumbar)',
  'long back muscle': 'músculo largo de la espalda',
  'The long muscles that run up each side of your spine and hold you upright.':
    'Los músculos largos que suben a cada lado de la columna y le mantienen erguido.',
  'Multifidus (lumbar)': 'Multífido (lumbar)',
  'deep spine stabilising muscle': 'músculo profundo estabilizador de la columna',
  'Small, deep muscles that hold each bone of your low back steady.':
    'Músculos pequeños y profundos que mantienen estable cada hueso de la zona lumbar.',
  'Gemelli (superior and inferior)': 'Gemelos (superior e inferior)',
  'twin small hip rotators': 'pequeños rotadores gemelos de la cadera',
  'Two small muscles deep in your buttock that turn your leg outward.':
    'Dos músculos pequeños en lo profundo de la nalga que giran la pierna hacia fuera.',
  'Obturator internus': 'Obturador interno',
  'inner obturator hip rotator': 'rotador de la cadera obturador interno',
  'A fan-shaped muscle inside your pelvis whose tendon turns your leg outward.':
    'Un músculo en abanico dentro de la pelvis cuyo tendón gira la pierna hacia fuera.',
  'Obturator externus': 'Obturador externo',
  'outer obturator hip rotator': 'rotador de la cadera obturador externo',
  'A deep muscle on the front of your pelvis that winds under the hip to turn it outward.':
    'Un músculo profundo en la parte delantera de la pelvis que pasa por debajo de la cadera para girarla hacia fuera.',
  'Quadratus femoris': 'Cuadrado femoral',
  'square hip rotator': 'rotador cuadrado de la cadera',
  'A small square muscle deep in your buttock that turns your leg outward.':
    'Un músculo pequeño y cuadrado en lo profundo de la nalga que gira la pierna hacia fuera.',
  'Adductor magnus': 'Aductor mayor',
  'big inner-thigh muscle': 'músculo grande de la cara interna del muslo',
  'The biggest muscle of your inner thigh. It pulls your legs together.':
    'El músculo más grande de la cara interna del muslo. Junta las piernas.',
  'Adductor longus': 'Aductor largo',
  'long groin muscle': 'músculo largo de la ingle',
  'The groin muscle you can feel as a cord near the pubic bone. It pulls your legs together.':
    'El músculo de la ingle que se nota como un cordón cerca del pubis. Junta las piernas.',
  'Adductor brevis': 'Aductor corto',
  'short groin muscle': 'músculo corto de la ingle',
  'A short muscle deep in your groin that pulls your legs together.':
    'Un músculo corto y profundo de la ingle que junta las piernas.',
  Pectineus: 'Pectíneo',
  'flat groin muscle': 'músculo plano de la ingle',
  'A flat muscle at the top of your inner thigh that lifts the leg and pulls it in.':
    'Un músculo plano en la parte alta de la cara interna del muslo que levanta la pierna y la acerca a la otra.',
  Gracilis: 'Grácil',
  'slender inner-thigh muscle': 'músculo delgado de la cara interna del muslo',
  'A thin strap along the inside of your thigh to below the knee.':
    'Una tira fina a lo largo de la cara interna del muslo que llega hasta debajo de la rodilla.',
  Sartorius: 'Sartorio',
  "tailor's muscle": 'músculo del sastre',
  'The longest muscle in your body, running across the front of your thigh.':
    'El músculo más largo del cuerpo; cruza en diagonal la parte delantera del muslo.',
  'Rectus femoris': 'Recto femoral',
  'front thigh muscle (quadriceps)': 'músculo de la parte delantera del muslo (cuádriceps)',
  'The middle muscle of the front of your thigh. It straightens your knee and lifts your leg.':
    'El músculo central de la parte delantera del muslo. Estira la rodilla y levanta la pierna.',
  'Vastus lateralis': 'Vasto lateral',
  'outer thigh muscle (quadriceps)': 'músculo del lateral del muslo (cuádriceps)',
  'The big muscle on the outside of your thigh. It straightens your knee.':
    'El músculo grande del lado externo del muslo. Estira la rodilla.',
  'Vastus intermedius': 'Vasto intermedio',
  'deep front thigh muscle (quadriceps)':
    'músculo profundo de la parte delantera del muslo (cuádriceps)',
  'A deep thigh muscle lying on the bone under the front thigh muscle. It straightens your knee.':
    'Un músculo profundo del muslo, apoyado sobre el hueso bajo el músculo delantero del muslo. Estira la rodilla.',
  'Vastus medialis': 'Vasto medial',
  'inner thigh muscle above the knee (quadriceps)':
    'músculo de la cara interna del muslo encima de la rodilla (cuádriceps)',
  'The teardrop-shaped muscle above the inside of your knee. It straightens your knee.':
    'El músculo en forma de lágrima encima de la cara interna de la rodilla. Estira la rodilla.',
  'Biceps femoris (long head)': 'Bíceps femoral (cabeza larga)',
  'outer hamstring': 'isquiotibial externo',
  'The outer hamstring at the back of your thigh. It bends your knee and pulls your leg back.':
    'El isquiotibial externo, en la parte de atrás del muslo. Dobla la rodilla y lleva la pierna hacia atrás.',
  Semitendinosus: 'Semitendinoso',
  'inner hamstring with a long tendon': 'isquiotibial interno con un tendón largo',
  'An inner hamstring with a long cord-like tendon at the back of your knee.':
    'Un isquiotibial interno con un tendón largo, como un cordón, detrás de la rodilla.',
  Semimembranosus: 'Semimembranoso',
  'deep inner hamstring': 'isquiotibial interno profundo',
  'The deepest inner hamstring. It bends your knee and pulls your leg back.':
    'El isquiotibial interno más profundo. Dobla la rodilla y lleva la pierna hacia atrás.',
  'The outer ilium behind the posterior gluteal line, with the rear part of the iliac crest next to it. Also the lower back of the sacrum, the side of the coccyx, the thoracolumbar fascia and the sacrotuberous ligament.':
    'La cara externa del ilion por detrás de la línea glútea posterior, con la parte posterior de la cresta ilíaca contigua. También la parte baja de la cara posterior del sacro, el borde del cóccix, la fascia toracolumbar y el ligamento sacrotuberoso.',
  "Most fibres, the upper and superficial ones, join the iliotibial tract, which runs down to Gerdy's tubercle on the front of the lateral tibial condyle. The deep lower fibres attach to the gluteal tuberosity at the back of the upper femur.":
    'La mayoría de las fibras, las superiores y superficiales, se unen a la cintilla iliotibial, que baja hasta el tubérculo de Gerdy en la parte anterior del cóndilo lateral de la tibia. Las fibras profundas inferiores se insertan en la tuberosidad glútea, en la cara posterior de la parte alta del fémur.',
  'Extends the hip. It works hardest when rising from a bent hip, as in climbing stairs or standing up from a chair.':
    'Extiende la cadera. Trabaja más al levantarse desde la cadera flexionada, como al subir escaleras o levantarse de una silla.',
  'With the foot planted, it tilts the pelvis back and helps bring the trunk upright.':
    'Con el pie apoyado, inclina la pelvis hacia atrás y ayuda a enderezar el tronco.',
  'Its upper fibres help move the thigh out to the side (abduction).':
    'Sus fibras superiores ayudan a separar el muslo hacia fuera (abducción).',
  'Its lower fibres help pull the thigh in (adduction).':
    'Sus fibras inferiores ayudan a acercar el muslo (aducción).',
  'Turns the thigh outward (lateral rotation).': 'Gira el muslo hacia fuera (rotación externa).',
  'Pulls on the iliotibial tract and so helps hold the straightened knee steady.':
    'Tira de la cintilla iliotibial y así ayuda a mantener estable la rodilla extendida.',
  'Inferior gluteal artery (main supply) and the superficial branch of the superior gluteal artery.':
    'Arteria glútea inferior (aporte principal) y rama superficial de la arteria glútea superior.',
  'First perforating branch of the deep femoral artery, through the cruciate anastomosis.':
    'Primera arteria perforante de la arteria femoral profunda, a través de la anastomosis cruciforme.',
  'It covers the back part of gluteus medius, piriformis and the short lateral rotators. The sciatic nerve runs under its lower half.':
    'Cubre la parte posterior del glúteo medio, el piriforme y los rotadores externos cortos. El nervio ciático pasa por debajo de su mitad inferior.',
  'Weakness, for example after an injury to the inferior gluteal nerve, makes stairs and rising from a chair hard. It can cause a backward lean of the trunk at heel strike (gluteus maximus lurch). The sciatic nerve runs under its lower middle part, so deep needles or injections there need care.':
    'La debilidad, por ejemplo tras una lesión del nervio glúteo inferior, dificulta subir escaleras y levantarse de una silla. Puede producir una inclinación del tronco hacia atrás en el apoyo del talón (marcha de glúteo mayor). El nervio ciático pasa por debajo de su parte media inferior, así que las agujas o infiltraciones profundas en esa zona requieren precaución.',
  'Sources disagree on how much of the muscle ends in the iliotibial tract rather than on the femur: about three quarters in some, about two thirds in others.':
    'Las fuentes discrepan sobre qué parte del músculo termina en la cintilla iliotibial y no en el fémur: unas tres cuartas partes según unas, unos dos tercios según otras.',
  'The outer surface of the ilium between the anterior and posterior gluteal lines, just below the iliac crest, and the gluteal aponeurosis that covers it.':
    'La cara externa del ilion entre las líneas glúteas anterior y posterior, justo por debajo de la cresta ilíaca, y la aponeurosis glútea que la cubre.',
  'A flat tendon onto the side of the greater trochanter (its lateral and upper-back facets). A bursa sits under the tendon.':
    'Un tendón plano en el lateral del trocánter mayor (sus carillas lateral y posterosuperior). Bajo el tendón hay una bolsa serosa.',
  'Front fibres help bend the hip (flexion).':
    'Las fibras anteriores ayudan a flexionar la cadera (flexión).',
  'Back fibres help straighten the hip (extension).':
    'Las fibras posteriores ayudan a extender la cadera (extensión).',
  'The main muscle that moves the thigh out to the side (hip abduction).':
    'El músculo principal que separa el muslo hacia fuera (abducción de cadera).',
  'When you stand on one leg, it keeps the pelvis level so the other side does not drop.':
    'Al apoyarse sobre una pierna, mantiene la pelvis nivelada para que el otro lado no caiga.',
  'Front fibres turn the thigh inward (medial rotation).':
    'Las fibras anteriores giran el muslo hacia dentro (rotación interna).',
  'Back fibres help turn it outward (lateral rotation).':
    'Las fibras posteriores ayudan a girarlo hacia fuera (rotación externa).',
  'Some sources list L5 and S1 only.': 'Algunas fuentes solo indican L5 y S1.',
  'Deep branch of the superior gluteal artery.': 'Rama profunda de la arteria glútea superior.',
  'Small additions from the inferior gluteal artery and the trochanteric anastomosis.':
    'Pequeños aportes de la arteria glútea inferior y de la anastomosis trocantérea.',
  'Its back third lies under gluteus maximus. Its front two thirds lie under the gluteal aponeurosis and tensor fasciae latae, so on the side of the hip part of it is close to the surface.':
    'Su tercio posterior está bajo el glúteo mayor. Sus dos tercios anteriores están bajo la aponeurosis glútea y el tensor de la fascia lata, así que en el lateral de la cadera parte del músculo queda cerca de la superficie.',
  'Marked weakness or an injury to the superior gluteal nerve gives a positive Trendelenburg sign: in single-leg stance the pelvis drops toward the lifted leg, or the trunk leans over to make up for it. Yet in healthy men, a nerve block that took away about half of abductor strength did not change pelvic drop. Damage or tears of its tendon at the greater trochanter are a leading cause of greater trochanteric pain syndrome: pain on the side of the hip, most common in women aged 40 to 60.':
    'Una debilidad marcada o una lesión del nervio glúteo superior da un signo de Trendelenburg positivo: en apoyo monopodal la pelvis cae hacia la pierna levantada, o el tronco se inclina para compensarlo. Sin embargo, en hombres sanos, un bloqueo nervioso que redujo la fuerza abductora a la mitad aproximadamente no cambió la caída de la pelvis. Las lesiones o roturas de su tendón en el trocánter mayor son una causa principal del síndrome de dolor trocantéreo mayor: dolor en el lateral de la cadera, más frecuente en mujeres de 40 a 60 años.',
  'The outer surface of the ilium between the anterior and inferior gluteal lines, and the edge of the greater sciatic notch.':
    'La cara externa del ilion entre las líneas glúteas anterior e inferior, y el borde de la escotadura ciática mayor.',
  'The front surface of the greater trochanter. A slip joins the hip joint capsule, and a small bursa lies under the tendon.':
    'La cara anterior del trocánter mayor. Un fascículo se une a la cápsula de la articulación de la cadera, y bajo el tendón hay una pequeña bolsa serosa.',
  'Moves the thigh out to the side together with gluteus medius.':
    'Separa el muslo hacia fuera junto con el glúteo medio.',
  'Helps keep the pelvis level when you stand on one leg.':
    'Ayuda a mantener la pelvis nivelada al apoyarse sobre una pierna.',
  'Helps keep the head of the femur centred in the hip socket.':
    'Ayuda a mantener centrada la cabeza del fémur en el acetábulo.',
  'Trochanteric anastomosis.': 'Anastomosis trocantérea.',
  'It lies under gluteus medius. The superior gluteal nerve and the deep branch of the superior gluteal vessels run between the two muscles.':
    'Está bajo el glúteo medio. El nervio glúteo superior y la rama profunda de los vasos glúteos superiores discurren entre los dos músculos.',
  'Its tendon is often affected along with gluteus medius in greater trochanteric pain syndrome: the greater trochanter is tender and lying on that side hurts. Trigger-point teaching says it can send pain down the side and back of the thigh, which can be mistaken for sciatica; the evidence for this is weak.':
    'Su tendón suele afectarse junto con el del glúteo medio en el síndrome de dolor trocantéreo mayor: el trocánter mayor duele a la presión y tumbarse sobre ese lado resulta doloroso. La enseñanza sobre puntos gatillo dice que puede irradiar dolor por el lateral y la parte posterior del muslo, que puede confundirse con una ciática; la evidencia para ello es débil.',
  'The pain pattern down the side and back of the leg comes from trigger-point manuals (Travell and Simons), not from controlled studies.':
    'El patrón de dolor por el lateral y la parte posterior de la pierna procede de manuales de puntos gatillo (Travell y Simons), no de estudios controlados.',
  'The sides of the vertebral bodies from T12 to L5 (some sources say L4) and the discs between them, and the front and lower edges of the transverse processes of L1 to L5.':
    'Las caras laterales de los cuerpos vertebrales de T12 a L5 (algunas fuentes dicen L4) y los discos entre ellos, y los bordes anterior e inferior de las apófisis transversas de L1 a L5.',
  'The lesser trochanter of the femur, through a tendon it shares with iliacus (together called iliopsoas).':
    'El trocánter menor del fémur, mediante un tendón que comparte con el ilíaco (juntos, el iliopsoas).',
  'Bends the hip (flexion); with iliacus it is the main hip flexor.':
    'Flexiona la cadera (flexión); con el ilíaco es el principal flexor de la cadera.',
  'With the legs fixed, bends the trunk toward the thighs, as in a sit-up.':
    'Con las piernas fijas, flexiona el tronco hacia los muslos, como en un abdominal.',
  'Working on one side only, bends the lumbar spine to that side.':
    'Actuando de un solo lado, inclina la columna lumbar hacia ese lado.',
  'May turn the thigh slightly outward (lateral rotation); this is disputed.':
    'Puede girar ligeramente el muslo hacia fuera (rotación externa); es discutido.',
  'Stiffens and steadies the lumbar spine and the hip.':
    'Da rigidez y estabilidad a la columna lumbar y a la cadera.',
  'Direct branches of the lumbar plexus (anterior rami)':
    'Ramas directas del plexo lumbar (ramos anteriores)',
  'Mostly L2; some texts add L4.': 'Sobre todo L2; algunos textos añaden L4.',
  'Lumbar arteries.': 'Arterias lumbares.',
  'Lumbar branch of the iliolumbar artery.': 'Rama lumbar de la arteria iliolumbar.',
  'Smaller branches of the deep circumflex iliac, external iliac and femoral arteries.':
    'Ramas menores de las arterias circunfleja ilíaca profunda, ilíaca externa y femoral.',
  'It lies in the back wall of the abdomen beside the lumbar spine. The lumbar plexus forms inside it, and the femoral nerve comes out at its outer (lateral) edge.':
    'Está en la pared posterior del abdomen, junto a la columna lumbar. El plexo lumbar se forma en su interior, y el nervio femoral sale por su borde externo (lateral).',
  'Iliopsoas problems such as tendinopathy, bursitis or an internal snapping hip cause deep pain in the groin or the front of the hip. The lumbar plexus runs through the muscle, so an abscess or bleed in psoas can also irritate the femoral nerve. A short or tight psoas is often blamed for a forward pelvic tilt, but the evidence for that link is weak.':
    'Los problemas del iliopsoas, como la tendinopatía, la bursitis o la cadera en resorte interna, producen dolor profundo en la ingle o en la parte delantera de la cadera. El plexo lumbar atraviesa el músculo, así que un absceso o un hematoma del psoas también puede irritar el nervio femoral. A menudo se culpa a un psoas corto o acortado de la anteversión pélvica, pero la evidencia de esa relación es débil.',
  'Whether psoas rotates the hip is disputed.': 'Es discutido si el psoas rota la cadera.',
  'Evidence that a tight psoas causes pelvic tilt or back pain is weak.':
    'La evidencia de que un psoas acortado cause anteversión pélvica o dolor lumbar es débil.',
  'The upper two thirds of the iliac fossa and the inner lip of the iliac crest; the front sacroiliac and iliolumbar ligaments and the top of the sacrum. At the front it reaches toward the ASIS and AIIS.':
    'Los dos tercios superiores de la fosa ilíaca y el labio interno de la cresta ilíaca; los ligamentos sacroilíacos anteriores e iliolumbares y la parte alta del sacro. Por delante llega hacia la EIAS y la EIAI.',
  'The outer side of the psoas major tendon and the lesser trochanter, with some fibres on the femoral shaft just below it.':
    'El borde externo del tendón del psoas mayor y el trocánter menor, con algunas fibras en la diáfisis femoral justo por debajo.',
  'Bends the hip (flexion) together with psoas major.':
    'Flexiona la cadera (flexión) junto con el psoas mayor.',
  'With the leg fixed, tilts the pelvis forward.':
    'Con la pierna fija, inclina la pelvis hacia delante.',
  'Plays a small part in hip rotation; sources differ on the direction.':
    'Interviene poco en la rotación de la cadera; las fuentes difieren en el sentido.',
  'Femoral nerve (muscle branches given off inside the pelvis)':
    'Nervio femoral (ramas musculares que salen dentro de la pelvis)',
  'Iliac branch of the iliolumbar artery.': 'Rama ilíaca de la arteria iliolumbar.',
  'Deep circumflex iliac artery.': 'Arteria circunfleja ilíaca profunda.',
  'Branches of the obturator artery.': 'Ramas de la arteria obturatriz.',
  'Branches of the circumflex femoral arteries near the insertion.':
    'Ramas de las arterias circunflejas femorales cerca de la inserción.',
  'It lines the inner face of the iliac wing, under the iliac fascia and the abdominal organs.':
    'Tapiza la cara interna del ala ilíaca, bajo la fascia ilíaca y los órganos abdominales.',
  'Bleeding into iliacus, for example in people on blood thinners, can press on the femoral nerve and cause weakness and numbness of the thigh. Like psoas, it can cause deep groin pain and a painful snapping hip.':
    'Un sangrado dentro del ilíaco, por ejemplo en personas que toman anticoagulantes, puede comprimir el nervio femoral y causar debilidad y adormecimiento del muslo. Como el psoas, puede causar dolor profundo en la ingle y una cadera en resorte dolorosa.',
  'Sources disagree on whether its small rotation effect turns the thigh inward or outward.':
    'Las fuentes discrepan sobre si su pequeño efecto de rotación gira el muslo hacia dentro o hacia fuera.',
  'The outer surface of the ASIS and the front part of the outer lip of the iliac crest, and the deep face of the fascia lata.':
    'La cara externa de la EIAS y la parte anterior del labio externo de la cresta ilíaca, y la cara profunda de la fascia lata.',
  "Into the iliotibial tract, between its layers, about a third of the way down the thigh. The tract then attaches to Gerdy's tubercle (the tubercle of the iliotibial tract) on the lateral tibial condyle.":
    'En la cintilla iliotibial, entre sus hojas, a un tercio aproximadamente del muslo. La cintilla se inserta después en el tubérculo de Gerdy (tubérculo del tracto iliotibial), en el cóndilo lateral de la tibia.',
  'Helps bend the hip (flexion).': 'Ayuda a flexionar la cadera (flexión).',
  'Through the iliotibial tract, helps hold the straightened knee steady.':
    'A través de la cintilla iliotibial, ayuda a mantener estable la rodilla extendida.',
  'Helps move the thigh out to the side (abduction).':
    'Ayuda a separar el muslo hacia fuera (abducción).',
  'Steadies the pelvis on the femur while standing.':
    'Estabiliza la pelvis sobre el fémur en bipedestación.',
  'Helps turn the thigh inward (medial rotation).':
    'Ayuda a girar el muslo hacia dentro (rotación interna).',
  'Some sources list L4 and L5 only.': 'Algunas fuentes solo indican L4 y L5.',
  'Ascending branch of the lateral circumflex femoral artery.':
    'Rama ascendente de la arteria circunfleja femoral lateral.',
  'Superior gluteal artery.': 'Arteria glútea superior.',
  'It sits just below and behind the ASIS, wrapped in the fascia lata. The lateral femoral cutaneous nerve usually passes close by, just medial to the ASIS.':
    'Está justo por debajo y por detrás de la EIAS, envuelto en la fascia lata. El nervio cutáneo femoral lateral suele pasar cerca, justo medial a la EIAS.',
  'It often works harder when gluteus medius is weak. With the iliotibial tract, it is linked to pain on the side of the hip and knee and to the external snapping hip. Burning or numbness over the outer thigh near here points to a trapped lateral femoral cutaneous nerve (meralgia paresthetica), not to a muscle problem.':
    'A menudo trabaja más cuando el glúteo medio está débil. Junto con la cintilla iliotibial, se relaciona con el dolor en el lateral de la cadera y de la rodilla y con la cadera en resorte externa. El ardor o el adormecimiento en el lateral del muslo cerca de aquí apuntan a un atrapamiento del nervio cutáneo femoral lateral (meralgia parestésica), no a un problema muscular.',
  'The front (pelvic) surface of the sacrum, between and beside the second to fourth anterior sacral foramina; the upper edge of the greater sciatic notch; and the sacrotuberous ligament.':
    'La cara anterior (pélvica) del sacro, entre y junto a los agujeros sacros anteriores segundo a cuarto; el borde superior de la escotadura ciática mayor; y el ligamento sacrotuberoso.',
  'The inner part of the upper border of the greater trochanter. Its tendon often merges with the shared tendon of obturator internus and the gemelli.':
    'La parte interna del borde superior del trocánter mayor. Su tendón a menudo se fusiona con el tendón común del obturador interno y los gemelos.',
  'Moves the bent hip out to the side (abduction).':
    'Separa hacia fuera la cadera flexionada (abducción).',
  'Turns the straightened hip outward (lateral rotation).':
    'Gira hacia fuera la cadera extendida (rotación externa).',
  'When the hip is bent far forward, this rotation weakens or reverses; the reported angle varies.':
    'Con la cadera muy flexionada, esta rotación se debilita o se invierte; el ángulo publicado varía.',
  'Helps keep the head of the femur in the socket.':
    'Ayuda a mantener la cabeza del fémur en el acetábulo.',
  'Nerve to piriformis (a branch of the sacral plexus)':
    'Nervio del piriforme (una rama del plexo sacro)',
  'Some sources add L5.': 'Algunas fuentes añaden L5.',
  'Superior and inferior gluteal arteries.': 'Arterias glúteas superior e inferior.',
  'Lateral sacral artery.': 'Arteria sacra lateral.',
  'Branches of the internal pudendal artery.': 'Ramas de la arteria pudenda interna.',
  'It leaves the pelvis through the greater sciatic foramen and divides it into a part above and a part below the muscle. The superior gluteal vessels and nerve come out above it; the sciatic and inferior gluteal nerves come out below it. Anatomy texts class it as a deep muscle; the viewer peels it with the middle layer because it lies directly under gluteus maximus, beside gluteus medius.':
    'Sale de la pelvis por el agujero ciático mayor y lo divide en una parte por encima y otra por debajo del músculo. Los vasos y el nervio glúteos superiores salen por encima; los nervios ciático y glúteo inferior, por debajo. Los textos de anatomía lo clasifican como músculo profundo; el visor lo retira con el plano intermedio porque está justo debajo del glúteo mayor, junto al glúteo medio.',
  'The sciatic nerve runs below it, and in about 10 to 17% of people through or above it. Irritation of the nerve here can cause buttock pain that spreads down the leg (piriformis or deep gluteal syndrome). In embalmed donors (Hannah 2023, 14 sides), a medial needle pierced the sciatic nerve on 11 of 14 sides, a midpoint needle touched it on 3 of 14 and a lateral needle on none, but the lateral needle reached piriformis on only 3 of 14; the authors favoured the midpoint. In unembalmed hips (Kearns 2018), medial-third needling reached piriformis on 16 of 19 with no sciatic puncture. The studies disagree on medial placement; image guidance removes the guesswork.':
    'El nervio ciático pasa por debajo de él y, en un 10 a 17 % de las personas, a través o por encima. La irritación del nervio aquí puede causar dolor en la nalga que se extiende por la pierna (síndrome del piriforme o glúteo profundo). En donantes embalsamados (Hannah 2023, 14 lados), una aguja medial atravesó el nervio ciático en 11 de 14 lados, una aguja en el punto medio lo tocó en 3 de 14 y una lateral en ninguno, aunque la lateral solo alcanzó el piriforme en 3 de 14; los autores prefirieron el punto medio. En caderas sin embalsamar (Kearns 2018), la punción del tercio medial alcanzó el piriforme en 16 de 19 sin punción del ciático. Los estudios discrepan sobre la localización medial; la guía por imagen elimina las conjeturas.',
  'Reports disagree on the hip flexion angle at which piriformis stops turning the thigh outward.':
    'Los estudios discrepan sobre el ángulo de flexión de cadera a partir del cual el piriforme deja de girar el muslo hacia fuera.',
  'How common sciatic nerve variants are differs between meta-analyses (about 10% versus 16.9%) and between populations.':
    'La frecuencia de las variantes del nervio ciático difiere entre metaanálisis (alrededor del 10 % frente al 16,9 %) y entre poblaciones.',
  'A thickened strip of the fascia lata on the outer thigh. At hip level it receives tensor fasciae latae and most of gluteus maximus (its upper and superficial fibres).':
    'Un engrosamiento de la fascia lata en el lateral del muslo. A la altura de la cadera recibe el tensor de la fascia lata y la mayor parte del glúteo mayor (sus fibras superiores y superficiales).',
  "Gerdy's tubercle (the tubercle of the iliotibial tract) on the front of the lateral tibial condyle.":
    'El tubérculo de Gerdy (tubérculo del tracto iliotibial), en la parte anterior del cóndilo lateral de la tibia.',
  'Carries the pull of tensor fasciae latae and gluteus maximus down to the knee, helping hold the straightened knee steady.':
    'Transmite la tracción del tensor de la fascia lata y del glúteo mayor hasta la rodilla, y ayuda a mantener estable la rodilla extendida.',
  'It is fascia, not muscle: it passes on force but cannot contract.':
    'Es fascia, no músculo: transmite fuerza pero no puede contraerse.',
  'It lies just under the skin and fat of the outer thigh.':
    'Está justo bajo la piel y el tejido adiposo del lateral del muslo.',
  "Where the band crosses the outer knee to reach Gerdy's tubercle, it links hip muscle function to pain on the outside of the knee. With tensor fasciae latae, it is linked to the external snapping hip.":
    'Donde la banda cruza el lateral de la rodilla para llegar al tubérculo de Gerdy, relaciona la función de los músculos de la cadera con el dolor en la cara externa de la rodilla. Junto con el tensor de la fascia lata, se relaciona con la cadera en resorte externa.',
  'This card is assembled from the sources for tensor fasciae latae, gluteus maximus and the tibia; no source about the band alone was reviewed.':
    'Esta ficha se ha elaborado con las fuentes del tensor de la fascia lata, el glúteo mayor y la tibia; no se revisó ninguna fuente sobre la banda por sí sola.',
  'The largest branch of the sacral plexus (part of the lumbosacral plexus).':
    'La rama más grande del plexo sacro (parte del plexo lumbosacro).',
  'It leaves the pelvis through the greater sciatic foramen, normally below piriformis (about 90% of people in a 2020 meta-analysis). It then runs under gluteus maximus, over the short lateral rotators, about halfway between the ischial tuberosity and the greater trochanter. It continues down the back of the thigh under the long head of biceps femoris and usually splits into the tibial and common fibular nerves near the top of the popliteal fossa.':
    'Sale de la pelvis por el agujero ciático mayor, normalmente por debajo del piriforme (alrededor del 90 % de las personas en un metaanálisis de 2020). Después pasa bajo el glúteo mayor, sobre los rotadores externos cortos, más o menos a medio camino entre la tuberosidad isquiática y el trocánter mayor. Sigue por la parte posterior del muslo bajo la cabeza larga del bíceps femoral y suele dividirse en los nervios tibial y peroneo común cerca de la parte alta de la fosa poplítea.',
  'In living adults (CT), it lies about one third of the way along a line from the PSIS to the ischial tuberosity, and about halfway between the ischial tuberosity (5.8 ± 0.8 cm) and the greater trochanter (6.2 ± 1.0 cm).':
    'En adultos vivos (TC), está a un tercio aproximadamente de la línea que va de la EIPS a la tuberosidad isquiática, y más o menos a medio camino entre la tuberosidad isquiática (5,8 ± 0,8 cm) y el trocánter mayor (6,2 ± 1,0 cm).',
  'The hamstrings and the hamstring part of adductor magnus.':
    'Los isquiotibiales y la parte isquiotibial del aductor mayor.',
  'Through its tibial and common fibular branches, every muscle below the knee.':
    'A través de sus ramas tibial y peronea común, todos los músculos por debajo de la rodilla.',
  'Most of the leg and foot, except the inner side, which the saphenous nerve supplies.':
    'La mayor parte de la pierna y el pie, salvo el lado interno, que inerva el nervio safeno.',
  "'Sciatica' usually means irritation of its L4 to S1 roots in the spine, often by a disc herniation. The nerve can also be irritated in the buttock (piriformis or deep gluteal syndrome) or injured by badly placed buttock injections and by hip surgery. Acupuncture points GB30, BL36 and BL54 lie over or near its path.":
    'La «ciática» suele referirse a la irritación de sus raíces L4 a S1 en la columna, a menudo por una hernia discal. El nervio también puede irritarse en la nalga (síndrome del piriforme o glúteo profundo) o lesionarse por inyecciones glúteas mal situadas y por cirugía de cadera. Los puntos de acupuntura GB30, BL36 y BL54 están sobre su trayecto o cerca de él.',
  'The share of people whose sciatic nerve takes an unusual path around piriformis is about 10% in one meta-analysis (Poutoglidou 2020) and 16.9% in another (Smoll 2010).':
    'La proporción de personas cuyo nervio ciático sigue un trayecto inusual alrededor del piriforme es de alrededor del 10 % en un metaanálisis (Poutoglidou 2020) y del 16,9 % en otro (Smoll 2010).',
  'Sacral plexus (posterior divisions).': 'Plexo sacro (divisiones posteriores).',
  'It leaves the pelvis through the greater sciatic foramen above piriformis, together with the superior gluteal artery and vein. It then runs forward between gluteus medius and gluteus minimus and ends in tensor fasciae latae.':
    'Sale de la pelvis por el agujero ciático mayor por encima del piriforme, junto con la arteria y la vena glúteas superiores. Después discurre hacia delante entre el glúteo medio y el glúteo menor y termina en el tensor de la fascia lata.',
  'Gluteus medius.': 'Glúteo medio.',
  'Gluteus minimus.': 'Glúteo menor.',
  'Tensor fasciae latae.': 'Tensor de la fascia lata.',
  'No major skin area; a small skin branch has been reported.':
    'Ninguna zona cutánea importante; se ha descrito una pequeña rama cutánea.',
  'Injury weakens the hip abductors and gives a Trendelenburg sign or gait. Causes include side approaches to the hip that split gluteus medius too far above the trochanter, and badly placed injections. The sources disagree on the safe zone: the classic guide is about 5 cm above the trochanter (Jacobs and Buxton 1989), but Ince 2007 found the nerve branch to gluteus minimus on average 19–20 mm (10–35 mm) above it.':
    'Su lesión debilita los abductores de cadera y produce un signo o una marcha de Trendelenburg. Entre las causas están los abordajes laterales de cadera que separan el glúteo medio demasiado por encima del trocánter y las inyecciones mal situadas. Las fuentes discrepan sobre la zona segura: la guía clásica es de unos 5 cm por encima del trocánter (Jacobs y Buxton 1989), pero Ince 2007 halló la rama para el glúteo menor de media a 19–20 mm (10–35 mm) por encima.',
  'It leaves the pelvis through the greater sciatic foramen below piriformis, just behind and medial to the sciatic nerve, and enters the deep surface of gluteus maximus. In a small minority it leaves above piriformis or passes through it.':
    'Sale de la pelvis por el agujero ciático mayor por debajo del piriforme, justo por detrás y medial al nervio ciático, y entra por la cara profunda del glúteo mayor. En una pequeña minoría sale por encima del piriforme o lo atraviesa.',
  'Gluteus maximus.': 'Glúteo mayor.',
  'No skin area; it gives small twigs to the hip joint capsule.':
    'Ninguna zona cutánea; da pequeñas ramas a la cápsula de la articulación de la cadera.',
  'Damage, for example from surgery at the back of the hip or from injections, weakens hip extension. Rising from a chair, climbing stairs and jumping become hard, and the trunk may lurch backward.':
    'Su lesión, por ejemplo por cirugía en la parte posterior de la cadera o por inyecciones, debilita la extensión de cadera. Levantarse de una silla, subir escaleras y saltar se vuelve difícil, y el tronco puede balancearse hacia atrás.',
  'It leaves above piriformis in about 1 to 4% of cadavers, according to a summary on a radiology reference site.':
    'Sale por encima del piriforme en alrededor del 1 al 4 % de los cadáveres, según un resumen de una web de referencia de radiología.',
  'The largest branch of the lumbar plexus (posterior divisions).':
    'La rama más grande del plexo lumbar (divisiones posteriores).',
  'It forms inside psoas major and leaves at its outer (lateral) border. It runs in the groove between psoas and iliacus under the iliac fascia, passes under the inguinal ligament on the outer side of the femoral artery (outside the femoral sheath), and divides in the femoral triangle.':
    'Se forma dentro del psoas mayor y sale por su borde externo (lateral). Discurre por el surco entre el psoas y el ilíaco bajo la fascia ilíaca, pasa bajo el ligamento inguinal por fuera de la arteria femoral (fuera de la vaina femoral) y se divide en el triángulo femoral.',
  'In the groin it lies just lateral to the femoral pulse.':
    'En la ingle está justo lateral al pulso femoral.',
  'Iliacus.': 'Ilíaco.',
  'Pectineus.': 'Pectíneo.',
  'Sartorius.': 'Sartorio.',
  'Quadriceps femoris.': 'Cuádriceps femoral.',
  'Skin of the front and inner thigh (anterior cutaneous branches).':
    'Piel de la cara anterior e interna del muslo (ramas cutáneas anteriores).',
  'Inner side of the leg and foot, through the saphenous nerve.':
    'Lado interno de la pierna y del pie, a través del nervio safeno.',
  'The hip and knee joints (articular branches).':
    'Las articulaciones de la cadera y de la rodilla (ramas articulares).',
  'Femoral neuropathy, for example from a bleed into iliacus or psoas or after pelvic surgery, weakens knee straightening, reduces the knee jerk and numbs the front of the thigh.':
    'La neuropatía femoral, por ejemplo por un sangrado en el ilíaco o el psoas o tras una cirugía pélvica, debilita la extensión de la rodilla, reduce el reflejo rotuliano y produce adormecimiento en la parte anterior del muslo.',
  'Lumbar plexus (posterior divisions).': 'Plexo lumbar (divisiones posteriores).',
  'It comes out at the outer border of psoas, crosses iliacus toward the ASIS and passes under (sometimes through) the inguinal ligament, usually just medial to the ASIS. It then crosses over sartorius into the thigh, where it splits into a front and a back branch.':
    'Sale por el borde externo del psoas, cruza el ilíaco hacia la EIAS y pasa por debajo (a veces a través) del ligamento inguinal, normalmente justo medial a la EIAS. Después cruza por encima del sartorio hacia el muslo, donde se divide en una rama anterior y otra posterior.',
  'In cadavers it crossed the inguinal ligament 2.95 ± 2.01 cm from the ASIS, about 22% of the way from the ASIS to the pubic tubercle. About 4% pass behind the ASIS, over the iliac crest. It is most often 1 to 1.5 cm from the ASIS but can lie up to 4.6 cm medial to it.':
    'En cadáveres cruzaba el ligamento inguinal a 2,95 ± 2,01 cm de la EIAS, alrededor del 22 % del camino desde la EIAS hasta el tubérculo del pubis. Alrededor del 4 % pasa por detrás de la EIAS, sobre la cresta ilíaca. Suele estar a 1-1,5 cm de la EIAS, pero puede encontrarse hasta 4,6 cm medial a ella.',
  'Skin of the front-outer and outer thigh, down toward the knee.':
    'Piel de la cara anterolateral y lateral del muslo, hasta cerca de la rodilla.',
  'Pressure on it near the ASIS causes meralgia paresthetica: burning, tingling or numbness over the outer thigh, made worse by tight belts, obesity or pregnancy. It is at risk in hip surgery from the front and when needling just medial to or below the ASIS (the area of GB29, tensor fasciae latae and ST31).':
    'La compresión cerca de la EIAS causa la meralgia parestésica: ardor, hormigueo o adormecimiento en la cara lateral del muslo, que empeora con cinturones apretados, obesidad o embarazo. Corre riesgo en la cirugía de cadera por vía anterior y al puncionar justo medial a la EIAS o por debajo de ella (la zona de GB29, el tensor de la fascia lata y ST31).',
  'Its path around the ASIS varies a lot; one cadaver study described five types (Aszmann 1997).':
    'Su trayecto alrededor de la EIAS varía mucho; un estudio en cadáveres describió cinco tipos (Aszmann 1997).',
  'It also receives a small branch from T12.': 'También recibe una pequeña rama de T12.',
  'The anterior rami of L1 to L4, with a branch from T12, joining inside psoas major.':
    'Los ramos anteriores de L1 a L4, con una rama de T12, que se unen dentro del psoas mayor.',
  'Its branches leave psoas at its outer and inner borders or through its front surface. The lumbosacral trunk (L4–L5) joins the sacral plexus.':
    'Sus ramas salen del psoas por sus bordes externo e interno o a través de su cara anterior. El tronco lumbosacro (L4–L5) se une al plexo sacro.',
  'Psoas major, directly.': 'El psoas mayor, directamente.',
  'Through the femoral nerve: iliacus, quadriceps, sartorius and pectineus.':
    'A través del nervio femoral: ilíaco, cuádriceps, sartorio y pectíneo.',
  'Through the obturator nerve: the hip adductors.':
    'A través del nervio obturador: los aductores de cadera.',
  'Skin of the groin and of the front, inner and outer thigh.':
    'Piel de la ingle y de las caras anterior, interna y externa del muslo.',
  'Iliohypogastric nerve (L1)': 'Nervio iliohipogástrico (L1)',
  'Ilioinguinal nerve (L1)': 'Nervio ilioinguinal (L1)',
  'Genitofemoral nerve (L1–L2)': 'Nervio genitofemoral (L1–L2)',
  'Lateral femoral cutaneous nerve (L2–L3)': 'Nervio cutáneo femoral lateral (L2–L3)',
  'Obturator nerve (L2–L4)': 'Nervio obturador (L2–L4)',
  'Femoral nerve (L2–L4)': 'Nervio femoral (L2–L4)',
  'Lumbosacral trunk (L4–L5)': 'Tronco lumbosacro (L4–L5)',
  'Direct muscle branches to psoas and quadratus lumborum':
    'Ramas musculares directas al psoas y al cuadrado lumbar',
  'Because the plexus lies inside psoas, it can be injured in lumbar spine surgery from the side or by a bleed into psoas. Psoas compartment blocks for hip surgery aim at it. Problems with the upper lumbar roots (L2 to L4) can imitate hip or groin pain.':
    'Como el plexo está dentro del psoas, puede lesionarse en la cirugía lumbar por vía lateral o por un sangrado en el psoas. Los bloqueos del compartimento del psoas para la cirugía de cadera lo tienen como objetivo. Los problemas de las raíces lumbares altas (L2 a L4) pueden imitar un dolor de cadera o de ingle.',
  'Each hip bone grows from three bones, the ilium, ischium and pubis, which fuse at the acetabulum (the hip socket). With the sacrum at the back and the pubic symphysis at the front, the two hip bones form a ring that passes the weight of the trunk to the legs.':
    'Cada hueso coxal se forma a partir de tres huesos, el ilion, el isquion y el pubis, que se fusionan en el acetábulo (la cavidad de la cadera). Con el sacro por detrás y la sínfisis del pubis por delante, los dos huesos coxales forman un anillo que transmite el peso del tronco a las piernas.',
  Ilium: 'Ilion',
  Ischium: 'Isquion',
  Pubis: 'Pubis',
  'Front end of the iliac crest. Sartorius and tensor fasciae latae start here; the lateral femoral cutaneous nerve usually passes 1 to 3 cm medial to it.':
    'Extremo anterior de la cresta ilíaca. Aquí nacen el sartorio y el tensor de la fascia lata; el nervio cutáneo femoral lateral suele pasar de 1 a 3 cm medial a ella.',
  'Below the ASIS; the straight head of rectus femoris starts here.':
    'Por debajo de la EIAS; aquí nace el tendón directo del recto femoral.',
  'Back end of the iliac crest, under the dimples of the lower back; roughly level with S2.':
    'Extremo posterior de la cresta ilíaca, bajo los hoyuelos de la parte baja de la espalda; más o menos a la altura de S2.',
  'A line joining the highest points of both crests usually crosses the L4 spinous process or the L4–L5 gap; this varies. On the built-in model the crests sit lower, level with L5–S1, so the app places vertebral levels from the vertebrae themselves, not from the crest line.':
    'La línea que une los puntos más altos de ambas crestas suele cruzar la apófisis espinosa de L4 o el espacio L4–L5; esto varía. En el modelo incluido las crestas quedan más bajas, a la altura de L5–S1, así que la aplicación sitúa los niveles vertebrales a partir de las propias vértebras, no de la línea de las crestas.',
  'The sitting bone, where the hamstrings start.':
    'El hueso en el que uno se sienta, donde nacen los isquiotibiales.',
  'Outer end of the pubic crest, where the inguinal ligament attaches.':
    'Extremo externo de la cresta del pubis, donde se inserta el ligamento inguinal.',
  'Hip joint (with the head of the femur)': 'Articulación de la cadera (con la cabeza del fémur)',
  'Sacroiliac joint': 'Articulación sacroilíaca',
  'Pubic symphysis': 'Sínfisis del pubis',
  'Piriformis (edge of the greater sciatic notch)':
    'Piriforme (borde de la escotadura ciática mayor)',
  "Arthritis of the hip joint, avulsion injuries of the growth areas in young athletes and sacroiliac pain can all show up as 'hip pain'. The ASIS is the key landmark for meralgia paresthetica and for several acupuncture points.":
    'La artrosis de cadera, las avulsiones de los núcleos de crecimiento en deportistas jóvenes y el dolor sacroilíaco pueden presentarse como «dolor de cadera». La EIAS es la referencia clave para la meralgia parestésica y para varios puntos de acupuntura.',
  'How far the lateral femoral cutaneous nerve lies from the ASIS varies a lot: 2.95 ± 2.01 cm along the inguinal ligament in one cadaver study (Uzel 2011).':
    'La distancia entre el nervio cutáneo femoral lateral y la EIAS varía mucho: 2,95 ± 2,01 cm a lo largo del ligamento inguinal en un estudio en cadáveres (Uzel 2011).',
  'A triangle-shaped bone made of five fused sacral vertebrae (S1 to S5), wedged between the two hip bones. The median sacral crest, formed by the fused spinous processes, runs down its back. Four pairs of posterior sacral foramina let the dorsal rami out. At the lower end the laminae of S5 do not meet, which leaves the sacral hiatus.':
    'Un hueso triangular formado por cinco vértebras sacras fusionadas (S1 a S5), encajado entre los dos huesos coxales. La cresta sacra media, formada por las apófisis espinosas fusionadas, recorre su cara posterior. Cuatro pares de agujeros sacros posteriores dan salida a los ramos dorsales. En el extremo inferior las láminas de S5 no se unen, lo que deja el hiato sacro.',
  'The first posterior foramen, just below the L5–S1 junction and medial to the level of the PSIS.':
    'El primer agujero posterior, justo por debajo de la unión L5–S1 y medial al nivel de la EIPS.',
  'The second foramen; the S2 spinous tubercle lies close to the line joining the two PSIS.':
    'El segundo agujero; el tubérculo espinoso de S2 queda cerca de la línea que une las dos EIPS.',
  'The opening at the lower end of the sacral canal (S4–S5 level), between the sacral cornua. Entry point for caudal epidural injections and a landmark for acupuncture points GB30 and BL54.':
    'La abertura del extremo inferior del conducto sacro (nivel S4–S5), entre los cuernos sacros. Punto de entrada de las infiltraciones epidurales caudales y referencia de los puntos de acupuntura GB30 y BL54.',
  'L5 (lumbosacral joint)': 'L5 (articulación lumbosacra)',
  'Both ilia (sacroiliac joints)': 'Ambos iliones (articulaciones sacroilíacas)',
  'Coccyx (sacrococcygeal joint)': 'Cóccix (articulación sacrococcígea)',
  'Gluteus maximus (back surface)': 'Glúteo mayor (cara posterior)',
  'Piriformis (front surface)': 'Piriforme (cara anterior)',
  'Iliacus (a small part of the ala)': 'Ilíaco (una pequeña parte del ala)',
  'Sacroiliac joint pain and sacral stress fractures are easily mistaken for hip or buttock pain. The posterior foramina and the hiatus are the reference points for the sacral points of the Bladder meridian.':
    'El dolor sacroilíaco y las fracturas por sobrecarga del sacro se confunden fácilmente con dolor de cadera o de nalga. Los agujeros posteriores y el hiato son los puntos de referencia de los puntos sacros del meridiano de Vejiga.',
  'Three to five small, simple vertebrae below the sacrum, often only partly fused. A slightly movable joint links it to the sacrum.':
    'De tres a cinco vértebras pequeñas y sencillas por debajo del sacro, a menudo solo en parte fusionadas. Una articulación ligeramente móvil lo une al sacro.',
  'The lowest point of the spine; acupuncture point BL35 is placed beside it.':
    'El punto más bajo de la columna; el punto de acupuntura BL35 se sitúa a su lado.',
  'Sacrum (sacrococcygeal joint)': 'Sacro (articulación sacrococcígea)',
  'Gluteus maximus (back and side)': 'Glúteo mayor (caras posterior y lateral)',
  'Coccygeus and levator ani (front; not in the model)':
    'Coccígeo y elevador del ano (cara anterior; no están en el modelo)',
  'Anococcygeal ligament': 'Ligamento anococcígeo',
  'Coccydynia (tailbone pain) follows falls, childbirth or long sitting and hurts when sitting. It can be mistaken for buttock pain.':
    'La coccigodinia (dolor en la rabadilla) aparece tras caídas, partos o estar mucho tiempo sentado y duele al sentarse. Puede confundirse con dolor de nalga.',
  'The number of segments and how far they are fused vary; three or four segments is most common.':
    'El número de segmentos y su grado de fusión varían; lo más frecuente son tres o cuatro segmentos.',
  'One of the five largest movable vertebrae. Lumbar vertebrae have big kidney-shaped bodies, no facets for ribs and no transverse foramina. Their spinous processes are thick, square and point straight back; their transverse processes are long and thin, except at L5. The spinal cord usually ends near L1–L2 (the conus medullaris). L1 carries part of the upper origin of psoas major.':
    'Una de las cinco vértebras móviles más grandes. Las vértebras lumbares tienen cuerpos grandes en forma de riñón, sin carillas costales ni agujeros transversos. Sus apófisis espinosas son gruesas, cuadradas y se dirigen hacia atrás; sus apófisis transversas son largas y finas, salvo en L5. La médula espinal suele terminar cerca de L1–L2 (el cono medular). L1 recibe parte del origen superior del psoas mayor.',
  'Acupuncture point BL22 lies level with it.': 'El punto de acupuntura BL22 está a su altura.',
  'Tip of the transverse process; psoas major attaches along its front and lower edges.':
    'Punta de la apófisis transversa; el psoas mayor se inserta a lo largo de sus bordes anterior e inferior.',
  'Disc and facet joints with the last thoracic vertebra (T12) above':
    'Disco y articulaciones facetarias con la última vértebra torácica (T12), por encima',
  'Disc and facet joints with L2 below': 'Disco y articulaciones facetarias con L2, por debajo',
  'Psoas major (vertebral body, discs and transverse process)':
    'Psoas mayor (cuerpo vertebral, discos y apófisis transversa)',
  'Quadratus lumborum (transverse process; not in the model)':
    'Cuadrado lumbar (apófisis transversa; no está en el modelo)',
  'Erector spinae and multifidus (not in the model)':
    'Erector de la columna y multífido (no están en el modelo)',
  'Problems with the upper lumbar nerve roots (L2 to L4) can imitate hip or groin pain.':
    'Los problemas de las raíces nerviosas lumbares altas (L2 a L4) pueden imitar un dolor de cadera o de ingle.',
  'One of the five largest movable vertebrae. Lumbar vertebrae have big kidney-shaped bodies, no facets for ribs and no transverse foramina. Their spinous processes are thick, square and point straight back; their transverse processes are long and thin, except at L5. The L2 nerve root helps form the femoral, obturator and lateral femoral cutaneous nerves.':
    'Una de las cinco vértebras móviles más grandes. Las vértebras lumbares tienen cuerpos grandes en forma de riñón, sin carillas costales ni agujeros transversos. Sus apófisis espinosas son gruesas, cuadradas y se dirigen hacia atrás; sus apófisis transversas son largas y finas, salvo en L5. La raíz nerviosa L2 contribuye a formar los nervios femoral, obturador y cutáneo femoral lateral.',
  'Acupuncture points BL23 (Shenshu) and GV4 lie level with the lower edge of its spinous process.':
    'Los puntos de acupuntura BL23 (Shenshu) y GV4 están a la altura del borde inferior de su apófisis espinosa.',
  'Disc and facet joints with L1 above and L3 below':
    'Disco y articulaciones facetarias con L1 por encima y L3 por debajo',
  'One of the five largest movable vertebrae. Lumbar vertebrae have big kidney-shaped bodies, no facets for ribs and no transverse foramina. Their spinous processes are thick, square and point straight back; their transverse processes are long and thin, except at L5. It sits in the middle of the lumbar curve and often has the longest transverse processes. The umbilicus lies at about the L3–L4 level.':
    'Una de las cinco vértebras móviles más grandes. Las vértebras lumbares tienen cuerpos grandes en forma de riñón, sin carillas costales ni agujeros transversos. Sus apófisis espinosas son gruesas, cuadradas y se dirigen hacia atrás; sus apófisis transversas son largas y finas, salvo en L5. Está en el centro de la curva lumbar y a menudo tiene las apófisis transversas más largas. El ombligo está más o menos a la altura de L3–L4.',
  'One spinous process above L4. The umbilicus, on the front of the body, lies at about the L3–L4 level.':
    'Una apófisis espinosa por encima de L4. El ombligo, en la parte delantera del cuerpo, está más o menos a la altura de L3–L4.',
  'Disc and facet joints with L2 above and L4 below':
    'Disco y articulaciones facetarias con L2 por encima y L4 por debajo',
  'That L3 has the longest transverse processes is a textbook statement that was not checked in a source.':
    'Que L3 tenga las apófisis transversas más largas es una afirmación de manual que no se comprobó en una fuente.',
  'One of the five largest movable vertebrae. Lumbar vertebrae have big kidney-shaped bodies, no facets for ribs and no transverse foramina. Their spinous processes are thick, square and point straight back; their transverse processes are long and thin, except at L5. Its spinous process usually lies on the line joining the tops of the iliac crests (on the built-in model the crest line lies lower, at L5–S1). Disc problems at L4–L5 often irritate the L5 nerve root.':
    'Una de las cinco vértebras móviles más grandes. Las vértebras lumbares tienen cuerpos grandes en forma de riñón, sin carillas costales ni agujeros transversos. Sus apófisis espinosas son gruesas, cuadradas y se dirigen hacia atrás; sus apófisis transversas son largas y finas, salvo en L5. Su apófisis espinosa suele estar en la línea que une los puntos más altos de las crestas ilíacas (en el modelo incluido esa línea queda más baja, a la altura de L5–S1). Los problemas de disco en L4–L5 irritan a menudo la raíz nerviosa L5.',
  "Usually on the line across the iliac crests (Tuffier's line). Acupuncture points BL25, GV3 and Yaoyan (EX-B7) are placed from it.":
    'Suele estar en la línea que cruza las crestas ilíacas (línea de Tuffier). Los puntos de acupuntura BL25, GV3 y Yaoyan (EX-B7) se sitúan a partir de ella.',
  'Disc and facet joints with L3 above and L5 below':
    'Disco y articulaciones facetarias con L3 por encima y L5 por debajo',
  'About 95% of lumbar disc herniations are at L4–L5 or L5–S1. The nerve root pain that follows (sciatica) is often felt in the buttock and leg and can look like a hip problem.':
    'Alrededor del 95 % de las hernias discales lumbares están en L4–L5 o L5–S1. El dolor radicular que producen (ciática) se nota a menudo en la nalga y la pierna y puede parecer un problema de cadera.',
  'The line across the tops of the iliac crests lies at L4 in most but not all people; it shifts with posture and build.':
    'La línea que cruza los puntos más altos de las crestas ilíacas está en L4 en la mayoría de las personas, pero no en todas; cambia con la postura y la complexión.',
  'One of the five largest movable vertebrae. Lumbar vertebrae have big kidney-shaped bodies, no facets for ribs and no transverse foramina. Their spinous processes are thick, square and point straight back; their transverse processes are long and thin, except at L5. It has the largest lumbar body, taller at the front than at the back (wedge-shaped). Its short, thick transverse processes anchor the iliolumbar ligaments. Disc problems at L5–S1 often irritate the S1 nerve root.':
    'Una de las cinco vértebras móviles más grandes. Las vértebras lumbares tienen cuerpos grandes en forma de riñón, sin carillas costales ni agujeros transversos. Sus apófisis espinosas son gruesas, cuadradas y se dirigen hacia atrás; sus apófisis transversas son largas y finas, salvo en L5. Tiene el cuerpo lumbar más grande, más alto por delante que por detrás (en cuña). Sus apófisis transversas cortas y gruesas sirven de anclaje a los ligamentos iliolumbares. Los problemas de disco en L5–S1 irritan a menudo la raíz nerviosa S1.',
  'The last lumbar spinous process above the sacrum; acupuncture point BL26 lies level with it.':
    'La última apófisis espinosa lumbar por encima del sacro; el punto de acupuntura BL26 está a su altura.',
  'Tip of the short, thick transverse process, where the iliolumbar ligament attaches; psoas major attaches along its front and lower edges.':
    'Punta de la apófisis transversa corta y gruesa, donde se inserta el ligamento iliolumbar; el psoas mayor se inserta a lo largo de sus bordes anterior e inferior.',
  'Disc and facet joints with L4 above': 'Disco y articulaciones facetarias con L4, por encima',
  'Sacrum (lumbosacral joint)': 'Sacro (articulación lumbosacra)',
  'The longest and strongest bone in the body. Its head sits in the acetabulum. The neck meets the shaft at about 125 to 130 degrees and is usually turned forward (anteversion) by about 10 to 15 degrees. Gluteus medius, gluteus minimus and piriformis attach to the greater trochanter and iliopsoas to the lesser trochanter. The gluteal tuberosity and the linea aspera run down the back of the shaft, and the lower end has two condyles and two epicondyles.':
    'El hueso más largo y fuerte del cuerpo. Su cabeza se aloja en el acetábulo. El cuello se une a la diáfisis con un ángulo de unos 125 a 130 grados y suele estar girado hacia delante (anteversión) unos 10 a 15 grados. El glúteo medio, el glúteo menor y el piriforme se insertan en el trocánter mayor, y el iliopsoas en el trocánter menor. La tuberosidad glútea y la línea áspera recorren la cara posterior de la diáfisis, y el extremo inferior tiene dos cóndilos y dos epicóndilos.',
  'The bony bump on the side of the hip; a key landmark for acupuncture points GB29 and GB30 and for the 19-cun thigh measure.':
    'El relieve óseo del lateral de la cadera; referencia clave de los puntos de acupuntura GB29 y GB30 y de la medida de 19 cun del muslo.',
  'Where iliopsoas (psoas major and iliacus) attaches.':
    'Donde se inserta el iliopsoas (psoas mayor e ilíaco).',
  'The outer bump just above the knee joint line.':
    'El relieve externo justo por encima de la interlínea de la rodilla.',
  'Hip joint': 'Articulación de la cadera',
  'Knee joint (with the tibia)': 'Articulación de la rodilla (con la tibia)',
  'Patellofemoral joint': 'Articulación femoropatelar',
  'Gluteus medius (greater trochanter)': 'Glúteo medio (trocánter mayor)',
  'Gluteus minimus (greater trochanter)': 'Glúteo menor (trocánter mayor)',
  'Piriformis (greater trochanter)': 'Piriforme (trocánter mayor)',
  'Psoas major (lesser trochanter)': 'Psoas mayor (trocánter menor)',
  'Iliacus (lesser trochanter)': 'Ilíaco (trocánter menor)',
  'Gluteus maximus (gluteal tuberosity)': 'Glúteo mayor (tuberosidad glútea)',
  'A broken femoral neck is a major injury in older adults; it often shows as groin pain and being unable to put weight on the leg. Femoroacetabular impingement and greater trochanteric pain syndrome also centre on the upper femur.':
    'La fractura del cuello femoral es una lesión grave en personas mayores; a menudo se manifiesta como dolor en la ingle e incapacidad para apoyar la pierna. El choque femoroacetabular y el síndrome de dolor trocantéreo mayor también se centran en la parte alta del fémur.',
  'Neck-shaft and anteversion angles differ between people. In one CT series of 100 hips, anteversion was 14.8 ± 10.8 degrees and the neck-shaft angle 127.3 ± 5.4 degrees.':
    'Los ángulos cervicodiafisario y de anteversión varían entre personas. En una serie de TC de 100 caderas, la anteversión fue de 14,8 ± 10,8 grados y el ángulo cervicodiafisario de 127,3 ± 5,4 grados.',
  'The largest sesamoid bone, lying inside the quadriceps tendon. Its wide upper edge is the base and its pointed lower end is the apex; the patellar ligament runs from the apex to the tibial tuberosity.':
    'El hueso sesamoideo más grande, situado dentro del tendón del cuádriceps. Su borde superior ancho es la base y su extremo inferior puntiagudo es el vértice; el ligamento rotuliano va del vértice a la tuberosidad tibial.',
  'The lower tip. Chinese proportional tables treat the crease at the back of the knee as level with it (for the 19-cun and 16-cun measures).':
    'El extremo inferior. Las tablas proporcionales chinas consideran que el pliegue de la parte posterior de la rodilla está a su altura (para las medidas de 19 y 16 cun).',
  'Inner end of the upper edge; landmark for acupuncture point SP10.':
    'Extremo interno del borde superior; referencia del punto de acupuntura SP10.',
  'Outer end of the upper edge; landmark for acupuncture points ST31 to ST34.':
    'Extremo externo del borde superior; referencia de los puntos de acupuntura ST31 a ST34.',
  'Patellar surface of the femur': 'Cara rotuliana del fémur',
  'Quadriceps femoris (not in the model)': 'Cuádriceps femoral (no está en el modelo)',
  'Pain at the front of the knee (patellofemoral pain) is often linked to weak hip abductors and the knee collapsing inward.':
    'El dolor en la parte delantera de la rodilla (dolor femoropatelar) se relaciona a menudo con abductores de cadera débiles y con la rodilla que se va hacia dentro.',
  'Treating the crease behind the knee as level with the lower tip of the kneecap is a convention of Chinese proportional tables (reported for GB/T 12346-2006); the primary text was not checked.':
    'Considerar que el pliegue de detrás de la rodilla está a la altura del extremo inferior de la rótula es una convención de las tablas proporcionales chinas (citada para GB/T 12346-2006); no se comprobó el texto original.',
  'The link between weak hip abductors and pain at the front of the knee is an association reported in the clinical literature, not a proven cause; no source for it was reviewed.':
    'La relación entre abductores de cadera débiles y dolor en la parte delantera de la rodilla es una asociación descrita en la literatura clínica, no una causa demostrada; no se revisó ninguna fuente al respecto.',
  "The main weight-bearing bone of the lower leg. Its upper end has a medial and a lateral condyle. At the front, the tibial tuberosity takes the patellar ligament, and Gerdy's tubercle (the tubercle of the iliotibial tract) on the lateral condyle takes the iliotibial tract. The sharp front border forms the shin, and the lower end forms the medial malleolus.":
    'El principal hueso de carga de la pierna. Su extremo superior tiene un cóndilo medial y otro lateral. Por delante, la tuberosidad tibial recibe el ligamento rotuliano, y el tubérculo de Gerdy (tubérculo del tracto iliotibial), en el cóndilo lateral, recibe la cintilla iliotibial. El borde anterior afilado forma la espinilla, y el extremo inferior forma el maléolo medial.',
  'The bump below the kneecap. Acupuncture point ST36 lies about one finger-breadth lateral to the front border of the tibia, below the knee.':
    'El relieve por debajo de la rótula. El punto de acupuntura ST36 está a un través de dedo lateral al borde anterior de la tibia, por debajo de la rodilla.',
  'Knee joint': 'Articulación de la rodilla',
  'Upper and lower tibiofibular joints': 'Articulaciones tibioperoneas superior e inferior',
  'Ankle joint': 'Articulación del tobillo',
  "Iliotibial band (Gerdy's tubercle)": 'Cintilla iliotibial (tubérculo de Gerdy)',
  "Tensor fasciae latae, through the iliotibial tract (Gerdy's tubercle)":
    'Tensor de la fascia lata, a través de la cintilla iliotibial (tubérculo de Gerdy)',
  "Gluteus maximus, through the iliotibial tract (Gerdy's tubercle)":
    'Glúteo mayor, a través de la cintilla iliotibial (tubérculo de Gerdy)',
  "Pain on the outside of the knee, where the iliotibial tract crosses to Gerdy's tubercle, links hip muscle function to the knee. The tibial tuberosity is sore in Osgood-Schlatter disease in active teenagers.":
    'El dolor en la cara externa de la rodilla, donde la cintilla iliotibial cruza hacia el tubérculo de Gerdy, relaciona la función de los músculos de la cadera con la rodilla. La tuberosidad tibial duele en la enfermedad de Osgood-Schlatter en adolescentes activos.',
  'A slender bone on the outer side of the lower leg that carries little weight. Its head meets the lateral condyle of the tibia and anchors the biceps femoris tendon and the fibular collateral ligament. The common fibular nerve winds around its neck. The lower end forms the lateral malleolus.':
    'Un hueso delgado en el lado externo de la pierna que soporta poco peso. Su cabeza se articula con el cóndilo lateral de la tibia y sirve de anclaje al tendón del bíceps femoral y al ligamento colateral peroneo. El nervio peroneo común rodea su cuello. El extremo inferior forma el maléolo lateral.',
  'A knob you can feel below the outer knee; acupuncture point GB34 lies in the hollow in front of and below it.':
    'Un bulto que se palpa por debajo de la cara externa de la rodilla; el punto de acupuntura GB34 está en el hueco por delante y por debajo de él.',
  'Lateral condyle of the tibia (upper tibiofibular joint)':
    'Cóndilo lateral de la tibia (articulación tibioperonea superior)',
  'Tibia and talus at the ankle': 'Tibia y astrágalo en el tobillo',
  'Biceps femoris and the fibularis muscles (not in the model)':
    'Bíceps femoral y músculos peroneos (no están en el modelo)',
  'The common fibular nerve lies exposed where it wraps around the fibular neck. Pressure (crossed legs, casts), a fracture or deep needling here can cause foot drop.':
    'El nervio peroneo común está expuesto donde rodea el cuello del peroné. La presión (piernas cruzadas, yesos), una fractura o una punción profunda aquí pueden causar pie caído.',
  'The back part of the iliac crest and the iliolumbar ligament.':
    'La parte posterior de la cresta ilíaca y el ligamento iliolumbar.',
  'The lower border of the 12th rib and the tips of the L1–L4 transverse processes.':
    'El borde inferior de la 12.ª costilla y las puntas de las apófisis transversas de L1–L4.',
  'Bends the trunk to its own side, or hitches the pelvis up on that side.':
    'Inclina el tronco hacia su lado o eleva la pelvis de ese lado.',
  'Steadies the 12th rib when breathing in.': 'Estabiliza la 12.ª costilla en la inspiración.',
  'Branches of T12 and the lumbar plexus': 'Ramas de T12 y del plexo lumbar',
  'also T12 (subcostal nerve)': 'también T12 (nervio subcostal)',
  'Deep in the back wall of the abdomen, behind the kidney and beside psoas; the erector spinae lies behind it.':
    'En la profundidad de la pared posterior del abdomen, detrás del riñón y junto al psoas; el erector de la columna está por detrás.',
  'Shown as context: its position and bulk help you see what lies next to a needle path. The model gives it no motor points.':
    'Se muestra como contexto: su posición y volumen ayudan a ver qué hay junto al trayecto de una aguja. El modelo no le asigna puntos motores.',
  'A thick common tendon on the back of the sacrum, the back of the iliac crest and the lumbar spinous processes.':
    'Un tendón común grueso en la cara posterior del sacro, la parte posterior de la cresta ilíaca y las apófisis espinosas lumbares.',
  'Upward onto the ribs, the transverse processes and, higher up, the skull.':
    'Hacia arriba, en las costillas, las apófisis transversas y, más arriba, el cráneo.',
  'Straightens the spine and controls bending forward.':
    'Endereza la columna y controla la flexión hacia delante.',
  'Working on one side, bends the spine to that side.':
    'Actuando de un solo lado, inclina la columna hacia ese lado.',
  'Dorsal rami of the spinal nerves': 'Ramos dorsales de los nervios espinales',
  'segmental, level by level': 'segmentaria, nivel a nivel',
  'Under the thoracolumbar fascia on each side of the spine, behind quadratus lumborum and beside multifidus.':
    'Bajo la fascia toracolumbar a cada lado de la columna, detrás del cuadrado lumbar y junto al multífido.',
  'The back of the sacrum, the back of the iliac crest and the lumbar mamillary processes.':
    'La cara posterior del sacro, la parte posterior de la cresta ilíaca y las apófisis mamilares lumbares.',
  'The spinous processes two to four levels higher.':
    'Las apófisis espinosas dos a cuatro niveles más arriba.',
  'Extends the spine and controls each lumbar segment.':
    'Extiende la columna y controla cada segmento lumbar.',
  'Helps turn the trunk to the opposite side.': 'Ayuda a girar el tronco hacia el lado contrario.',
  'Medial branches of the dorsal rami': 'Ramos mediales de los ramos dorsales',
  'each level supplied by its own segment': 'cada nivel inervado por su propio segmento',
  'Next to the spinous processes, under erector spinae; thickest at L5–S1.':
    'Junto a las apófisis espinosas, bajo el erector de la columna; más grueso en L5–S1.',
  'Superior: the ischial spine. Inferior: the top of the ischial tuberosity.':
    'Superior: la espina isquiática. Inferior: la parte alta de la tuberosidad isquiática.',
  'With the obturator internus tendon into the medial side of the greater trochanter.':
    'Con el tendón del obturador interno, en la cara medial del trocánter mayor.',
  'Turn the thigh outward (lateral rotation).': 'Giran el muslo hacia fuera (rotación externa).',
  'Hold the femoral head in its socket.': 'Mantienen la cabeza femoral en el acetábulo.',
  'Nerve to obturator internus (superior) and nerve to quadratus femoris (inferior)':
    'Nervio del obturador interno (superior) y nervio del cuadrado femoral (inferior)',
  'Above and below the obturator internus tendon, under gluteus maximus; the sciatic nerve crosses behind them.':
    'Por encima y por debajo del tendón del obturador interno, bajo el glúteo mayor; el nervio ciático cruza por detrás de ellos.',
  'The inner surface of the obturator membrane and the bone around it, inside the pelvis.':
    'La cara interna de la membrana obturatriz y el hueso que la rodea, dentro de la pelvis.',
  'Its tendon turns round the lesser sciatic notch and inserts on the medial side of the greater trochanter.':
    'Su tendón rodea la escotadura ciática menor y se inserta en la cara medial del trocánter mayor.',
  'With the hip bent, helps move the thigh out (abduction).':
    'Con la cadera flexionada, ayuda a separar el muslo hacia fuera (abducción).',
  'Nerve to obturator internus': 'Nervio del obturador interno',
  'Inside the pelvis on its side wall, then out through the lesser sciatic foramen between the gemelli.':
    'Dentro de la pelvis, en su pared lateral, y luego sale por el agujero ciático menor entre los gemelos.',
  'The outer surface of the obturator membrane and the bone around it.':
    'La cara externa de la membrana obturatriz y el hueso que la rodea.',
  'Under the back of the femoral neck into the trochanteric fossa.':
    'Por debajo de la cara posterior del cuello femoral, hasta la fosa trocantérea.',
  'Obturator nerve': 'Nervio obturador',
  'Deepest of the region, under pectineus and the adductors, winding beneath the femoral neck.':
    'El más profundo de la región, bajo el pectíneo y los aductores, rodeando por debajo el cuello femoral.',
  'The outer edge of the ischial tuberosity.': 'El borde externo de la tuberosidad isquiática.',
  'The quadrate tubercle on the back of the femur, below the greater trochanter.':
    'El tubérculo cuadrado de la cara posterior del fémur, por debajo del trocánter mayor.',
  'Nerve to quadratus femoris': 'Nervio del cuadrado femoral',
  'Below the inferior gemellus, under gluteus maximus; the sciatic nerve runs behind it.':
    'Por debajo del gemelo inferior, bajo el glúteo mayor; el nervio ciático pasa por detrás.',
  'The inferior pubic ramus, the ischial ramus and the ischial tuberosity.':
    'La rama inferior del pubis, la rama del isquion y la tuberosidad isquiática.',
  'The whole linea aspera and, by a separate tendon (hamstring part), the adductor tubercle above the medial knee.':
    'Toda la línea áspera y, mediante un tendón aparte (porción isquiotibial), el tubérculo del aductor por encima de la cara interna de la rodilla.',
  'Its hamstring part extends the hip; its adductor part helps flex it.':
    'Su porción isquiotibial extiende la cadera; su porción aductora ayuda a flexionarla.',
  'Pulls the thigh in (adduction).': 'Acerca el muslo (aducción).',
  'hamstring part: sciatic nerve (tibial part, L4)':
    'porción isquiotibial: nervio ciático (porción tibial, L4)',
  'The deepest and largest adductor, behind adductor brevis and longus, in front of the hamstrings.':
    'El aductor más profundo y grande, detrás del aductor corto y del largo, delante de los isquiotibiales.',
  'The body of the pubis, below the pubic crest.':
    'El cuerpo del pubis, por debajo de la cresta del pubis.',
  'The middle third of the linea aspera.': 'El tercio medio de la línea áspera.',
  'Helps flex the hip.': 'Ayuda a flexionar la cadera.',
  'The most superficial adductor; its border forms the inner side of the femoral triangle.':
    'El aductor más superficial; su borde forma el lado interno del triángulo femoral.',
  'The body and inferior ramus of the pubis.': 'El cuerpo y la rama inferior del pubis.',
  'The upper part of the linea aspera and the line leading up to it.':
    'La parte alta de la línea áspera y la línea que sube hacia ella.',
  'Between adductor longus and pectineus in front and adductor magnus behind.':
    'Entre el aductor largo y el pectíneo por delante y el aductor mayor por detrás.',
  'The pectineal line of the pubis.': 'La línea pectínea del pubis.',
  'The pectineal line of the femur, below the lesser trochanter.':
    'La línea pectínea del fémur, por debajo del trocánter menor.',
  'Flexes the hip.': 'Flexiona la cadera.',
  'Femoral nerve (sometimes also the obturator nerve)':
    'Nervio femoral (a veces también el nervio obturador)',
  'In the floor of the femoral triangle, medial to psoas, under the femoral vessels.':
    'En el suelo del triángulo femoral, medial al psoas, bajo los vasos femorales.',
  'The upper medial tibia (pes anserinus), between sartorius and semitendinosus.':
    'La parte superomedial de la tibia (pata de ganso), entre el sartorio y el semitendinoso.',
  'Bends the knee.': 'Flexiona la rodilla.',
  'Turns the bent knee inward.': 'Gira hacia dentro la rodilla flexionada.',
  'The most medial muscle of the thigh, just under the skin.':
    'El músculo más medial del muslo, justo bajo la piel.',
  'The anterior superior iliac spine (ASIS).': 'La espina ilíaca anterosuperior (EIAS).',
  'The upper medial tibia (pes anserinus).': 'La parte superomedial de la tibia (pata de ganso).',
  'Flexes the hip and the knee.': 'Flexiona la cadera y la rodilla.',
  'Helps move the thigh out (abduction).': 'Ayuda a separar el muslo hacia fuera (abducción).',
  'Turns the thigh outward.': 'Gira el muslo hacia fuera.',
  'Just under the skin, crossing the front of the thigh from outside to inside; it roofs the adductor canal and the femoral vessels.':
    'Justo bajo la piel, cruza la parte delantera del muslo de fuera a dentro; forma el techo del conducto de los aductores y cubre los vasos femorales.',
  'The anterior inferior iliac spine (AIIS) and the groove above the acetabulum.':
    'La espina ilíaca anteroinferior (EIAI) y el surco por encima del acetábulo.',
  'The patella through the quadriceps tendon, and on to the tibial tuberosity.':
    'La rótula a través del tendón del cuádriceps, y de ahí la tuberosidad tibial.',
  'Straightens the knee and flexes the hip.': 'Extiende la rodilla y flexiona la cadera.',
  'In the middle of the front of the thigh, over vastus intermedius.':
    'En el centro de la parte delantera del muslo, sobre el vasto intermedio.',
  'The upper intertrochanteric line, the base of the greater trochanter, the gluteal tuberosity and the lateral lip of the linea aspera.':
    'La parte alta de la línea intertrocantérea, la base del trocánter mayor, la tuberosidad glútea y el labio lateral de la línea áspera.',
  'The outer side of the patella and the quadriceps tendon, and on to the tibial tuberosity.':
    'El lado externo de la rótula y el tendón del cuádriceps, y de ahí la tuberosidad tibial.',
  'Straightens the knee.': 'Extiende la rodilla.',
  'The largest quadriceps muscle, on the outside of the thigh under the iliotibial band.':
    'El músculo más grande del cuádriceps, en la cara externa del muslo bajo la cintilla iliotibial.',
  'The front and outer side of the upper two thirds of the femoral shaft.':
    'Las caras anterior y lateral de los dos tercios superiores de la diáfisis femoral.',
  'The deep part of the quadriceps tendon into the patella.':
    'La parte profunda del tendón del cuádriceps, hasta la rótula.',
  'Directly on the femur, under rectus femoris and between the other two vasti.':
    'Directamente sobre el fémur, bajo el recto femoral y entre los otros dos vastos.',
  'The lower intertrochanteric line, the spiral line and the medial lip of the linea aspera.':
    'La parte baja de la línea intertrocantérea, la línea espiral y el labio medial de la línea áspera.',
  'The inner side of the patella and the quadriceps tendon.':
    'El lado interno de la rótula y el tendón del cuádriceps.',
  'Its lowest fibres help keep the patella tracking in its groove.':
    'Sus fibras más bajas ayudan a que la rótula se deslice centrada en su surco.',
  'On the inner front of the thigh, bulkiest just above the knee (the teardrop).':
    'En la cara anterointerna del muslo, más voluminoso justo por encima de la rodilla (la lágrima).',
  'The ischial tuberosity, with semitendinosus.':
    'La tuberosidad isquiática, junto con el semitendinoso.',
  'The head of the fibula (with the short head).':
    'La cabeza del peroné (junto con la cabeza corta).',
  'Extends the hip and bends the knee.': 'Extiende la cadera y flexiona la rodilla.',
  'Turns the bent knee outward.': 'Gira hacia fuera la rodilla flexionada.',
  'Sciatic nerve (tibial part)': 'Nervio ciático (porción tibial)',
  'On the outer back of the thigh; it crosses over the sciatic nerve.':
    'En la cara posteroexterna del muslo; cruza por encima del nervio ciático.',
  'The ischial tuberosity, with the long head of biceps femoris.':
    'La tuberosidad isquiática, junto con la cabeza larga del bíceps femoral.',
  'The upper medial tibia (pes anserinus), behind gracilis.':
    'La parte superomedial de la tibia (pata de ganso), por detrás del grácil.',
  'On the inner back of the thigh, lying on semimembranosus.':
    'En la cara posterointerna del muslo, apoyado sobre el semimembranoso.',
  'The upper outer part of the ischial tuberosity.':
    'La parte superoexterna de la tuberosidad isquiática.',
  'The back of the medial tibial condyle.': 'La cara posterior del cóndilo medial de la tibia.',
  'Under semitendinosus on the inner back of the thigh, next to adductor magnus.':
    'Bajo el semitendinoso en la cara posterointerna del muslo, junto al aductor mayor.',
};
