import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHipModel } from './build-hip-model';
import { MODEL_PATH } from './inspect/read-model';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('determinism', () => {
  it('a fresh build gives the committed bytes (npm run model is reproducible)', async () => {
    const committed = new Uint8Array(readFileSync(MODEL_PATH));
    const fresh = await buildHipModel();
    expect(fresh.length).toBe(committed.length);
    expect(sha(fresh)).toBe(sha(committed));
  }, 600_000);
});
