/**
 * What only a browser can measure, in headless Chromium (SwiftShader WebGL): load timings
 * against a blank page, renderer counts, idle frames, picking latency and the time from a
 * mechanics slider to the next frame. Each load is a fresh context (cold cache, no service
 * worker). Timings are read inside the page (performance.now), not across the debugging
 * protocol, so its latency is not counted.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitForIdleViewer, waitForNoFrames } from '../tests/e2e/viewer-page';
import { median } from './node-timings';

/** Every layer shown (the neighbouring muscles and the vessels and organs too), acupuncture, labels. */
export const ALL_LAYERS_QUERY = '/?show=skin,vessels-organs,context&acu=1&labels=1';

/**
 * Installed before any page script. Written as a string: the bench runs through a transpiler
 * that may wrap functions in helpers the page does not have.
 */
const PAGE_RECORDER = `
window.__name = (f) => f;
(() => {
  const b = { modelFrameAt: null, readyFrames: null, lastFrameAt: 0, lastLongTaskEnd: 0, moves: [], labelShownAt: [] };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lastLongTaskEnd = Math.max(b.lastLongTaskEnd, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let frames = -1;
  const tick = () => {
    const p = window.__hipViewerProbe;
    if (p) {
      if (p.frames !== frames) { frames = p.frames; b.lastFrameAt = performance.now(); }
      if (b.readyFrames === null && p.getModelPhase() === 'ready') b.readyFrames = p.frames;
      if (b.modelFrameAt === null && b.readyFrames !== null && p.frames > b.readyFrames) b.modelFrameAt = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.addEventListener('pointermove', (e) => b.moves.push(e.timeStamp), { capture: true });
  b.clicks = [];
  window.addEventListener('click', (e) => b.clicks.push(e.timeStamp), { capture: true });
  new MutationObserver(() => {
    const label = document.querySelector('[data-testid="hover-label"]');
    if (label && !label.hidden && label.textContent) b.labelShownAt.push(performance.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'], childList: true, characterData: true });
})();
`;

interface PageRecord {
  modelFrameAt: number | null;
  lastFrameAt: number;
  lastLongTaskEnd: number;
  moves: number[];
  labelShownAt: number[];
  clicks: number[];
}

export interface LoadTiming {
  /** Navigation start to the first frame with the model drawn (ms). */
  firstModelFrameMs: number;
  /** Navigation start to: model drawn, camera at rest, no long task since (ms). */
  interactiveMs: number;
}

export interface BrowserMetrics {
  runs: LoadTiming[];
  blankPageMs: number[];
  medianFirstModelFrameMs: number;
  medianInteractiveMs: number;
  medianBlankPageMs: number;
  /** Median first model frame divided by the median blank page load. */
  firstFrameToBlankRatio: number;
  defaultView: { triangles: number; drawCalls: number };
  everything: { triangles: number; drawCalls: number; url: string };
  /** Every layer on, the context layer and vessels and organs included. */
  allLayers: { drawCalls: number; url: string };
  idleFrames: number;
  pickingLatencyMs: { samples: number[]; median: number | null };
  /**
   * Click on a muscle to the first frame drawn after it (the selection highlight), standing
   * and on a posed skeleton, and hover to label on the posed skeleton.
   */
  clickToHighlight: ClickPicking;
  sliderToFrameMs: { samples: number[]; median: number | null; note: string };
}

const VIEWPORT = { width: 1280, height: 800 };

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ content: PAGE_RECORDER });
  // The viewer's probes exist only in pages that ask for them.
  await context.addInitScript({ content: 'window.__hipViewerTestHooks = true;' });
  return { context, page: await context.newPage() };
}

const record = (page: Page) => page.evaluate('window.__bench') as Promise<PageRecord>;

/**
 * Renderer counts of the settled view. The probe copies the counts of the previous frame, so
 * one more frame is drawn (a 1 px resize, then back) and the counts read in between.
 */
async function settledCounts(page: Page): Promise<{ triangles: number; drawCalls: number }> {
  const frames = () => page.evaluate('window.__hipViewerProbe.frames') as Promise<number>;
  const before = await frames();
  await page.setViewportSize({ width: VIEWPORT.width, height: VIEWPORT.height + 1 });
  await page.waitForFunction(`window.__hipViewerProbe.frames > ${before}`);
  const counts = (await page.evaluate(
    '({ triangles: window.__hipViewerProbe.triangles, drawCalls: window.__hipViewerProbe.drawCalls })',
  )) as { triangles: number; drawCalls: number };
  await page.setViewportSize(VIEWPORT);
  await waitForNoFrames(page);
  return counts;
}

