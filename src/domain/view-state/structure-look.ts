import { type MuscleId, type Structure, type StructureKey, structureKey } from '../anatomy';
import { type ActivationBand, activationBand } from '../exercises';
import { effectiveVisibility } from './effective-visibility';
import type { ViewState, Visibility } from './view-state';

/** How one structure is drawn: its visibility and what marks it out. */
export interface StructureLook {
  readonly visibility: Visibility;
  readonly selected: boolean;
  readonly hovered: boolean;
  /** Weakness or tightness (0..1) of the stance-side muscle, for the dysfunction tint. */
  readonly dysfunction: number;
  /** An exercise is shown: its activation band, or "not working" for the other muscles. */
  readonly tint: ActivationBand | 'not-working' | null;
  /** See-through skin is an envelope: a click passes through it to what lies under it. */
  readonly pickThrough: boolean;
}

export interface StructureLookContext {
  readonly view: Pick<
    ViewState,
    'layers' | 'structures' | 'peel' | 'selection' | 'dysfunction' | 'acupuncture'
  >;
  readonly hovered: StructureKey | null;
  /** The shown exercise's mean activation (% MVIC) per muscle, or null when none is shown. */
  readonly exerciseActivation: Readonly<Partial<Record<MuscleId, number>>> | null;
}

export function structureLook(context: StructureLookContext, structure: Structure): StructureLook {
  const { view, hovered, exerciseActivation } = context;
  const key = structureKey(structure.id, structure.side);
  const visibility = effectiveVisibility(view, structure);
  const { dysfunction } = view;
  const onStance = structure.side === dysfunction.stanceSide;
  const severity = onStance ? dysfunction.muscles[structure.id as MuscleId] : undefined;
  const pct =
    exerciseActivation && onStance ? exerciseActivation[structure.id as MuscleId] : undefined;
  return {
    visibility,
    selected: view.selection === key,
    hovered: hovered === key,
    dysfunction: severity ? Math.max(severity.weakness, severity.tightness) : 0,
    tint:
      pct !== undefined
        ? activationBand(pct)
        : exerciseActivation && structure.kind === 'muscle'
          ? 'not-working'
          : null,
    pickThrough: structure.layer === 'skin' && visibility === 'ghosted',
  };
}
