import { BONES } from '../anatomy/bones';
import { CONTEXT_MUSCLES } from '../anatomy/context-muscles';
import { LANDMARKS, type LandmarkId } from '../anatomy/landmarks';
import { MUSCLES } from '../anatomy/muscles';
import { NERVES } from '../anatomy/nerves';
import {
  ANATOMY_REFERENCES,
  type AnatomyReference,
  findAnatomyReference,
  formatRoots,
  LANDMARK_REFERENCE,
} from '../anatomy/reference';
import { SPANISH_LANDMARK_TEXT } from '../anatomy/reference/landmark-text-es';
import { anatomy } from '../messages/en/anatomy';
import { activeLanguage } from '../messages/language';
import type { SearchEntry, SearchKind } from './search-types';

/** Extra search words for landmarks: full names of abbreviations and everyday names. */
const LANDMARK_SEARCH_TERMS: { readonly [K in LandmarkId]?: readonly string[] } = {
  ASIS: ['anterior superior iliac spine', 'front of the hip bone'],
  AIIS: ['anterior inferior iliac spine'],
  PSIS: ['posterior superior iliac spine', 'dimples of Venus', 'back dimples'],
  'iliac-crest-highest': ['iliac crest', 'top of the hip bone'],
  'greater-sciatic-notch-apex': ['sciatic notch'],
  'ischial-tuberosity': ['sitting bone', 'sit bone', 'ischial tuber'],
  'hip-joint-center': ['hip joint', 'HJC', 'femoral head centre'],
  'sacral-hiatus': ['caudal epidural'],
  'coccyx-tip': ['tailbone tip'],
  'L4-spinous-process': ["Tuffier's line", 'intercristal line'],
  'greater-trochanter-tip': ['greater trochanter', 'trochanter', 'GT'],
  'femoral-lateral-epicondyle': ['lateral epicondyle'],
  'femoral-medial-epicondyle': ['medial epicondyle'],
  'knee-joint-center': ['knee joint'],
  'patella-center': ['kneecap centre'],
  'patella-apex': ['lower pole of the kneecap'],
  'fibular-head': ['head of fibula', 'fibula head'],
  'tibial-tuberosity': ['tibial tubercle'],
  'ST35-lateral-knee-eye': ['ST35', 'Dubi', 'knee eye'],
  'popliteal-crease-lateral': ['back of the knee crease'],
  umbilicus: ['navel', 'belly button'],
  'gluteal-fold-midpoint': ['buttock crease'],
  'psoas-inguinal-crossing': ['inguinal ligament'],
  'lcfa-ascending-branch-entry-tfl': ['lateral circumflex femoral artery', 'LCFA'],
};

/** Display title of a vocabulary id, read when the entries are built (active language). */
function vocabularyLabel(id: string): string | undefined {
  return [...MUSCLES, ...BONES, ...NERVES, ...CONTEXT_MUSCLES].find((entry) => entry.id === id)
    ?.label;
}

function kindOf(record: AnatomyReference): SearchKind {
  switch (record.kind) {
    case 'muscle':
    case 'tendon':
    case 'bone':
      return record.kind;
    case 'nerve':
    case 'nerve-plexus':
      return 'nerve';
  }
}

function subtitleOf(record: AnatomyReference): string {
  const detail =
    record.kind === 'nerve' || record.kind === 'nerve-plexus'
      ? anatomy.rootsLabel(formatRoots(record.roots))
      : record.nameLatin;
  return `${record.plainName} · ${detail}`;
}

function referenceEntry(record: AnatomyReference): SearchEntry {
  const kind = kindOf(record);
  // The record in the active language: its names are shown and searchable, the English too.
  const local = findAnatomyReference(record.id) ?? record;
  const title = vocabularyLabel(record.id) ?? local.nameEn;
  return {
    key: `${kind}:${record.id}`,
    kind,
    targetId: record.id,
    title,
    subtitle: subtitleOf(local),
    terms: [
      ...new Set([title, local.nameEn, local.plainName]),
      record.nameEn,
      record.nameLatin,
      ...record.latinSynonyms,
      record.plainName,
      ...record.synonyms,
      ...(record.terminology.ta98Latin ? [record.terminology.ta98Latin] : []),
      ...(record.kind === 'bone' ? record.parts.map((p) => p.nameLatin) : []),
    ],
  };
}

/** A landmark's name or description in the active language. */
function landmarkText(english: string): string {
  return activeLanguage() === 'es' ? (SPANISH_LANDMARK_TEXT[english] ?? english) : english;
}

function landmarkEntry(landmark: (typeof LANDMARKS)[number]): SearchEntry {
  const title = landmarkText(landmark.label);
  return {
    key: `landmark:${landmark.id}`,
    kind: 'landmark',
    targetId: landmark.id,
    title,
    subtitle: landmarkText(LANDMARK_REFERENCE[landmark.id].description),
    terms: [
      landmark.id,
      ...new Set([landmark.label, title]),
      ...(LANDMARK_SEARCH_TERMS[landmark.id] ?? []),
    ],
  };
}

/**
 * Search entries for every muscle, the iliotibial band, every bone, every nerve with a card
 * (including the two that are not drawn) and every landmark. Sides are not split: the entry
 * names the structure, and the app picks the side.
 */
export function anatomySearchEntries(): SearchEntry[] {
  return [...ANATOMY_REFERENCES.map(referenceEntry), ...LANDMARKS.map(landmarkEntry)];
}
