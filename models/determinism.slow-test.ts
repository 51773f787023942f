import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHipModel } from './build-hip-model';
import { FIRST_VIEW_PATH, MODEL_PATH } from './inspect/read-model';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('determinism', () => {
  it('a fresh build gives the committed bytes of both files (npm run model is reproducible)', async () => {
    const fresh = await buildHipModel();
    for (const [path, bytes] of [
      [MODEL_PATH, fresh.complete],
      [FIRST_VIEW_PATH, fresh.firstView],
    ] as const) {
      const committed = new Uint8Array(readFileSync(path));
      expect(bytes.length, path).toBe(committed.length);
      expect(sha(bytes), path).toBe(sha(committed));
    }
  }, 600_000);
});