async function timeLoad(
  browser: Browser,
  url: string,
): Promise<{ timing: LoadTiming; page: Page; context: BrowserContext }> {
  const { context, page } = await freshPage(browser);
  await page.goto(url);
  await waitForIdleViewer(page, 120_000);
  const r = await record(page);
  const firstModelFrameMs = r.modelFrameAt ?? Number.NaN;
  return {
    timing: {
      firstModelFrameMs: Math.round(firstModelFrameMs),
      interactiveMs: Math.round(Math.max(firstModelFrameMs, r.lastFrameAt, r.lastLongTaskEnd)),
    },
    page,
    context,
  };
}

async function timeBlank(browser: Browser, url: string): Promise<number> {
  const { context, page } = await freshPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  const ms = (await page.evaluate(
    "performance.getEntriesByType('navigation')[0].loadEventEnd",
  )) as number;
  await context.close();
  return Math.round(ms);
}

/** A point on the model where hovering shows a label, and one on the empty background. */
async function pickPoints(page: Page) {
  const structure = (await page.evaluate(`(() => {
    const key = 'gluteus-maximus:right';
    const debug = window.__hipViewerDebug;
    return debug && debug.screenPoint ? debug.screenPoint(key) : null;
  })()`)) as { x: number; y: number } | null;
  const box = await page.locator('canvas').boundingBox();
  if (!structure || !box) return null;
  return { structure, background: { x: box.x + 8, y: box.y + box.height - 8 } };
}

async function timePicking(page: Page, samples = 7): Promise<number[]> {
  const points = await pickPoints(page);
  if (!points) return [];
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    await page.mouse.move(points.background.x, points.background.y);
    await page.waitForFunction(
      `document.querySelector('[data-testid="hover-label"]').hidden === true`,
    );
    await waitForNoFrames(page, 300);
    const before = (await record(page)).labelShownAt.length;
    const dx = i % 2; // a slightly different point each time, so every move is a new hover
    await page.mouse.move(points.structure.x + dx, points.structure.y);
    await page.waitForFunction(`window.__bench.labelShownAt.length > ${before}`, undefined, {
      timeout: 10_000,
    });
    const r = await record(page);
    const shownAt = r.labelShownAt[before] ?? Number.NaN;
    const movedAt = r.moves.filter((t) => t <= shownAt).at(-1) ?? Number.NaN;
    out.push(Math.round((shownAt - movedAt) * 10) / 10);
  }
  await page.mouse.move(points.background.x, points.background.y);
  return out;
}

/** A pose from a link that moves the hip: the pelvis drops, the free leg lifts (hip and knee flexed). */
export const POSED_QUERY = '/?preset=trendelenburg&markers=0&cam=posterior';
/** The same view standing. Markers off: a click lands on the muscle, not on a motor point. */
export const STANDING_QUERY = '/?markers=0&cam=posterior';

interface Latencies {
  samples: number[];
  median: number | null;
}

export interface ClickPicking {
  standing: Latencies & { url: string; structure: string };
  posed: Latencies & { url: string; structure: string; hoverToLabel: Latencies };
  /** Load (viewer idle) to every skinned muscle picking through its posed tree, posed page. */
  treesReadyMs: number | null;
}

const latencies = (samples: number[]): Latencies => ({
  samples,
  median: samples.length ? median(samples) : null,
});

/** Wait until every pickable skinned mesh has its posed tree; how long that took (ms). */
async function waitForPickingTrees(page: Page): Promise<number | null> {
  const started = Date.now();
  const ready = await page
    .waitForFunction(
      `(() => { const t = window.__hipViewerDebug?.posedPickingTrees(); return t && t.skinned > 0 && t.withTree === t.skinned; })()`,
      undefined,
      { timeout: 60_000, polling: 100 },
    )
    .then(() => true)
    .catch(() => false);
  return ready ? Date.now() - started : null;
}

/** Where the structure is the first surface the eye meets (brute force on the drawn triangles). */
const visiblePoint = (page: Page, key: string) =>
  page.evaluate(
    `window.__hipViewerDebug?.visibleSurfacePoint(${JSON.stringify(key)}) ?? null`,
  ) as Promise<{ x: number; y: number } | null>;

