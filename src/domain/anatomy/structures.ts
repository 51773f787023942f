import { AT_RISK_STRUCTURES, type AtRiskId } from './at-risk';
import { BONES, type BoneId } from './bones';
import { CONTEXT_MUSCLES, type ContextMuscleId } from './context-muscles';
import type { LayerId } from './layers';
import { MUSCLES, type MuscleOrTendonId } from './muscles';
import { NERVES, type NerveId } from './nerves';
import { type Side, sidesOf } from './sides';
import { labelsFollowLanguage } from './structure-names';

/** Kinds of node in the model contract (glTF `extras.kind`). */
export const NODE_KINDS = [
  'bone',
  'muscle',
  'nerve',
  'skin',
  'landmark',
  'joint',
  'vessel',
  'organ',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export type StructureId = MuscleOrTendonId | BoneId | NerveId | 'skin' | ContextMuscleId | AtRiskId;

/** A drawable structure: one per id and side. */
export interface Structure {
  readonly id: StructureId;
  readonly kind: Exclude<NodeKind, 'landmark' | 'joint'>;
  readonly side: Side;
  readonly layer: LayerId;
  readonly label: string;
}

/** The key used wherever a structure on one side is named: `gluteus-medius:left`. */
export type StructureKey = `${StructureId}:${Side}`;

export function structureKey(id: StructureId, side: Side): StructureKey {
  return `${id}:${side}`;
}

/** Every structure the vocabulary defines, on each side where it exists. */
export const STRUCTURES: readonly Structure[] = [
  { id: 'skin', kind: 'skin', side: 'midline', layer: 'skin', label: 'Skin' },
  ...MUSCLES.flatMap((m) =>
    sidesOf(true).map(
      (side): Structure => ({ id: m.id, kind: 'muscle', side, layer: m.layer, label: m.label }),
    ),
  ),
  ...BONES.flatMap((b) =>
    sidesOf(b.bilateral).map(
      (side): Structure => ({ id: b.id, kind: 'bone', side, layer: 'bones', label: b.label }),
    ),
  ),
  ...NERVES.flatMap((n) =>
    sidesOf(true).map(
      (side): Structure => ({ id: n.id, kind: 'nerve', side, layer: 'nerves', label: n.label }),
    ),
  ),
  ...CONTEXT_MUSCLES.flatMap((m) =>
    sidesOf(true).map(
      (side): Structure => ({ id: m.id, kind: 'muscle', side, layer: 'context', label: m.label }),
    ),
  ),
  ...AT_RISK_STRUCTURES.flatMap((s) =>
    sidesOf(s.bilateral).map(
      (side): Structure => ({ id: s.id, kind: s.kind, side, layer: s.layer, label: s.label }),
    ),
  ),
];

// Every vocabulary label (and the copies above) speaks the active language when read.
labelsFollowLanguage(MUSCLES);
labelsFollowLanguage(BONES);
labelsFollowLanguage(NERVES);
labelsFollowLanguage(CONTEXT_MUSCLES);
labelsFollowLanguage(AT_RISK_STRUCTURES);
labelsFollowLanguage(STRUCTURES);
