import type { BilateralSide, StructureId, StructureKey } from '../anatomy';

/**
 * Which structures get a label when labels are on, most important first: the hip muscles this
 * viewer is about (largest first), then the iliotibial band and the large bones. Nerves,
 * vessels and neighbouring muscles are labelled only when pinned.
 */
export const AUTO_LABEL_MUSCLES = [
  'gluteus-maximus',
  'gluteus-medius',
  'iliacus',
  'psoas-major',
  'tensor-fasciae-latae',
  'piriformis',
  'gluteus-minimus',
] as const satisfies readonly StructureId[];

export const AUTO_LABEL_OTHERS = [
  'iliotibial-band',
  'hip-bone',
  'sacrum',
  'femur',
] as const satisfies readonly StructureId[];

export interface LabelLimits {
  /** Most automatic labels in a wide view (pinned labels come on top). */
  wide: number;
  /** Most automatic labels in a narrow view (a phone). */
  narrow: number;
  /** Views narrower than this (CSS px) count as narrow. */
  narrowBelowPx: number;
}

export const LABEL_LIMITS_DEFAULTS: LabelLimits = { wide: 9, narrow: 4, narrowBelowPx: 700 };

export function autoLabelLimit(viewWidthPx: number, limits: LabelLimits = LABEL_LIMITS_DEFAULTS) {
  return viewWidthPx < limits.narrowBelowPx ? limits.narrow : limits.wide;
}

function keyOf(id: StructureId, side: BilateralSide | 'midline'): StructureKey {
  return `${id}:${side}` as StructureKey;
}

/**
 * Every structure an automatic label may name, in the order labels are offered: each hip muscle
 * once on the side nearer the camera, then on the far side, then the band and bones.
 */
export function autoLabelOrder(nearSide: BilateralSide): StructureKey[] {
  const farSide: BilateralSide = nearSide === 'right' ? 'left' : 'right';
  return [
    ...AUTO_LABEL_MUSCLES.map((id) => keyOf(id, nearSide)),
    ...AUTO_LABEL_MUSCLES.map((id) => keyOf(id, farSide)),
    ...AUTO_LABEL_OTHERS.flatMap((id) =>
      id === 'sacrum' ? [keyOf(id, 'midline')] : [keyOf(id, nearSide), keyOf(id, farSide)],
    ),
  ];
}

export interface LabelChoiceInput {
  /** Labels switched on (the automatic rule applies). */
  labelsOn: boolean;
  pinned: readonly StructureKey[];
  selection: StructureKey | null;
  nearSide: BilateralSide;
  /** Whether a structure is drawn at all (not hidden). Hidden structures get no label. */
  isShown: (key: StructureKey) => boolean;
}

/**
 * The structures to try to label, most important first: pinned ones, then (labels on) the
 * selected structure and the automatic list. Whether each can be seen from the camera is the
 * scene's question; this only says which to ask about.
 */
export function labelCandidates(input: LabelChoiceInput): StructureKey[] {
  const out: StructureKey[] = [];
  const add = (key: StructureKey) => {
    if (!out.includes(key) && input.isShown(key)) out.push(key);
  };
  for (const key of input.pinned) add(key);
  if (input.labelsOn) {
    if (input.selection) add(input.selection);
    for (const key of autoLabelOrder(input.nearSide)) add(key);
  }
  return out;
}
