import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGltfBudget, readGlbContents } from '../../src/domain/model-contract';

describe('the built-in model and the model budget', () => {
  it('is well inside every limit (so the caps never refuse the model the app ships)', () => {
    const bytes = new Uint8Array(
      readFileSync(resolve(import.meta.dirname, '../../public/models/hip.glb')),
    );
    const contents = readGlbContents(bytes);
    expect(contents.kind).toBe('glb');
    if (contents.kind !== 'glb') return;
    const fault = checkGltfBudget(contents.json, {
      binLength: contents.binLength,
      isGlb: true,
      isAllowedUri: () => false,
    });
    expect(fault).toBeNull();
  });
});
