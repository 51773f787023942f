import { activeLanguage, type Language } from '../messages/language';
import type { StructureId } from './structures';

/**
 * Structure names in Spanish, as Spanish anatomy names them (glúteo medio, tensor de la fascia
 * lata, hueso coxal, nervio ciático). The Latin name is shown apart, in the structure card, and
 * stays as it is. Typed by id: a structure added to the vocabulary without a Spanish name fails
 * the type check.
 * @internal
 */
export const SPANISH_STRUCTURE_NAMES: { readonly [K in StructureId]: string } = {
  skin: 'Piel',
  'gluteus-maximus': 'Glúteo mayor',
  'tensor-fasciae-latae': 'Tensor de la fascia lata',
  'gluteus-medius': 'Glúteo medio',
  piriformis: 'Piriforme',
  'gluteus-minimus': 'Glúteo menor',
  iliacus: 'Ilíaco',
  'psoas-major': 'Psoas mayor',
  'iliotibial-band': 'Cintilla iliotibial',
  'hip-bone': 'Hueso coxal',
  sacrum: 'Sacro',
  coccyx: 'Cóccix',
  'vertebra-l1': 'Vértebra L1',
  'vertebra-l2': 'Vértebra L2',
  'vertebra-l3': 'Vértebra L3',
  'vertebra-l4': 'Vértebra L4',
  'vertebra-l5': 'Vértebra L5',
  femur: 'Fémur',
  patella: 'Rótula',
  tibia: 'Tibia',
  fibula: 'Peroné',
  'sciatic-nerve': 'Nervio ciático',
  'superior-gluteal-nerve': 'Nervio glúteo superior',
  'inferior-gluteal-nerve': 'Nervio glúteo inferior',
  'femoral-nerve': 'Nervio femoral',
  'quadratus-lumborum': 'Cuadrado lumbar',
  'erector-spinae': 'Erector de la columna (lumbar)',
  multifidus: 'Multífido (lumbar)',
  gemelli: 'Gemelos (superior e inferior)',
  'obturator-internus': 'Obturador interno',
  'obturator-externus': 'Obturador externo',
  'quadratus-femoris': 'Cuadrado femoral',
  'adductor-magnus': 'Aductor mayor',
  'adductor-longus': 'Aductor largo',
  'adductor-brevis': 'Aductor corto',
  pectineus: 'Pectíneo',
  gracilis: 'Grácil',
  sartorius: 'Sartorio',
  'rectus-femoris': 'Recto femoral',
  'vastus-lateralis': 'Vasto lateral',
  'vastus-intermedius': 'Vasto intermedio',
  'vastus-medialis': 'Vasto medial',
  'biceps-femoris-long-head': 'Bíceps femoral (cabeza larga)',
  semitendinosus: 'Semitendinoso',
  semimembranosus: 'Semimembranoso',
  'superior-gluteal-artery': 'Arteria glútea superior',
  'inferior-gluteal-artery': 'Arteria glútea inferior',
  'femoral-artery': 'Arteria femoral',
  'femoral-vein': 'Vena femoral',
  'lateral-femoral-cutaneous-nerve': 'Nervio cutáneo femoral lateral',
  'lumbar-plexus': 'Plexo lumbar',
  kidney: 'Riñón',
  'peritoneal-cavity': 'Cavidad abdominal (peritoneal)',
};

const NAMES: { readonly [L in Exclude<Language, 'en'>]: typeof SPANISH_STRUCTURE_NAMES } = {
  es: SPANISH_STRUCTURE_NAMES,
};

/** A structure's name in the active language; `english` (the vocabulary label) in English. */
function structureName(id: StructureId, english: string): string {
  const language = activeLanguage();
  return language === 'en' ? english : NAMES[language][id];
}

/**
 * Makes each entry's `label` read the active language when asked for. The vocabulary tables are
 * read by many modules, some of which copy labels when they load; a getter keeps every reader
 * in the language chosen (or switched to by an embedding page) after that.
 */
export function labelsFollowLanguage(
  entries: readonly { readonly id: StructureId; readonly label: string }[],
): void {
  for (const entry of entries) {
    const english = entry.label;
    Object.defineProperty(entry, 'label', {
      get: () => structureName(entry.id, english),
      enumerable: true,
      configurable: true,
    });
  }
}