/** Close the structure card (no selection) and wait until the view is still. */
async function deselect(page: Page) {
  const close = page.locator('[data-testid="structure-card"] header button.icon-button');
  if ((await close.count()) > 0) await close.click();
  await page.mouse.move(2, 2);
  await page.waitForFunction('window.__hipViewerProbe.getView().selection === null');
  await waitForNoFrames(page, 300);
}

/**
 * Click the structure where it is seen, wait for the selection and the frame that shows it,
 * and time the click event to the end of that frame's render. The point is found again for
 * each sample: selecting frames the camera on the structure.
 */
async function timeClicks(page: Page, key: string, samples = 7): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    await deselect(page);
    const point = await visiblePoint(page, key);
    if (!point) break;
    const before = (await record(page)).clicks.length;
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      `window.__hipViewerProbe.getView().selection === ${JSON.stringify(key)}`,
      undefined,
      { timeout: 10_000 },
    );
    await waitForNoFrames(page, 300);
    const clickedAt = (await record(page)).clicks[before] ?? Number.NaN;
    const renders = (await page.evaluate('window.__hipViewerProbe.renderTimes()')) as number[];
    const drawn = renders.find((t) => t > clickedAt) ?? Number.NaN;
    out.push(Math.round((drawn - clickedAt) * 10) / 10);
  }
  await deselect(page);
  return out;
}

/** Hover the structure where it is seen and time the move to its label. */
async function timeHover(page: Page, key: string, samples = 7): Promise<number[]> {
  const point = await visiblePoint(page, key);
  if (!point) return [];
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    await page.mouse.move(2, 2);
    await page.waitForFunction(
      `document.querySelector('[data-testid="hover-label"]').hidden === true`,
    );
    await waitForNoFrames(page, 300);
    const before = (await record(page)).labelShownAt.length;
    await page.mouse.move(point.x + (i % 2), point.y);
    await page.waitForFunction(`window.__bench.labelShownAt.length > ${before}`, undefined, {
      timeout: 10_000,
    });
    const r = await record(page);
    const shownAt = r.labelShownAt[before] ?? Number.NaN;
    const movedAt = r.moves.filter((t) => t <= shownAt).at(-1) ?? Number.NaN;
    out.push(Math.round((shownAt - movedAt) * 10) / 10);
  }
  await page.mouse.move(2, 2);
  return out;
}

/** Click → highlight standing and posed, hover → label posed; each on a fresh page. */
export async function measureClickPicking(
  browser: Browser,
  baseUrl: string,
  samples = 7,
): Promise<ClickPicking> {
  const standingKey = 'gluteus-maximus:right';
  const standing = await freshPage(browser);
  await standing.page.goto(`${baseUrl}${STANDING_QUERY}`);
  await waitForIdleViewer(standing.page, 120_000);
  await waitForPickingTrees(standing.page);
  const standingClicks = await timeClicks(standing.page, standingKey, samples);
  await standing.context.close();

  // The muscle of the lifted leg: it moves the most in this pose.
  const posedKey = 'gluteus-maximus:left';
  const posed = await freshPage(browser);
  await posed.page.goto(`${baseUrl}${POSED_QUERY}`);
  await waitForIdleViewer(posed.page, 120_000);
  const treesReadyMs = await waitForPickingTrees(posed.page);
  const posedHover = await timeHover(posed.page, posedKey, samples);
  const posedClicks = await timeClicks(posed.page, posedKey, samples);
  await posed.context.close();
  return {
    standing: { ...latencies(standingClicks), url: STANDING_QUERY, structure: standingKey },
    posed: {
      ...latencies(posedClicks),
      url: POSED_QUERY,
      structure: posedKey,
      hoverToLabel: latencies(posedHover),
    },
    treesReadyMs,
  };
}

