export const SIDES = ['left', 'right', 'midline'] as const;
export type Side = (typeof SIDES)[number];

/** The two sides a bilateral structure exists on. */
export const BILATERAL_SIDES = ['left', 'right'] as const;
export type BilateralSide = (typeof BILATERAL_SIDES)[number];

export function sidesOf(bilateral: boolean): readonly Side[] {
  return bilateral ? BILATERAL_SIDES : ['midline'];
}
