/**
 * Where the time to the first model frame goes, stage by stage, for this app and for
 * `<model-viewer>` loading the same model, interleaved in one run (ours, theirs, ours, ...) so
 * both see the same machine load. Stages come from Resource Timing (when each file was
 * requested and had arrived), the app's `hip:*` performance marks (written only when the test
 * hooks are on, src/state/test-hooks.ts) and the page's own clock for the first model frame.
 * Every time is ms from navigation start, read inside the page.
 *
 * First model frame, ours: the first animation frame after a frame was rendered with the model
 * ready (bench/browser-metrics.ts records it the same way); theirs: the first animation frame
 * after `<model-viewer>`'s `load` event (it draws in its next frame). Both are "the frame
 * after the one that drew the model".
 *
 * `npx tsx bench/first-frame-stages.ts` runs this part alone on the current build.
 */
import type { Browser } from 'playwright-core';
import { median } from './node-timings';

const VIEWPORT = { width: 1280, height: 800 };

/** Same recorder idea as browser-metrics.ts: the frame after the first one drawn with the model ready. */
const FIRST_FRAME_RECORDER = `
window.__hipViewerTestHooks = true;
(() => {
  const b = { readyFrames: null, modelFrameAt: null };
  window.__stages = b;
  const tick = () => {
    const p = window.__hipViewerProbe;
    if (p && b.modelFrameAt === null) {
      if (b.readyFrames === null && p.getModelPhase() === 'ready') b.readyFrames = p.frames;
      if (b.readyFrames !== null && p.frames > b.readyFrames) b.modelFrameAt = performance.now();
    }
    if (b.modelFrameAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
`;

/** Reads resource and navigation timings in the page: the name pattern → [requested, arrived]. */
const READ_TIMINGS = (patterns: Record<string, string>) => `(() => {
  const patterns = ${JSON.stringify(patterns)};
  const out = {};
  const nav = performance.getEntriesByType('navigation')[0];
  out['HTML arrived'] = nav.responseEnd;
  out['HTML parsed (DOMContentLoaded)'] = nav.domContentLoadedEventStart;
  out['load event'] = nav.loadEventStart;
  for (const [label, pattern] of Object.entries(patterns)) {
    const re = new RegExp(pattern);
    const entry = performance.getEntriesByType('resource').find((e) => re.test(new URL(e.name).pathname));
    if (entry) {
      out[label + ' requested'] = entry.startTime;
      out[label + ' arrived'] = entry.responseEnd;
    }
  }
  for (const mark of performance.getEntriesByType('mark')) out['mark ' + mark.name] = mark.startTime;
  return out;
})()`;

const OUR_FILES = {
  'shell script (main)': '/assets/main-[^/]*\\.js$',
  'app chunk (start-app)': '/assets/start-app-[^/]*\\.js$',
  'App chunk': '/assets/App-[^/]*\\.js$',
  '3D chunk (Viewer3D)': '/assets/Viewer3D-[^/]*\\.js$',
  'three.js chunk (shared by the 3D view)': '/assets/three-[^/]*\\.js$',
  'first-view model (hip-first.glb)': '/models/hip-first\\.glb$',
  'complete model (hip.glb)': '/models/hip\\.glb$',
};
const THEIR_FILES = {
  'model-viewer script': 'model-viewer\\.min\\.js$',
  'meshopt decoder': 'meshopt_decoder\\.js$',
  'model (hip.glb)': '/models/hip\\.glb$',
};

export type StageTimes = Record<string, number>;

export interface FirstFrameStages {
  ours: StageTimes[];
  theirs: StageTimes[];
  /** Stage → median ms, in the order of the median times. */
  oursMedian: [string, number][];
  theirsMedian: [string, number][];
  /** Per run, ours / theirs (first model frame). */
  ratios: number[];
  medianRatio: number;
}

async function loadOurs(browser: Browser, url: string): Promise<StageTimes> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ content: FIRST_FRAME_RECORDER });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction('window.__stages.modelFrameAt !== null', undefined, {
    timeout: 120_000,
    polling: 100,
  });
  const times = (await page.evaluate(READ_TIMINGS(OUR_FILES))) as StageTimes;
  const frameAt = (await page.evaluate('window.__stages.modelFrameAt')) as number;
  const ready = times['mark hip:model-ready'] ?? Number.POSITIVE_INFINITY;
  const renders = (await page.evaluate('window.__hipViewerProbe.renderTimes()')) as number[];
  const firstRender = renders.find((t) => t >= ready);
  if (firstRender !== undefined) times['first model render done'] = firstRender;
  times['FIRST MODEL FRAME'] = frameAt;
  await context.close();
  return times;
}

async function loadTheirs(browser: Browser, url: string): Promise<StageTimes> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    '(() => { const t = window.__modelViewerTiming; return t && (t.frameAt !== null || t.error !== null); })()',
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const times = (await page.evaluate(READ_TIMINGS(THEIR_FILES))) as StageTimes;
  const timing = (await page.evaluate('window.__modelViewerTiming')) as {
    loadAt: number | null;
    frameAt: number | null;
    error: string | null;
  };
  await context.close();
  if (timing.error !== null || timing.frameAt === null || timing.loadAt === null) {
    throw new Error(`bench: model-viewer could not show the model (${timing.error}).`);
  }
  times['model-viewer load event'] = timing.loadAt;
  times['FIRST MODEL FRAME'] = timing.frameAt;
  return times;
}

function medians(runs: StageTimes[]): [string, number][] {
  const names = new Set(runs.flatMap((r) => Object.keys(r)));
  return [...names]
    .map((name): [string, number] => [
      name,
      Math.round(median(runs.map((r) => r[name]).filter((v): v is number => v !== undefined))),
    ])
    .sort((a, b) => a[1] - b[1]);
}

/** Loads ours and theirs alternately, `runs` times each, each load in a fresh context (cold cache). */
export async function measureFirstFrameStages(
  browser: Browser,
  ourUrl: string,
  theirUrl: string,
  runs = 5,
): Promise<FirstFrameStages> {
  const ours: StageTimes[] = [];
  const theirs: StageTimes[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first, so neither always follows the other's leftover work.
    if (i % 2 === 0) {
      ours.push(await loadOurs(browser, ourUrl));
      theirs.push(await loadTheirs(browser, theirUrl));
    } else {
      theirs.push(await loadTheirs(browser, theirUrl));
      ours.push(await loadOurs(browser, ourUrl));
    }
  }
  const ratios = ours.map(
    (o, i) =>
      Math.round(((o['FIRST MODEL FRAME'] ?? 0) / (theirs[i]?.['FIRST MODEL FRAME'] ?? 1)) * 100) /
      100,
  );
  return {
    ours,
    theirs,
    oursMedian: medians(ours),
    theirsMedian: medians(theirs),
    ratios,
    medianRatio: median(ratios),
  };
}

/** The two stage lists as printable lines (median ms from navigation start). */
export function formatStages(stages: FirstFrameStages): string[] {
  const rows = (list: [string, number][]) =>
    list.map(([name, ms]) => `  ${String(ms).padStart(7)} ms  ${name}`);
  const runs = stages.ours.length;
  return [
    `First model frame, stage by stage (median of ${runs} interleaved loads each, ms from navigation start):`,
    'this app:',
    ...rows(stages.oursMedian),
    '<model-viewer> 4.4, same hip.glb:',
    ...rows(stages.theirsMedian),
    `ours / theirs per run: ${stages.ratios.join(', ')}; median ${stages.medianRatio}`,
  ];
}
