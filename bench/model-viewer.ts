/**
 * `<model-viewer>` side by side (issue 18 item 6): the viewer an education site would pick
 * instead loads the same complete `hip.glb`, from the same local server, in the same Chromium
 * and run, and we time navigation → its first model frame (its `load` event, then the next
 * animation frame). The page and the element's script live outside `dist/` (bench only): the
 * page in the bench's temporary folder, the script served from node_modules.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { median } from './node-timings';

/** The element's self-contained build (three.js and the meshopt decoder inside). */
export const MODEL_VIEWER_DIST = resolve(
  import.meta.dirname,
  '../node_modules/@google/model-viewer/dist',
);

/**
 * The meshopt decoder as a classic script (model-viewer loads it from a CDN unless told where it
 * is; the model is meshopt-compressed). The same meshoptimizer the model pipeline uses.
 */
const MESHOPT_DECODER = resolve(
  import.meta.dirname,
  '../node_modules/meshoptimizer/meshopt_decoder.cjs',
);

/** The same viewport as the app's load timings. */
const VIEWPORT = { width: 1280, height: 800 };

/**
 * Writes the comparison page (and the meshopt decoder beside it) into `pagesDir`, loading the
 * element from `scriptUrl` and the model from `modelUrl`.
 */
export function writeModelViewerPage(pagesDir: string, scriptUrl: string, modelUrl: string): void {
  copyFileSync(MESHOPT_DECODER, join(pagesDir, 'meshopt_decoder.js'));
  writeFileSync(
    join(pagesDir, 'model-viewer.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Hip model in model-viewer</title>
    <link rel="icon" href="data:,">
    <script>self.ModelViewerElement = { meshoptDecoderLocation: new URL('meshopt_decoder.js', location.href).href };</script>
    <script type="module" src="${scriptUrl}"></script>
    <style>html,body{margin:0;height:100%}model-viewer{width:100vw;height:100vh}</style>
  </head>
  <body>
    <model-viewer src="${modelUrl}" alt="The hip model" camera-controls></model-viewer>
    <script type="module">
      const timing = { loadAt: null, frameAt: null, error: null };
      window.__modelViewerTiming = timing;
      const element = document.querySelector('model-viewer');
      element.addEventListener('load', () => {
        timing.loadAt = performance.now();
        requestAnimationFrame(() => { timing.frameAt = performance.now(); });
      });
      element.addEventListener('error', (event) => {
        timing.error = String(event.detail && event.detail.type ? event.detail.type : 'error');
      });
    </script>
  </body>
</html>
`,
  );
}

export interface ModelViewerTiming {
  /** Navigation start → the first animation frame after model-viewer's `load` event (ms), per load. */
  firstModelFrameMs: number[];
  medianFirstModelFrameMs: number;
}

/** Loads the page `runs` times, each in a fresh context (cold cache), and times the first frame. */
export async function timeModelViewer(
  browser: Browser,
  pageUrl: string,
  runs = 5,
): Promise<ModelViewerTiming> {
  const firstModelFrameMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(
      '(() => { const t = window.__modelViewerTiming; return t && (t.frameAt !== null || t.error !== null); })()',
      undefined,
      { timeout: 120_000 },
    );
    const timing = (await page.evaluate('window.__modelViewerTiming')) as {
      frameAt: number | null;
      error: string | null;
    };
    await context.close();
    if (timing.error !== null || timing.frameAt === null) {
      throw new Error(`bench: model-viewer could not show the model (${timing.error}).`);
    }
    firstModelFrameMs.push(Math.round(timing.frameAt));
  }
  return { firstModelFrameMs, medianFirstModelFrameMs: median(firstModelFrameMs) };
}
