/**
 * The model contract on real files, read the way any user's model is read (node extras): the
 * fixture without muscles is refused with a message naming every missing muscle, and the
 * built-in model passes (the viewer refuses to draw a model that does not).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/domain/anatomy';
import {
  type ContractNode,
  checkModelContract,
  describeContractProblems,
} from '../../src/domain/model-contract';

const FIXTURE = resolve(import.meta.dirname, '../e2e/fixtures/no-muscles.glb');
const BUILT_IN = resolve(import.meta.dirname, '../../public/models/hip.glb');

async function readNodes(path: string): Promise<ContractNode[]> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(path);
  return doc
    .getRoot()
    .listNodes()
    .map((node) => ({ name: node.getName(), extras: node.getExtras() }));
}

describe('the model contract on glTF files', () => {
  it('refuses a model without muscles and names each missing muscle on each side', async () => {
    const report = checkModelContract(await readNodes(FIXTURE));
    expect(report.ok).toBe(false);
    expect(report.invalid).toEqual([]);
    const contractile = MUSCLES.filter((m) => m.tissue === 'muscle');
    expect(report.missingRequired).toHaveLength(contractile.length * 2);
    const message = describeContractProblems(report);
    for (const muscle of contractile) {
      expect(message).toContain(`muscle ${muscle.id} (left)`);
      expect(message).toContain(`muscle ${muscle.id} (right)`);
    }
    expect(report.missingRequired.every((entry) => entry.startsWith('muscle '))).toBe(true);
  });

  it.skipIf(!existsSync(BUILT_IN))('accepts the built-in model', async () => {
    const report = checkModelContract(await readNodes(BUILT_IN));
    expect(report.missingRequired).toEqual([]);
    expect(report.invalid).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