/** Slider input to the next rendered frame, when the UI has a mechanics slider. */
async function timeSlider(page: Page, samples = 5): Promise<{ samples: number[]; note: string }> {
  const selector = 'input[type=range][data-muscle]';
  if ((await page.locator(selector).count()) === 0) {
    const tabs = page.getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      // Tab panels load their code on first use.
      await page
        .locator(selector)
        .first()
        .waitFor({ timeout: 3000 })
        .catch(() => undefined);
      if ((await page.locator(selector).count()) > 0) break;
    }
  }
  if ((await page.locator(selector).count()) === 0) {
    return { samples: [], note: 'n/a: no input[type=range][data-muscle] in the UI' };
  }
  await waitForNoFrames(page, 300);
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const value = i % 2 === 0 ? 80 : 20;
    const ms = (await page.evaluate(`new Promise((done) => {
      const input = document.querySelector('${selector}');
      const probe = window.__hipViewerProbe;
      const before = probe.frames;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const start = performance.now();
      setValue.call(input, '${value}');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const check = () => {
        if (probe.frames > before) done(performance.now() - start);
        else if (performance.now() - start > 3000) done(null);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })`)) as number | null;
    if (ms === null) return { samples: out, note: 'n/a: the slider changed no frame' };
    out.push(Math.round(ms * 10) / 10);
    await waitForNoFrames(page, 300);
  }
  return { samples: out, note: '' };
}

export async function measureInBrowser(
  browser: Browser,
  baseUrl: string,
  blankUrl: string,
  runs = 5,
): Promise<BrowserMetrics> {
  const timings: LoadTiming[] = [];
  const blank: number[] = [];
  let last: { page: Page; context: BrowserContext } | null = null;
  for (let i = 0; i < runs; i++) {
    blank.push(await timeBlank(browser, blankUrl));
    const run = await timeLoad(browser, `${baseUrl}/`);
    timings.push(run.timing);
    if (last) await last.context.close();
    last = run;
  }
  if (!last) throw new Error('bench: no load was measured');
  const { page, context } = last;
  // Idle first: nothing has touched the page since it settled.
  const framesBefore = (await page.evaluate('window.__hipViewerProbe.frames')) as number;
  await page.waitForTimeout(3000);
  const idleFrames =
    ((await page.evaluate('window.__hipViewerProbe.frames')) as number) - framesBefore;
  const defaultView = await settledCounts(page);
  // Steady state: the skinned muscles pick through their trees once idle time has built them.
  await waitForPickingTrees(page);
  const picking = await timePicking(page);
  const slider = await timeSlider(page);
  await context.close();

  const everythingUrl = `${baseUrl}/?show=skin&acu=1&labels=1`;
  const everythingPage = await freshPage(browser);
  await everythingPage.page.goto(everythingUrl);
  await waitForIdleViewer(everythingPage.page, 120_000);
  const everything = await settledCounts(everythingPage.page);
  await everythingPage.context.close();
  // Draw calls with every layer on, the neighbouring muscles (a second file) and the vessels
  // and organs included; the triangle budget above is the core file's, so it is read without them.
  const allLayersUrl = `${baseUrl}${ALL_LAYERS_QUERY}`;
  const allLayersPage = await freshPage(browser);
  await allLayersPage.page.goto(allLayersUrl);
  await waitForIdleViewer(allLayersPage.page, 120_000);
  await allLayersPage.page.waitForFunction(
    "window.__hipViewerDebug?.screenPoint('vastus-lateralis:right') != null",
    undefined,
    { timeout: 120_000, polling: 200 },
  );
  await waitForNoFrames(allLayersPage.page);
  const allLayers = await settledCounts(allLayersPage.page);
  await allLayersPage.context.close();
  const clickToHighlight = await measureClickPicking(browser, baseUrl);

  const medianFirst = median(timings.map((t) => t.firstModelFrameMs));
  const medianBlank = median(blank);
  return {
    runs: timings,
    blankPageMs: blank,
    medianFirstModelFrameMs: Math.round(medianFirst),
    medianInteractiveMs: Math.round(median(timings.map((t) => t.interactiveMs))),
    medianBlankPageMs: medianBlank,
    firstFrameToBlankRatio: Math.round((medianFirst / Math.max(1, medianBlank)) * 10) / 10,
    defaultView,
    everything: { ...everything, url: everythingUrl.replace(baseUrl, '') },
    allLayers: { drawCalls: allLayers.drawCalls, url: ALL_LAYERS_QUERY },
    idleFrames,
    pickingLatencyMs: { samples: picking, median: picking.length ? median(picking) : null },
    clickToHighlight,
    sliderToFrameMs: {
      samples: slider.samples,
      median: slider.samples.length ? median(slider.samples) : null,
      note: slider.note,
    },
  };
}
