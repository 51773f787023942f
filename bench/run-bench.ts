/**
 * `npm run bench`: builds the app, then measures sizes, renderer counts, load timings, idle
 * frames, picking and slider latency in headless Chromium, `simulate()` and motor point
 * placement in Node, and Lighthouse on the app and on a page that embeds the viewer. Prints a
 * table, writes `bench/results.json`, and exits non-zero when a budget of `budgets.ts` is
 * broken. Timing checks live here only, never in `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { type BrowserMetrics, measureInBrowser } from './browser-metrics';
import { BUDGETS, type BudgetId, withinBudget } from './budgets';
import { composeBuiltChunks, formatComposition } from './chunk-composition';
import { type FirstFrameStages, formatStages, measureFirstFrameStages } from './first-frame-stages';
import { runLighthouse, runLighthouseMedian } from './lighthouse';
import {
  formatModelSwitches,
  MODEL_SWITCHES,
  type ModelSwitchMetrics,
  measureModelSwitching,
} from './model-switch-bench';
import { MODEL_VIEWER_DIST, timeModelViewer, writeModelViewerPage } from './model-viewer';
import { timePlacement, timeSimulate } from './node-timings';
import { BLANK_PAGE, embedPosterPage } from './pages';
import { findEval, measureSizes, viewer3dScripts } from './sizes';
import { printTable } from './table';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const started = Date.now();
const step = (what: string) =>
  console.log(`bench: ${what} (${Math.round((Date.now() - started) / 1000)} s)`);

step('building');
const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  throw new Error('bench: the build failed; fix it first ("npm run build").');
}

step('sizes');
const sizes = measureSizes(DIST);
const evalHits = findEval(DIST);

step('what each dependency adds to the 3D chunk (a second build, with source maps)');
const mapped = mkdtempSync(join(tmpdir(), 'hip-bench-sourcemaps-'));
const mappedBuild = spawnSync(
  'npx',
  ['vite', 'build', '--sourcemap', '--outDir', mapped, '--emptyOutDir', '--logLevel', 'error'],
  { cwd: ROOT, encoding: 'utf8' },
);
if (mappedBuild.status !== 0) {
  console.error(mappedBuild.stdout, mappedBuild.stderr);
  throw new Error('bench: the build with source maps failed ("npx vite build --sourcemap").');
}
// The 3D view's chunks: its own and the shared one holding three.js (see bench/sizes.ts).
const viewer3dFiles = new Set(viewer3dScripts(mapped).map((path) => basename(path)));
const viewer3dComposition = composeBuiltChunks(mapped, (file) => viewer3dFiles.has(file));
rmSync(mapped, { recursive: true, force: true });

// Helper pages: a blank page (the baseline of the load timings) and a page that embeds the
// viewer as an element, from another origin, with the element below the fold (poster first).
const pages = mkdtempSync(join(tmpdir(), 'hip-bench-'));
writeFileSync(join(pages, 'blank.html'), BLANK_PAGE);
// Served gzipped, as a static host or CDN serves them.
const app = await startStaticServer({
  root: DIST,
  // <model-viewer>'s script for the side-by-side page, from node_modules (never in dist/).
  mounts: { '/__bench/': pages, '/__model-viewer/': MODEL_VIEWER_DIST },
  compress: true,
  // The element script is a module loaded by other sites: served with CORS, as from a CDN.
  headers: { 'access-control-allow-origin': '*' },
});
const host = await startStaticServer({ root: pages, compress: true });
writeFileSync(join(pages, 'embed-poster.html'), embedPosterPage(app.url));

writeModelViewerPage(pages, '/__model-viewer/model-viewer.min.js', '/models/hip.glb');

let browserMetrics: BrowserMetrics;
let modelViewer: Awaited<ReturnType<typeof timeModelViewer>>;
let modelSwitches: ModelSwitchMetrics;
let firstFrameStages: FirstFrameStages;
const browser = await launchChromium();
try {
  step('timings, counts and latency in Chromium (5 loads + baseline)');
  browserMetrics = await measureInBrowser(browser, app.url, `${app.url}/__bench/blank.html`);
  step('<model-viewer> with the same complete hip.glb (5 loads)');
  modelViewer = await timeModelViewer(browser, `${app.url}/__bench/model-viewer.html`);
  step(`${MODEL_SWITCHES} model switches: heap and GPU resources after each`);
  modelSwitches = await measureModelSwitching(browser, app.url, console.log);
  step('first model frame stage by stage, ours and <model-viewer> interleaved (5 loads each)');
  firstFrameStages = await measureFirstFrameStages(
    browser,
    `${app.url}/`,
    `${app.url}/__bench/model-viewer.html`,
  );
} finally {
  await browser.close();
}

step('simulate() and motor point placement in Node');
const simulateTiming = timeSimulate();
const placement = await timePlacement(join(DIST, 'models/hip.glb'));

step('Lighthouse on the app, 3 runs (median)');
const lighthouseApp = await runLighthouseMedian(`${app.url}/`, 'app');
step('Lighthouse on the app without WebGL (for information: the shell and its fallback)');
const lighthouseAppNoWebgl = await runLighthouse(`${app.url}/`, 'app-no-webgl', { webgl: false });
step('Lighthouse on the embed poster page, 3 runs (median)');
const lighthouseEmbed = await runLighthouseMedian(`${host.url}/embed-poster.html`, 'embed-poster');
await app.close();
await host.close();
rmSync(pages, { recursive: true, force: true });

const values: Record<BudgetId, number> = {
  shellJsGzipKb: sizes.shellJsGzipKb,
  viewer3dJsGzipKb: sizes.viewer3dJsGzipKb,
  beforeIntentGzipKb: sizes.beforeIntentGzipKb,
  modelKb: sizes.modelKb,
  firstViewModelKb: sizes.firstViewModelKb,
  contextModelKb: sizes.contextModelKb,
  // Pairs loaded one after the other see the same machine load; a busy machine moves both.
  modelViewerFirstFrameRatio: firstFrameStages.medianRatio,
  trianglesEverything: browserMetrics.everything.triangles,
  drawCallsEverything: Math.max(
    browserMetrics.everything.drawCalls,
    browserMetrics.allLayers.drawCalls,
  ),
  drawCallsDefaultView: browserMetrics.defaultView.drawCalls,
  idleFrames: browserMetrics.idleFrames,
  // A click that never produced a frame (null) breaks the budget.
  pickingMedianMs: Math.max(
    browserMetrics.clickToHighlight.standing.median ?? Number.POSITIVE_INFINITY,
    browserMetrics.clickToHighlight.posed.median ?? Number.POSITIVE_INFINITY,
  ),
  simulateMedianUs: simulateTiming.medianUs,
  evalInBundle: evalHits.length,
  lighthouseAppPerformance: lighthouseApp.performance,
  lighthouseAppAccessibility: lighthouseApp.accessibility,
  lighthouseAppBestPractices: lighthouseApp.bestPractices,
  lighthouseEmbedPerformance: lighthouseEmbed.performance,
  lighthouseEmbedAccessibility: lighthouseEmbed.accessibility,
  lighthouseEmbedBestPractices: lighthouseEmbed.bestPractices,
  modelSwitchHeapRatio: modelSwitches.ratios.heap,
  modelSwitchGeometriesRatio: modelSwitches.ratios.geometries,
  modelSwitchTexturesRatio: modelSwitches.ratios.textures,
  modelSwitchProgramsRatio: modelSwitches.ratios.programs,
};
const budgets = BUDGETS.map((budget) => ({
  ...budget,
  value: values[budget.id],
  ok: withinBudget(budget, values[budget.id]),
}));

const slider = browserMetrics.sliderToFrameMs;
const info: [string, string][] = [
  ...sizes.chunks.map((c): [string, string] => [`JS ${c.group}: ${c.file}`, `${c.gzipKb} KB gzip`]),
  ['JS leva chunk (lazy, advanced panel)', `${sizes.levaJsGzipKb} KB gzip`],
  ['JS embed element (and its imports)', `${sizes.embedElementJsGzipKb} KB gzip`],
  ['poster.jpg', `${sizes.posterKb} KB`],
  [
    'triangles / draw calls, default view',
    `${browserMetrics.defaultView.triangles} / ${browserMetrics.defaultView.drawCalls}`,
  ],
  [
    `triangles / draw calls, everything on (${browserMetrics.everything.url})`,
    `${browserMetrics.everything.triangles} / ${browserMetrics.everything.drawCalls}`,
  ],
  [
    `draw calls, every layer on (${browserMetrics.allLayers.url})`,
    `${browserMetrics.allLayers.drawCalls}`,
  ],
  [
    'navigation → first model frame, median of 5',
    `${browserMetrics.medianFirstModelFrameMs} ms (runs ${browserMetrics.runs.map((r) => r.firstModelFrameMs).join(', ')})`,
  ],
  [
    'navigation → interactive (model drawn, camera at rest, no long task), median of 5',
    `${browserMetrics.medianInteractiveMs} ms (runs ${browserMetrics.runs.map((r) => r.interactiveMs).join(', ')})`,
  ],
  [
    '<model-viewer> 4.4, same hip.glb: navigation → first model frame, median of 5',
    `${modelViewer.medianFirstModelFrameMs} ms (runs ${modelViewer.firstModelFrameMs.join(', ')}); ours ${browserMetrics.medianFirstModelFrameMs} ms = ${Math.round((browserMetrics.medianFirstModelFrameMs / modelViewer.medianFirstModelFrameMs) * 100) / 100} × theirs (the budget uses the interleaved pairs below)`,
  ],
  [
    'model bytes a first visit to the default view downloads (first view, then complete)',
    `${sizes.defaultViewModelDownload.rawKb} KB (${sizes.defaultViewModelDownload.gzipKb} KB gzip); the first frame needs ${sizes.firstViewModelKb} KB`,
  ],
  [
    'blank page load (baseline), median of 5',
    `${browserMetrics.medianBlankPageMs} ms; first model frame = ${browserMetrics.firstFrameToBlankRatio} × blank`,
  ],
  [
    'picking: pointer move → hover label, median',
    browserMetrics.pickingLatencyMs.median === null
      ? 'n/a (no point on the model found)'
      : `${browserMetrics.pickingLatencyMs.median} ms (${browserMetrics.pickingLatencyMs.samples.join(', ')})`,
  ],
  ...(['standing', 'posed'] as const).map((which): [string, string] => {
    const c = browserMetrics.clickToHighlight[which];
    return [
      `picking: click → highlight frame, ${c.structure}, ${which} (${c.url}), median`,
      c.median === null
        ? 'n/a (no visible point found)'
        : `${c.median} ms (${c.samples.join(', ')})`,
    ];
  }),
  [
    `picking: pointer move → hover label, posed (${browserMetrics.clickToHighlight.posed.url}), median`,
    browserMetrics.clickToHighlight.posed.hoverToLabel.median === null
      ? 'n/a (no visible point found)'
      : `${browserMetrics.clickToHighlight.posed.hoverToLabel.median} ms (${browserMetrics.clickToHighlight.posed.hoverToLabel.samples.join(', ')})`,
  ],
  [
    'picking trees of the skinned muscles ready, after the viewer is idle (posed page)',
    browserMetrics.clickToHighlight.treesReadyMs === null
      ? 'not ready within 60 s'
      : `${browserMetrics.clickToHighlight.treesReadyMs} ms`,
  ],
  [
    'mechanics slider input → next rendered frame, median',
    slider.median === null ? slider.note : `${slider.median} ms (${slider.samples.join(', ')})`,
  ],
  [
    `simulate() per call, ${simulateTiming.calls} calls`,
    `median ${simulateTiming.medianUs} µs, p95 ${simulateTiming.p95Us} µs`,
  ],
  [
    `motor point placement (${placement.records} records × 2 sides), median of 7`,
    `${placement.medianMs} ms (${placement.placed} placed, ${placement.errors} errors; reading the glb and building BVHs ${placement.surfacesMs} ms)`,
  ],
  ...formatModelSwitches(modelSwitches),
  [
    'Lighthouse app metrics',
    Object.entries(lighthouseApp.metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ],
  [
    'Lighthouse performance per run (app; embed poster page)',
    `${lighthouseApp.runs.map((r) => r.performance).join(', ')}; ${lighthouseEmbed.runs.map((r) => r.performance).join(', ')}`,
  ],
  [
    'Lighthouse app without WebGL (poster fallback): performance / accessibility / best practices',
    `${lighthouseAppNoWebgl.performance} / ${lighthouseAppNoWebgl.accessibility} / ${lighthouseAppNoWebgl.bestPractices}`,
  ],
  [
    'Lighthouse embed poster page metrics',
    Object.entries(lighthouseEmbed.metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ],
];

printTable(budgets, info);
console.log(`\n${formatStages(firstFrameStages).join('\n')}`);
console.log('\nWhat each dependency adds to the 3D chunk (from its source map):');
for (const c of viewer3dComposition) console.log(formatComposition(c).join('\n'));
const failing = [...lighthouseApp.failing, ...lighthouseEmbed.failing];
if (failing.length) console.log(`\nLighthouse audits below 0.9:\n  ${failing.join('\n  ')}`);
if (evalHits.length) console.log(`\neval / new Function found:\n  ${evalHits.join('\n  ')}`);
console.log(`\nLighthouse reports: ${lighthouseApp.report}, ${lighthouseEmbed.report}`);

const results = {
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  budgets: budgets.map(({ id, label, kind, limit, unit, value, ok, source }) => ({
    id,
    label,
    kind,
    limit,
    unit,
    value,
    ok,
    source,
  })),
  sizes,
  viewer3dComposition,
  evalHits,
  browser: browserMetrics,
  modelViewer,
  modelSwitches,
  firstFrameStages,
  simulate: simulateTiming,
  placement,
  lighthouse: {
    app: { ...lighthouseApp, report: undefined },
    appWithoutWebgl: { ...lighthouseAppNoWebgl, report: undefined },
    embedPoster: { ...lighthouseEmbed, report: undefined },
  },
};
writeFileSync(
  resolve(import.meta.dirname, 'results.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
const broken = budgets.filter((b) => !b.ok);
step(`wrote bench/results.json; ${broken.length} budget(s) broken`);
process.exit(broken.length ? 1 : 0);
