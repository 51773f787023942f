import type { BoneId } from '../bones';
import type { ContextMuscleId } from '../context-muscles';
import type { LandmarkId } from '../landmarks';
import type { LayerId } from '../layers';
import type { MuscleOrTendonId } from '../muscles';
import type { NerveId } from '../nerves';
import type { AnatomySource, SourceId } from './sources';
import type { SpinalRoot } from './spinal-roots';

/**
 * Nerves that have a reference card but are not drawn in the model (the vocabulary's `NERVES`
 * lists the drawn ones). Psoas major is supplied directly by the lumbar plexus, and the lateral
 * femoral cutaneous nerve matters for needling near the ASIS.
 * @internal
 */
export const EXTRA_NERVE_IDS = ['lateral-femoral-cutaneous-nerve', 'lumbar-plexus'] as const;
type ExtraNerveId = (typeof EXTRA_NERVE_IDS)[number];
export type NerveReferenceId = NerveId | ExtraNerveId;

/** Every id that has a reference card. */
export type AnatomyReferenceId = MuscleOrTendonId | ContextMuscleId | BoneId | NerveReferenceId;

type ReferenceKind = 'muscle' | 'tendon' | 'bone' | 'nerve' | 'nerve-plexus';

/**
 * Planes of movement. sagittal: flexion and extension; frontal: abduction, adduction and side
 * bending; transverse: rotation; other: roles that are not a movement in one plane.
 */
export const PLANES = ['sagittal', 'frontal', 'transverse', 'other'] as const;
type Plane = (typeof PLANES)[number];
export type ActionsByPlane = { readonly [P in Plane]: readonly string[] };

/** Identifiers in the anatomical terminologies; null where none was found. */
interface Terminology {
  /** Terminologia Anatomica 2 (FIPAT 2019) numeric id. */
  readonly ta2Id: number | null;
  /** Terminologia Anatomica 1998 code, e.g. `A04.7.02.007`. */
  readonly ta98Id: string | null;
  readonly ta98Latin: string | null;
  /** Foundational Model of Anatomy id. */
  readonly fmaId: number | null;
  /** Wikidata Q-id. */
  readonly wikidataId: string | null;
  /** How the ids were obtained and what still needs checking. */
  readonly note: string | null;
}

interface ReferenceBase<Id extends AnatomyReferenceId, Kind extends ReferenceKind> {
  readonly id: Id;
  readonly kind: Kind;
  /** English name as cards show it. */
  readonly nameEn: string;
  /** Preferred Latin term of Terminologia Anatomica 2 (TA98 where TA2 gives none). */
  readonly nameLatin: string;
  /** Other Latin forms (TA2 synonyms, TA98 spelling). */
  readonly latinSynonyms: readonly string[];
  /** A plain-language name for patients. */
  readonly plainName: string;
  /** Other names, abbreviations and common misnomers people search for. */
  readonly synonyms: readonly string[];
  readonly terminology: Terminology;
  /** The display layer the structure belongs to (the vocabulary's layer for muscles). */
  readonly layer: LayerId;
  readonly clinicalNote: string;
  /** One or two short sentences for a patient (school grade 6–8). */
  readonly patientDescription: string;
  /** What the sources disagree on or what was not verified. Empty when nothing is flagged. */
  readonly uncertain: readonly string[];
  readonly sources: readonly AnatomySource[];
}

export interface Innervation {
  /** The nerve's card, or null when the nerve has none (the nerve to piriformis). */
  readonly nerveId: NerveReferenceId | null;
  readonly nerveName: string;
  readonly roots: readonly SpinalRoot[];
  /** Variation between sources, or null. */
  readonly rootsNote: string | null;
}

export interface MuscleReference
  extends ReferenceBase<MuscleOrTendonId | ContextMuscleId, 'muscle' | 'tendon'> {
  readonly origin: string;
  readonly insertion: string;
  /** Nearest named landmarks: level or region markers, not exact attachment points. */
  readonly originLandmarks: readonly LandmarkId[];
  readonly insertionLandmarks: readonly LandmarkId[];
  readonly actions: ActionsByPlane;
  /** Null for the iliotibial band, which is fascia. */
  readonly innervation: Innervation | null;
  readonly bloodSupply: readonly string[];
  /** What lies over and under it. */
  readonly layerNote: string;
}

interface LandmarkNote {
  readonly landmarkId: LandmarkId;
  readonly note: string;
}

export interface MuscleAttachment {
  /** The muscle's card, or null for muscles the model does not include. */
  readonly muscleId: MuscleOrTendonId | null;
  readonly text: string;
}

interface BonePart {
  readonly nameEn: string;
  readonly nameLatin: string;
  readonly ta2Id: number | null;
  readonly ta98Id: string | null;
  readonly fmaId: number | null;
}

export interface BoneReference extends ReferenceBase<BoneId, 'bone'> {
  readonly summary: string;
  /** Parts that fuse to form the bone (the hip bone's ilium, ischium and pubis). */
  readonly parts: readonly BonePart[];
  readonly keyLandmarks: readonly LandmarkNote[];
  readonly articulations: readonly string[];
  readonly muscleAttachments: readonly MuscleAttachment[];
}

export interface NerveReference extends ReferenceBase<NerveReferenceId, 'nerve' | 'nerve-plexus'> {
  /** False for the extra nerves that have a card but no tube in the model. */
  readonly inModel: boolean;
  readonly roots: readonly SpinalRoot[];
  readonly rootsNote: string | null;
  /** Where the nerve arises. */
  readonly origin: string;
  readonly course: string;
  /** Where it lies in relation to landmarks you can feel, or null. */
  readonly surfaceProjection: string | null;
  /** Muscles of the model that it supplies (for links between cards). */
  readonly suppliedMuscleIds: readonly MuscleOrTendonId[];
  readonly motorSupply: readonly string[];
  readonly sensorySupply: readonly string[];
  /** Named branches (plexus only). */
  readonly branches: readonly string[];
  readonly branchNerveIds: readonly NerveReferenceId[];
}

export type AnatomyReference = MuscleReference | BoneReference | NerveReference;

/** The record type for an id, so `anatomyReferenceFor('femur')` is a `BoneReference`. */
export type ReferenceFor<I extends AnatomyReferenceId> = I extends
  | MuscleOrTendonId
  | ContextMuscleId
  ? MuscleReference
  : I extends BoneId
    ? BoneReference
    : NerveReference;

/** A record as written in the data files: sources by id, resolved at load. */
export type ReferenceData<R extends AnatomyReference> = Omit<R, 'sources'> & {
  readonly sources: readonly SourceId[];
};

export interface LandmarkReference {
  readonly id: LandmarkId;
  /** What it is, in one sentence. */
  readonly description: string;
  /** Where to feel it on a person, or null when it cannot be felt (a model reference point). */
  readonly whereToFeel: string | null;
  readonly sources: readonly AnatomySource[];
}
