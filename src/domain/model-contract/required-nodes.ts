import { AT_RISK_STRUCTURES } from '../anatomy/at-risk';
import { BONES } from '../anatomy/bones';
import { CONTEXT_MUSCLES } from '../anatomy/context-muscles';
import { JOINTS } from '../anatomy/joints';
import { LANDMARKS, type LandmarkId } from '../anatomy/landmarks';
import type { LayerId } from '../anatomy/layers';
import { MUSCLES } from '../anatomy/muscles';
import { NERVES } from '../anatomy/nerves';
import { type Side, sidesOf } from '../anatomy/sides';
import type { NodeKind } from '../anatomy/structures';

/** One node the contract asks for: a kind, a vocabulary id and a side. */
export interface ContractEntry {
  readonly kind: NodeKind;
  readonly id: string;
  readonly side: Side;
  /** Why it matters, shown in the fix-it message. */
  readonly purpose: string;
}

/**
 * Landmarks that the motor point location rules measure from (`from` / `to` of the records).
 * A model without them cannot place those markers, so they are required.
 * @internal
 */
export const MOTOR_POINT_RULE_LANDMARKS = [
  'ASIS',
  'PSIS',
  'iliac-crest-highest',
  'greater-sciatic-notch-apex',
  'greater-trochanter-tip',
  'patella-center',
  'sacrum-lateral-border',
  'T12-transverse-process',
  'umbilicus',
  'buttock-quadrant-center',
  'psoas-inguinal-crossing',
  'lcfa-ascending-branch-entry-tfl',
] as const satisfies readonly LandmarkId[];

/** Joints a posable model provides (optional: a static model still renders). */
export const CONTRACT_JOINTS: readonly { id: string; bilateral: boolean }[] = JOINTS.filter(
  (j) => j.inContract,
).map(({ id, bilateral }) => ({ id, bilateral }));

const requiredLandmarks = new Set<string>(MOTOR_POINT_RULE_LANDMARKS);

function entries(
  kind: NodeKind,
  items: readonly { id: string; bilateral: boolean }[],
  purpose: string,
): ContractEntry[] {
  return items.flatMap((item) =>
    sidesOf(item.bilateral).map((side) => ({ kind, id: item.id, side, purpose })),
  );
}

/** Bones, contractile muscles and the landmarks the motor point rules use. */
export const REQUIRED_NODES: readonly ContractEntry[] = [
  ...entries('bone', BONES, 'drawn as the skeleton and used to pose the model'),
  ...entries(
    'muscle',
    MUSCLES.filter((m) => m.tissue === 'muscle').map((m) => ({ id: m.id, bilateral: true })),
    'carries the motor point markers',
  ),
  ...entries(
    'landmark',
    LANDMARKS.filter((l) => requiredLandmarks.has(l.id)),
    'a motor point location rule measures from it',
  ),
];

/** Nerves, skin, the iliotibial band, joints and the other landmarks. */
export const OPTIONAL_NODES: readonly ContractEntry[] = [
  ...entries(
    'muscle',
    MUSCLES.filter((m) => m.tissue !== 'muscle').map((m) => ({ id: m.id, bilateral: true })),
    'shown with the superficial layer',
  ),
  ...entries(
    'nerve',
    NERVES.map((n) => ({ id: n.id, bilateral: true })),
    'needling safety view',
  ),
  { kind: 'skin', id: 'skin', side: 'midline', purpose: 'skin layer and surface depth' },
  ...AT_RISK_STRUCTURES.flatMap((s) =>
    sidesOf(s.bilateral).map((side) => ({
      kind: s.kind,
      id: s.id,
      side,
      purpose: 'a structure at risk that needle guidance checks a route against',
    })),
  ),
  ...entries(
    'landmark',
    LANDMARKS.filter((l) => !requiredLandmarks.has(l.id)),
    'shown as a reference point',
  ),
  ...entries('joint', CONTRACT_JOINTS, 'lets the model be posed'),
];

/** The layer a structure of this kind and id belongs to (undefined: any layer accepted). */
export function expectedLayer(kind: NodeKind, id: string): LayerId | undefined {
  if (kind === 'bone') return 'bones';
  if (kind === 'nerve') return 'nerves';
  if (kind === 'vessel' || kind === 'organ') return 'vessels-organs';
  if (kind === 'skin') return 'skin';
  if (kind === 'muscle') {
    if (CONTEXT_MUSCLES.some((m) => m.id === id)) return 'context';
    return MUSCLES.find((m) => m.id === id)?.layer;
  }
  return undefined;
}
