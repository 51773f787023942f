import type { BilateralSide, StructureId, StructureKey } from '../anatomy';

/**
 * Which structures get a label when labels are on, most important first: the hip muscles this
 * viewer is about (largest first), then the iliotibial band and the large bones. Nerves,
 * vessels and neighbouring muscles are labelled only when pinned.
 * @internal
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

const AUTO_LABEL_OTHERS = [
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

const LABEL_LIMITS_DEFAULTS: LabelLimits = { wide: 8, narrow: 4, narrowBelowPx: 700 };

export function autoLabelLimit(viewWidthPx: number, limits: LabelLimits = LABEL_LIMITS_DEFAULTS) {
  return viewWidthPx < limits.narrowBelowPx ? limits.narrow : limits.wide;
}

function keyOf(id: StructureId, side: BilateralSide | 'midline'): StructureKey {
  return `${id}:${side}` as StructureKey;
}

/**
 * Every structure an automatic label may name, in the order labels are offered: each hip muscle
 * once, then once more on the other side, then the band and bones. From one side the nearer side
 * comes first; from the front, back or top (`nearSide` null) the sides alternate, starting on
 * the right, so a few labels spread over both halves of the body instead of crowding one.
 * @internal
 */
export function autoLabelOrder(nearSide: BilateralSide | null): StructureKey[] {
  const sideOf = (i: number, round: 0 | 1): BilateralSide => {
    const first: BilateralSide = nearSide ?? (i % 2 === 0 ? 'right' : 'left');
    const other: BilateralSide = first === 'right' ? 'left' : 'right';
    return round === 0 ? first : other;
  };
  const bonesFirst: BilateralSide = nearSide ?? 'right';
  const bonesOther: BilateralSide = bonesFirst === 'right' ? 'left' : 'right';
  return [
    ...AUTO_LABEL_MUSCLES.map((id, i) => keyOf(id, sideOf(i, 0))),
    ...AUTO_LABEL_MUSCLES.map((id, i) => keyOf(id, sideOf(i, 1))),
    ...AUTO_LABEL_OTHERS.flatMap((id) =>
      id === 'sacrum' ? [keyOf(id, 'midline')] : [keyOf(id, bonesFirst), keyOf(id, bonesOther)],
    ),
  ];
}

export interface LabelChoiceInput {
  /** Labels switched on (the automatic rule applies). */
  labelsOn: boolean;
  pinned: readonly StructureKey[];
  selection: StructureKey | null;
  /** The side nearer the camera; null when the camera faces the body's front, back or top. */
  nearSide: BilateralSide | null;
  /** Whether a structure is drawn at all (not hidden). Hidden structures get no label. */
  isShown: (key: StructureKey) => boolean;
  /**
   * Whether a structure is drawn solid. See-through tissue is there to show what lies beneath,
   * so it is labelled only when pinned or selected.
   */
  isSolid: (key: StructureKey) => boolean;
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
    for (const key of autoLabelOrder(input.nearSide)) if (input.isSolid(key)) add(key);
  }
  return out;
}
