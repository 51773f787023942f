import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildHipModel } from './build-hip-model';
import { buildContextModel } from './context/build-context-model';

/**
 * `npm run model`: writes public/models/hip.glb, its first-view file hip-first.glb and the context
 * layer's hip-context.glb.
 */
const draft = process.argv.includes('--draft');
const out = resolve(
  import.meta.dirname,
  draft ? '../test-output/model/draft.glb' : '../public/models/hip.glb',
);
const t0 = performance.now();
const { complete, firstView } = await buildHipModel((m) => console.log(m), { draft });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, complete);
console.log(
  `wrote ${out}: ${complete.length} bytes in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

if (!draft) {
  const firstOut = resolve(import.meta.dirname, '../public/models/hip-first.glb');
  writeFileSync(firstOut, firstView);
  console.log(`wrote ${firstOut}: ${firstView.length} bytes`);

  const contextOut = resolve(import.meta.dirname, '../public/models/hip-context.glb');
  const contextBytes = await buildContextModel((m) => console.log(m));
  writeFileSync(contextOut, contextBytes);
  console.log(`wrote ${contextOut}: ${contextBytes.length} bytes`);
}
