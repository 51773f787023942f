import type { Side, StructureKey } from '../anatomy';
import { STRUCTURES } from '../anatomy';
import { type AnatomyReferenceId, findAnatomyReference } from '../anatomy/reference';
import { learning } from '../messages/en/learning';
import type { MotorPointRecord } from '../motor-points';
import type { ViewMode, ViewState } from '../view-state';

/**
 * What the UI shows in each mode. Patient mode: plain names, larger type, few numbers (mechanics
 * as arrows and one sentence), evidence as a plain sentence, safety notes reworded, no needle
 * depths unless the clinician opens them, and a prominent "explain" button that starts a story.
 * Quiz mode: the answers (markers, labels, nerve names on cards) stay hidden until answered.
 */
export interface DisplayPolicy {
  readonly mode: ViewMode;
  readonly names: 'plain' | 'anatomical';
  readonly showLatinNames: boolean;
  /** Multiply the base font size by this. */
  readonly typeScale: number;
  readonly numbers: 'minimal' | 'full';
  /** `arrows-and-sentence`: load arrows and `describeResult`; no table of numbers. */
  readonly mechanics: 'arrows-and-sentence' | 'full';
  readonly showMechanicsTable: boolean;
  readonly showNeedleDepth: boolean;
  /** Offer the clinician's "show needle depths" switch. */
  readonly showDepthToggle: boolean;
  readonly showNerveRoots: boolean;
  /** `plain`: one sentence on how the place was found; `full`: citation, sample, reading note. */
  readonly evidence: 'plain' | 'full';
  readonly showReadingNotes: boolean;
  readonly safetyNotes: 'patient' | 'clinical';
  readonly showExplainButton: boolean;
  /** Show markers, labels and names that would answer the open quiz question. */
  readonly revealAnswers: boolean;
}

export interface PatientModeOptions {
  /** The clinician opened the needle depths in patient mode. */
  readonly clinicianReveal: boolean;
  readonly patientTypeScale: number;
  /** In quiz mode: the current question has been answered. */
  readonly answered: boolean;
}

const PATIENT_MODE_DEFAULTS: PatientModeOptions = {
  clinicianReveal: false,
  patientTypeScale: 1.25,
  answered: false,
};

const FULL: Omit<DisplayPolicy, 'mode'> = {
  names: 'anatomical',
  showLatinNames: true,
  typeScale: 1,
  numbers: 'full',
  mechanics: 'full',
  showMechanicsTable: true,
  showNeedleDepth: true,
  showDepthToggle: false,
  showNerveRoots: true,
  evidence: 'full',
  showReadingNotes: true,
  safetyNotes: 'clinical',
  showExplainButton: false,
  revealAnswers: true,
};

/**
 * The display rules for the view's mode (explore and quiz too, so the UI asks one function).
 */
export function patientModePolicy(
  view: Pick<ViewState, 'mode'>,
  options: Partial<PatientModeOptions> = {},
): DisplayPolicy {
  const opts = { ...PATIENT_MODE_DEFAULTS, ...options };
  switch (view.mode) {
    case 'patient':
      return {
        mode: 'patient',
        names: 'plain',
        showLatinNames: false,
        typeScale: opts.patientTypeScale,
        numbers: 'minimal',
        mechanics: 'arrows-and-sentence',
        showMechanicsTable: false,
        showNeedleDepth: opts.clinicianReveal,
        showDepthToggle: true,
        showNerveRoots: false,
        evidence: 'plain',
        showReadingNotes: false,
        safetyNotes: 'patient',
        showExplainButton: true,
        revealAnswers: true,
      };
    case 'quiz':
      return { ...FULL, mode: 'quiz', showLatinNames: false, revealAnswers: opts.answered };
    case 'explore':
      return { ...FULL, mode: 'explore' };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type NameMode = ViewMode | Pick<DisplayPolicy, 'names'>;

function isPlain(mode: NameMode): boolean {
  return typeof mode === 'string' ? mode === 'patient' : mode.names === 'plain';
}

/**
 * A structure's name for the mode: the plain-language name (capitalised) in patient mode, the
 * English anatomical name otherwise. Skin has no reference card and is "Skin" in every mode.
 */
export function displayName(id: AnatomyReferenceId | 'skin', mode: NameMode): string {
  const ref = id === 'skin' ? undefined : findAnatomyReference(id);
  if (!ref) return STRUCTURES.find((s) => s.id === id)?.label ?? id;
  return isPlain(mode) ? capitalise(ref.plainName) : ref.nameEn;
}

/**
 * `Side-of-hip muscle (left)` / `Gluteus medius (left)`; midline structures have no side.
 * @internal
 */
export function displayStructureName(key: StructureKey, mode: NameMode): string {
  const at = key.lastIndexOf(':');
  const id = key.slice(0, at) as AnatomyReferenceId | 'skin';
  const side = key.slice(at + 1) as Side;
  return learning.onSide(displayName(id, mode), side === 'midline' ? 'midline' : side);
}

/** What kind of site a record is, for patients (a vendor electrode site is not a needling point). */
export function patientPointKind(
  record: Pick<MotorPointRecord, 'pointType' | 'finerType'>,
): keyof typeof learning.patientMode.pointKinds {
  return record.finerType === 'stimulation-site-vendor' ? 'surface-electrode' : record.pointType;
}

/** A marker's name in patient mode: `Side-of-hip muscle: where its nerve enters`. */
export function patientPointName(
  record: Pick<MotorPointRecord, 'muscle' | 'pointType' | 'finerType'>,
): string {
  const t = learning.patientMode;
  return t.pointName(displayName(record.muscle, 'patient'), t.pointKinds[patientPointKind(record)]);
}
