import { activeLanguage } from '../messages/language';
import { SPANISH_MOTOR_POINT_TEXT } from './data/motor-point-text-es';
import type { MotorPointRecord } from './motor-point';
import type { MOTOR_POINT_IDS } from './motor-point-ids';

type MotorPointId = (typeof MOTOR_POINT_IDS)[number];

/**
 * What distinguishes each point of a muscle, in Spanish (the part after the muscle's name:
 * "Glúteo medio: arco de terminación nerviosa"). Typed by id, so a new record without a Spanish
 * name fails the type check.
 */
const SPANISH_POINT_NAMES: { readonly [K in MotorPointId]: string } = {
  'gluteus-maximus-cranial-nerve-dense-zone': 'zona de inervación densa craneal',
  'gluteus-maximus-middle-nerve-dense-zone': 'zona de inervación densa media',
  'gluteus-maximus-caudal-nerve-dense-zone': 'zona de inervación densa caudal',
  'gluteus-maximus-inferior-gluteal-nerve-entry': 'entrada del nervio glúteo inferior',
  'gluteus-maximus-central-stimulation-site': 'punto central de estimulación',
  'gluteus-medius-posterior': 'posterior',
  'gluteus-medius-nerve-termination-arc': 'arco de terminación nerviosa',
  'gluteus-medius-anterior': 'porción anterior',
  'gluteus-medius-middle': 'porción media',
  'gluteus-medius-surface-stimulation-site': 'punto de estimulación de superficie',
  'gluteus-minimus-nerve-branch': 'rama nerviosa',
  'gluteus-minimus-anterior': 'porción anterior',
  'gluteus-minimus-posterior': 'porción posterior',
  'tensor-fasciae-latae-nerve-entry': 'entrada del nervio',
  'tensor-fasciae-latae-main-branch-zone': 'zona de la rama principal',
  'tensor-fasciae-latae-entry-near-lcfa': 'entrada junto a la arteria circunfleja femoral lateral',
  'piriformis-nerve-entry': 'entrada del nervio',
  'piriformis-arborization-zone': 'zona de arborización',
  'piriformis-nerve-dense-center': 'centro de la zona de inervación densa',
  'psoas-major-endplate-zone': 'zona de placas motoras',
  'psoas-major-arborization-zone': 'zona de arborización',
  'psoas-major-l2-l3-branch-level': 'nivel de ramas L2-L3',
  'iliacus-arborization-upper': 'arborización superior',
  'iliacus-arborization-lower': 'arborización inferior',
  'iliacus-suprainguinal-motor-point': 'punto motor suprainguinal',
};

/** A record's own English sentence in the active language (citations are never passed here). */
export function motorPointText(english: string): string {
  if (activeLanguage() === 'es') return SPANISH_MOTOR_POINT_TEXT[english] ?? english;
  return english;
}

/** The Spanish name of a point's part, or null when the language is English or the id unknown. */
export function localPointName(id: string): string | null {
  if (activeLanguage() !== 'es') return null;
  return (SPANISH_POINT_NAMES as Readonly<Record<string, string>>)[id] ?? null;
}

/**
 * Every sentence of a record that a card shows, for the completeness test.
 * @internal
 */
export function recordSentences(record: MotorPointRecord): readonly string[] {
  return [
    record.sourceLocation.description,
    record.rule.readingNote,
    record.nerve.name,
    record.depthNote,
    ...record.safety,
    record.evidence.nNote,
    record.notes,
  ].filter((text) => text.length > 0);
}
