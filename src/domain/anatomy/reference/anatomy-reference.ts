import { activeLanguage } from '../../messages/language';
import type { LandmarkId } from '../landmarks';
import { BONE_REFERENCE_DATA } from './bone-reference';
import { CONTEXT_MUSCLE_REFERENCE_DATA } from './context-muscle-reference';
import { LANDMARK_REFERENCE_DATA } from './landmark-reference';
import { MUSCLE_REFERENCE_DATA } from './muscle-reference';
import { NERVE_REFERENCE_DATA } from './nerve-reference';
import { SPANISH_REFERENCE_TEXT } from './reference-text-es';
import type {
  AnatomyReference,
  AnatomyReferenceId,
  LandmarkReference,
  ReferenceData,
  ReferenceFor,
} from './reference-types';
import { type AnatomySource, anatomySourceFor, type SourceId } from './sources';

function resolveSources(ids: readonly SourceId[]): readonly AnatomySource[] {
  return ids.map(anatomySourceFor);
}

function resolve<R extends AnatomyReference>(data: ReferenceData<R>): R {
  return { ...data, sources: resolveSources(data.sources) } as R;
}

function resolveAll<D extends Record<string, ReferenceData<AnatomyReference>>>(
  table: D,
): AnatomyReference[] {
  return Object.values(table).map((data) => resolve(data));
}

/** Every reference record: muscles, bones, nerves, then the context muscles (vocabulary order). */
export const ANATOMY_REFERENCES: readonly AnatomyReference[] = [
  ...resolveAll(MUSCLE_REFERENCE_DATA),
  ...resolveAll(BONE_REFERENCE_DATA),
  ...resolveAll(NERVE_REFERENCE_DATA),
  ...resolveAll(CONTEXT_MUSCLE_REFERENCE_DATA),
];

const BY_ID = new Map<string, AnatomyReference>(ANATOMY_REFERENCES.map((r) => [r.id, r]));

/** Fields that stay as published in every language: names in Latin, codes, sources. */
const UNTRANSLATED = new Set(['nameLatin', 'latinSynonyms', 'synonyms', 'terminology', 'sources']);

function translated(value: unknown, key: string): unknown {
  if (UNTRANSLATED.has(key)) return value;
  if (typeof value === 'string') return SPANISH_REFERENCE_TEXT[value] ?? value;
  if (Array.isArray(value)) return value.map((item) => translated(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translated(v, k)]));
  }
  return value;
}

const SPANISH = new Map<AnatomyReference, AnatomyReference>();

/**
 * A record in the active language: its texts from the Spanish table (one copy per record, made
 * when first asked for); English as it is.
 */
function inActiveLanguage(reference: AnatomyReference): AnatomyReference {
  if (activeLanguage() === 'en') return reference;
  let copy = SPANISH.get(reference);
  if (!copy) {
    copy = translated(reference, '') as AnatomyReference;
    SPANISH.set(reference, copy);
  }
  return copy;
}

/**
 * The reference record for a vocabulary id, typed by kind:
 * `anatomyReferenceFor('femur')` is a `BoneReference`. Every id of the vocabulary has a record
 * (the data tables are typed as complete records, and a test checks it at run time too).
 */
export function anatomyReferenceFor<I extends AnatomyReferenceId>(id: I): ReferenceFor<I> {
  const found = BY_ID.get(id);
  if (!found) {
    throw new Error(
      `anatomy-reference: no record for "${id}"; add it to the muscle, bone or nerve reference data.`,
    );
  }
  return inActiveLanguage(found) as ReferenceFor<I>;
}

/** Lookup for untrusted strings (URL parameters, embed messages): undefined when unknown. */
export function findAnatomyReference(id: string): AnatomyReference | undefined {
  const found = BY_ID.get(id);
  return found && inActiveLanguage(found);
}

/** @internal */
export function isAnatomyReferenceId(value: unknown): value is AnatomyReferenceId {
  return typeof value === 'string' && BY_ID.has(value);
}

/** One-line descriptions of the vocabulary's landmarks, with their sources resolved. */
export const LANDMARK_REFERENCE = Object.fromEntries(
  Object.entries(LANDMARK_REFERENCE_DATA).map(([id, data]) => [
    id,
    { id, ...data, sources: resolveSources(data.sources) },
  ]),
) as { readonly [K in LandmarkId]: LandmarkReference & { readonly id: K } };

/** @internal */
export function landmarkReferenceFor(id: LandmarkId): LandmarkReference {
  return LANDMARK_REFERENCE[id];
}
