/**
 * `npx tsx bench/run-picking.ts [samples] [dist folder]`: the part of `npm run bench` that times a click on a
 * muscle to the frame with its highlight, standing and on a posed skeleton, on the current
 * `dist/` (run `npm run build` first). Measured exactly as the bench does (`measureClickPicking`);
 * prints each sample, the medians and the machine load.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { measureClickPicking } from './browser-metrics';

const samples = Number(process.argv[2] ?? 7);
// Another build (an earlier commit's) can be timed side by side with this one.
const DIST = process.argv[3] ?? join(import.meta.dirname, '../dist');
const app = await startStaticServer({ root: DIST, compress: true });
const browser = await launchChromium();
try {
  const loadBefore = loadavg()[0]?.toFixed(1);
  const picking = await measureClickPicking(browser, app.url, samples);
  for (const [name, result] of [
    ['standing', picking.standing],
    ['posed', picking.posed],
    ['posed hover → label', picking.posed.hoverToLabel],
  ] as const) {
    console.log(`${name}: median ${result.median} ms, samples ${result.samples.join(', ')}`);
  }
  console.log(`posed trees ready after ${picking.treesReadyMs} ms`);
  const worse = Math.max(
    picking.standing.median ?? Number.POSITIVE_INFINITY,
    picking.posed.median ?? Number.POSITIVE_INFINITY,
  );
  console.log(`click → highlight (the worse of the two): ${worse} ms (budget 50 ms)`);
  console.log(
    `machine load average (1 min) before / after: ${loadBefore} / ${loadavg()[0]?.toFixed(1)}`,
  );
} finally {
  await browser.close();
  await app.close();
}
