/**
 * Lighthouse (mobile, default simulated throttling) on a URL, with the system Chromium and
 * the same SwiftShader WebGL the end-to-end tests use, so the 3D view is measured too (or with
 * WebGL off, to measure the page a device without WebGL gets).
 * Writes the full report (HTML and JSON) to `test-output/bench/` for reading the details.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';

export const REPORT_DIR = resolve(import.meta.dirname, '../test-output/bench');

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Main metrics (ms, CLS unitless), for reading a score. */
  metrics: Record<string, number>;
  /** Audits that lost points, with their display values. */
  failing: string[];
  report: string;
}

const BASE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];
const WEBGL_FLAGS = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_FLAGS = ['--disable-webgl', '--disable-3d-apis'];

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];

export async function runLighthouse(
  url: string,
  name: string,
  { webgl = true }: { webgl?: boolean } = {},
): Promise<LighthouseScores> {
  const chromeFlags = [...BASE_FLAGS, ...(webgl ? WEBGL_FLAGS : NO_WEBGL_FLAGS)];
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['html', 'json'],
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`bench: Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metrics: Record<string, number> = {};
    for (const id of METRICS) {
      const value = lhr.audits[id]?.numericValue;
      if (value !== undefined) metrics[id] = Math.round(value * 1000) / 1000;
    }
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
        .map((audit) => `${category.id}: ${audit?.id} (${audit?.displayValue ?? audit?.score})`),
    );
    mkdirSync(REPORT_DIR, { recursive: true });
    const report = resolve(REPORT_DIR, `lighthouse-${name}.html`);
    const [html, json] = result.report as string[];
    writeFileSync(report, html ?? '');
    writeFileSync(resolve(REPORT_DIR, `lighthouse-${name}.json`), json ?? '');
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      metrics,
      failing,
      report,
    };
  } finally {
    chrome.kill();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export interface LighthouseMedian extends LighthouseScores {
  /** Every run's scores, in the order run. */
  runs: LighthouseScores[];
}

/**
 * Lighthouse `runs` times (odd), each in a fresh browser; every score and metric is the median
 * of the runs, so one run slowed by other work on the machine does not decide the result. The
 * report kept is the run whose performance score is the median.
 */
export async function runLighthouseMedian(
  url: string,
  name: string,
  options: { webgl?: boolean; runs?: number } = {},
): Promise<LighthouseMedian> {
  const count = options.runs ?? 3;
  if (count < 1 || count % 2 === 0) {
    throw new Error(`bench: Lighthouse runs must be an odd number (got ${count}) for a median.`);
  }
  const runs: LighthouseScores[] = [];
  for (let i = 0; i < count; i++)
    runs.push(await runLighthouse(url, `${name}-run${i + 1}`, options));
  const performance = median(runs.map((r) => r.performance));
  const middle = runs.find((r) => r.performance === performance) ?? runs[0];
  const metrics: Record<string, number> = {};
  for (const id of Object.keys(runs[0]?.metrics ?? {})) {
    metrics[id] = median(runs.map((r) => r.metrics[id] ?? Number.NaN));
  }
  return {
    performance,
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    metrics,
    failing: middle?.failing ?? [],
    report: middle?.report ?? '',
    runs,
  };
}
