/**
 * `npx tsx bench/run-shell-bench.ts`: the part of `npm run bench` about the first load only,
 * on the current `dist/` (run `npm run build` first): the shell's size and what it is made of,
 * and Lighthouse on the app and on the embed poster page, median of 3 runs each. Checks the
 * same budgets as the full bench and exits non-zero when one of them is broken.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../tests/e2e/static-server';
import { BUDGETS, type BudgetId, withinBudget } from './budgets';
import { runLighthouseMedian } from './lighthouse';
import { embedPosterPage } from './pages';
import { measureSizes } from './sizes';

const DIST = resolve(import.meta.dirname, '../dist');
const sizes = measureSizes(DIST);
console.log('Shell (what index.html loads before anything else), gzip:');
for (const chunk of sizes.chunks.filter((c) => c.group === 'shell')) {
  console.log(`  ${chunk.gzipKb.toFixed(1).padStart(6)} KB  ${chunk.file}`);
}
console.log(`  ${sizes.shellJsGzipKb.toFixed(1).padStart(6)} KB  in all`);

const pages = mkdtempSync(join(tmpdir(), 'hip-shell-bench-'));
const app = await startStaticServer({
  root: DIST,
  compress: true,
  headers: { 'access-control-allow-origin': '*' },
});
const host = await startStaticServer({ root: pages, compress: true });
writeFileSync(join(pages, 'embed-poster.html'), embedPosterPage(app.url));
const values: Partial<Record<BudgetId, number>> = { shellJsGzipKb: sizes.shellJsGzipKb };
try {
  for (const [page, url] of [
    ['App', `${app.url}/`],
    ['Embed', `${host.url}/embed-poster.html`],
  ] as const) {
    const result = await runLighthouseMedian(url, page === 'App' ? 'app' : 'embed-poster');
    values[`lighthouse${page}Performance`] = result.performance;
    values[`lighthouse${page}Accessibility`] = result.accessibility;
    values[`lighthouse${page}BestPractices`] = result.bestPractices;
    console.log(
      `\nLighthouse ${page}: performance per run ${result.runs.map((r) => r.performance).join(', ')}`,
    );
    for (const run of result.runs) {
      const m = run.metrics;
      console.log(
        `  FCP ${m['first-contentful-paint']} ms, LCP ${m['largest-contentful-paint']} ms, TBT ${m['total-blocking-time']} ms, CLS ${m['cumulative-layout-shift']}, SI ${m['speed-index']} ms`,
      );
    }
    if (result.failing.length) console.log(`  below 0.9: ${result.failing.join('; ')}`);
  }
} finally {
  await app.close();
  await host.close();
  rmSync(pages, { recursive: true, force: true });
}

let broken = 0;
console.log('');
for (const budget of BUDGETS) {
  const value = values[budget.id];
  if (value === undefined) continue;
  const ok = withinBudget(budget, value);
  if (!ok) broken++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.label}: ${value} ${budget.unit} (${budget.kind} ${budget.limit})`,
  );
}
process.exitCode = broken > 0 ? 1 : 0;
