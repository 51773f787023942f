import { AT_RISK_STRUCTURES } from '../anatomy/at-risk';
import { BONES } from '../anatomy/bones';
import { CONTEXT_MUSCLES } from '../anatomy/context-muscles';
import { LANDMARKS } from '../anatomy/landmarks';
import { LAYER_IDS } from '../anatomy/layers';
import { MUSCLES } from '../anatomy/muscles';
import { NERVES } from '../anatomy/nerves';
import { SIDES, type Side } from '../anatomy/sides';
import { NODE_KINDS, type NodeKind } from '../anatomy/structures';
import {
  CONTRACT_JOINTS,
  type ContractEntry,
  expectedLayer,
  OPTIONAL_NODES,
  REQUIRED_NODES,
} from './required-nodes';

/** A node as the checker sees it: its name (for messages) and its glTF extras. */
export interface ContractNode {
  name?: string;
  extras: unknown;
}

export interface ModelContractReport {
  /** True when every required node is present and no node is invalid. */
  ok: boolean;
  /** Entries like "landmark ASIS (left)", "muscle gluteus-medius (right)". */
  missingRequired: string[];
  missingOptional: string[];
  /** Nodes whose extras break the contract, with the reason. */
  invalid: string[];
}

function atRiskIds(kind: NodeKind): string[] {
  return AT_RISK_STRUCTURES.filter((s) => s.kind === kind).map((s) => s.id);
}

function atRiskSides(kind: NodeKind): ReadonlyMap<string, boolean> {
  return new Map(AT_RISK_STRUCTURES.filter((s) => s.kind === kind).map((s) => [s.id, s.bilateral]));
}

const KNOWN_IDS: Record<NodeKind, ReadonlySet<string>> = {
  bone: new Set(BONES.map((b) => b.id)),
  muscle: new Set<string>([...MUSCLES.map((m) => m.id), ...CONTEXT_MUSCLES.map((m) => m.id)]),
  nerve: new Set<string>([...NERVES.map((n) => n.id), ...atRiskIds('nerve')]),
  vessel: new Set(atRiskIds('vessel')),
  organ: new Set(atRiskIds('organ')),
  skin: new Set(['skin']),
  landmark: new Set(LANDMARKS.map((l) => l.id)),
  joint: new Set(CONTRACT_JOINTS.map((j) => j.id).concat('T12-L1')),
};

const BILATERAL: Record<NodeKind, ReadonlyMap<string, boolean>> = {
  bone: new Map(BONES.map((b) => [b.id, b.bilateral])),
  muscle: new Map<string, boolean>([...MUSCLES, ...CONTEXT_MUSCLES].map((m) => [m.id, true])),
  nerve: new Map<string, boolean>([
    ...NERVES.map((n): [string, boolean] => [n.id, true]),
    ...AT_RISK_STRUCTURES.filter((s) => s.kind === 'nerve').map((s): [string, boolean] => [
      s.id,
      s.bilateral,
    ]),
  ]),
  vessel: atRiskSides('vessel'),
  organ: atRiskSides('organ'),
  skin: new Map([['skin', false]]),
  landmark: new Map(LANDMARKS.map((l) => [l.id, l.bilateral])),
  joint: new Map(
    CONTRACT_JOINTS.map((j) => [j.id, j.bilateral] as const).concat([['T12-L1', false]]),
  ),
};

function describeEntry(e: Pick<ContractEntry, 'kind' | 'id' | 'side'>): string {
  return `${e.kind} ${e.id} (${e.side})`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks a model's nodes against the model contract (docs/model-contract.md): each meaningful
 * node carries `extras { kind, id, side, layer }` with vocabulary ids; every required bone,
 * muscle and rule landmark exists on each side where it exists. Nodes without `extras.kind`
 * are ignored (helper nodes); nodes with a kind but bad fields are reported as invalid.
 */
export function checkModelContract(nodes: readonly ContractNode[]): ModelContractReport {
  const present = new Set<string>();
  const invalid: string[] = [];
  nodes.forEach((node, index) => {
    const label = node.name ? `node "${node.name}"` : `node #${index}`;
    const x = node.extras;
    if (!isRecord(x) || x.kind === undefined) return;
    const { kind, id, side, layer } = x;
    if (typeof kind !== 'string' || !(NODE_KINDS as readonly string[]).includes(kind)) {
      invalid.push(
        `${label}: unknown kind ${JSON.stringify(kind)} (use one of ${NODE_KINDS.join(', ')})`,
      );
      return;
    }
    const k = kind as NodeKind;
    if (typeof id !== 'string' || !KNOWN_IDS[k].has(id)) {
      invalid.push(`${label}: ${k} id ${JSON.stringify(id)} is not in the anatomy vocabulary`);
      return;
    }
    if (typeof side !== 'string' || !(SIDES as readonly string[]).includes(side)) {
      invalid.push(`${label}: side ${JSON.stringify(side)} must be left, right or midline`);
      return;
    }
    const bilateral = BILATERAL[k].get(id)!;
    if (bilateral === (side === 'midline')) {
      invalid.push(
        `${label}: ${k} ${id} ${bilateral ? 'exists per side (left/right)' : 'lies on the midline'}, not "${side}"`,
      );
      return;
    }
    if (
      layer !== undefined &&
      (typeof layer !== 'string' || !(LAYER_IDS as readonly string[]).includes(layer))
    ) {
      invalid.push(
        `${label}: layer ${JSON.stringify(layer)} is not a layer id (${LAYER_IDS.join(', ')})`,
      );
      return;
    }
    const expected = expectedLayer(k, id);
    if (expected && layer !== undefined && layer !== expected) {
      invalid.push(
        `${label}: ${k} ${id} belongs to layer "${expected}", not ${JSON.stringify(layer)}`,
      );
      return;
    }
    present.add(describeEntry({ kind: k, id, side: side as Side }));
  });
  const missing = (list: readonly ContractEntry[]) =>
    list.map(describeEntry).filter((key) => !present.has(key));
  const missingRequired = missing(REQUIRED_NODES);
  const missingOptional = missing(OPTIONAL_NODES);
  return {
    ok: missingRequired.length === 0 && invalid.length === 0,
    missingRequired,
    missingOptional,
    invalid,
  };
}

/** One readable message naming every missing required node and invalid node, and the fix. */
export function describeContractProblems(report: ModelContractReport): string {
  if (report.ok) {
    return report.missingOptional.length
      ? `model-contract: the model is usable; optional parts missing (features degrade): ${report.missingOptional.join(', ')}.`
      : 'model-contract: the model provides every required and optional node.';
  }
  const parts: string[] = ['model-contract: this model cannot be used as it is.'];
  if (report.missingRequired.length) {
    parts.push(
      `Missing required nodes (${report.missingRequired.length}): ${report.missingRequired.join(', ')}.`,
      'Fix: add a node for each, with glTF extras { "kind", "id", "side", "layer" } using the ids of src/domain/anatomy (landmarks may be empty nodes at the bony point), as described in docs/model-contract.md.',
    );
  }
  if (report.invalid.length) {
    parts.push(
      `Invalid nodes (${report.invalid.length}): ${report.invalid.join('; ')}.`,
      'Fix: correct their extras to the vocabulary ids, sides and layers.',
    );
  }
  if (report.missingOptional.length) {
    parts.push(`Optional parts missing (features degrade): ${report.missingOptional.join(', ')}.`);
  }
  return parts.join(' ');
}
