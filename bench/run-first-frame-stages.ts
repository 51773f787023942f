/**
 * `npx tsx bench/run-first-frame-stages.ts [runs]`: the part of `npm run bench` that compares
 * the first model frame with `<model-viewer>`'s, stage by stage, on the current `dist/` (run
 * `npm run build` first). Prints the stage table and the ratio; times nothing else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { formatStages, measureFirstFrameStages } from './first-frame-stages';
import { MODEL_VIEWER_DIST, writeModelViewerPage } from './model-viewer';

const DIST = join(import.meta.dirname, '../dist');
const runs = Number(process.argv[2] ?? 5);
const pages = mkdtempSync(join(tmpdir(), 'hip-first-frame-'));
writeModelViewerPage(pages, '/__model-viewer/model-viewer.min.js', '/models/hip.glb');
const app = await startStaticServer({
  root: DIST,
  mounts: { '/__bench/': pages, '/__model-viewer/': MODEL_VIEWER_DIST },
  compress: true,
  headers: { 'access-control-allow-origin': '*' },
});
const browser = await launchChromium();
try {
  const loadBefore = loadavg()[0]?.toFixed(1);
  const stages = await measureFirstFrameStages(
    browser,
    `${app.url}/`,
    `${app.url}/__bench/model-viewer.html`,
    runs,
  );
  console.log(formatStages(stages).join('\n'));
  console.log(
    `machine load average (1 min) before / after: ${loadBefore} / ${loadavg()[0]?.toFixed(1)}`,
  );
} finally {
  await browser.close();
  await app.close();
  rmSync(pages, { recursive: true, force: true });
}
