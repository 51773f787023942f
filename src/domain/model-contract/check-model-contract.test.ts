import { describe, expect, it } from 'vitest';
import { sidesOf } from '../anatomy/sides';
import {
  type ContractNode,
  checkModelContract,
  describeContractProblems,
} from './check-model-contract';
import { MOTOR_POINT_RULE_LANDMARKS, OPTIONAL_NODES, REQUIRED_NODES } from './required-nodes';

/** A node list that satisfies every required entry (and optionally the optional ones). */
function completeNodes(withOptional = false): ContractNode[] {
  const list = withOptional ? [...REQUIRED_NODES, ...OPTIONAL_NODES] : REQUIRED_NODES;
  return list.map((e) => ({
    name: `${e.id}_${e.side}`,
    extras: { kind: e.kind, id: e.id, side: e.side },
  }));
}

describe('checkModelContract', () => {
  it('accepts a model with every required node', () => {
    const report = checkModelContract(completeNodes());
    expect(report.ok).toBe(true);
    expect(report.missingRequired).toEqual([]);
    expect(report.invalid).toEqual([]);
    expect(report.missingOptional.length).toBeGreaterThan(0);
  });

  it('reports nothing missing when optional nodes are present too', () => {
    const report = checkModelContract(completeNodes(true));
    expect(report.missingOptional).toEqual([]);
    expect(describeContractProblems(report)).toMatch(/every required and optional node/);
  });

  it('names each missing required node by kind, id and side', () => {
    const nodes = completeNodes().filter(
      (n) =>
        !(
          (n.extras as { id: string }).id === 'ASIS' &&
          (n.extras as { side: string }).side === 'left'
        ) && (n.extras as { id: string }).id !== 'gluteus-medius',
    );
    const report = checkModelContract(nodes);
    expect(report.ok).toBe(false);
    expect(report.missingRequired).toEqual([
      'muscle gluteus-medius (left)',
      'muscle gluteus-medius (right)',
      'landmark ASIS (left)',
    ]);
    const message = describeContractProblems(report);
    expect(message).toContain('landmark ASIS (left)');
    expect(message).toContain('muscle gluteus-medius (right)');
    expect(message).toMatch(/Fix: add a node/);
  });

  it('flags unknown ids, wrong sides, bad layers and unknown kinds as invalid', () => {
    const report = checkModelContract([
      ...completeNodes(),
      {
        name: 'a',
        extras: { kind: 'muscle', id: 'gluteus-maxi', side: 'left', layer: 'superficial' },
      },
      { name: 'b', extras: { kind: 'bone', id: 'sacrum', side: 'left', layer: 'bones' } },
      {
        name: 'c',
        extras: { kind: 'muscle', id: 'psoas-major', side: 'left', layer: 'superficial' },
      },
      { name: 'd', extras: { kind: 'gland', id: 'liver', side: 'midline' } },
      { name: 'e', extras: { kind: 'bone', id: 'femur', side: 'left', layer: 'marrow' } },
    ]);
    expect(report.ok).toBe(false);
    expect(report.invalid).toHaveLength(5);
    expect(report.invalid[0]).toMatch(/node "a".*gluteus-maxi.*vocabulary/);
    expect(report.invalid[1]).toMatch(/node "b".*midline/);
    expect(report.invalid[2]).toMatch(/node "c".*layer "deep"/);
    expect(report.invalid[3]).toMatch(/unknown kind "gland"/);
    expect(report.invalid[4]).toMatch(/layer "marrow"/);
  });

  it('ignores helper nodes without extras.kind', () => {
    const report = checkModelContract([
      ...completeNodes(),
      { name: 'root', extras: {} },
      { extras: null },
      { extras: 'text' },
    ]);
    expect(report.ok).toBe(true);
  });

  it('requires every motor point rule landmark on each side where it exists', () => {
    const required = REQUIRED_NODES.filter((e) => e.kind === 'landmark').map((e) => e.id);
    for (const id of MOTOR_POINT_RULE_LANDMARKS) expect(required).toContain(id);
    const umbilicus = REQUIRED_NODES.filter((e) => e.id === 'umbilicus');
    expect(umbilicus.map((e) => e.side)).toEqual(sidesOf(false));
  });

  it('lists skin and nerves as optional, bones and muscles as required', () => {
    expect(OPTIONAL_NODES.some((e) => e.kind === 'skin')).toBe(true);
    expect(OPTIONAL_NODES.some((e) => e.kind === 'nerve')).toBe(true);
    expect(REQUIRED_NODES.some((e) => e.kind === 'nerve' || e.kind === 'skin')).toBe(false);
    expect(REQUIRED_NODES.filter((e) => e.kind === 'bone')).toHaveLength(17);
  });

  it('explains an empty model', () => {
    const report = checkModelContract([]);
    expect(report.ok).toBe(false);
    expect(report.missingRequired).toHaveLength(REQUIRED_NODES.length);
    expect(describeContractProblems(report)).toMatch(/^model-contract: this model cannot be used/);
  });
});
