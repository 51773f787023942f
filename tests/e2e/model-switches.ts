/**
 * Switch a viewer between models many times and read, after each switch once the new model is
 * drawn, what the page holds: the JavaScript heap after a forced garbage collection and the
 * renderer's GPU resources. Shared by the e2e leak check and the benchmark (`npm run bench`).
 */
import type { Page } from 'playwright-core';
import type { ModelSwitchHooks } from '../../src/app/useModelSource';
import { waitForNoFrames } from './viewer-page';

/** The two models switched between: a `model=` link to another file, then the built-in one. */
const SWITCH_MODELS = [
  // The first-view file is a complete model on its own (no skin), loaded as one file.
  { name: 'another model (model=/models/hip-first.glb)', param: '/models/hip-first.glb' },
  // "Load the built-in model": its first view, then the complete file swapped in.
  { name: 'built-in (models/hip.glb)', param: '' },
] as const;

export interface SwitchSample {
  /** 1 for the first switch. */
  switchNumber: number;
  model: string;
  /** JS heap in use after a forced garbage collection (bytes). */
  heapUsedBytes: number;
  geometries: number;
  textures: number;
  programs: number;
}

/** Ask the page's only viewer to load a model, as a `model=` link would ('' = built-in). */
async function chooseModel(page: Page, param: string): Promise<void> {
  await page.evaluate((value) => {
    const viewers = Object.values(window.__hipViewers ?? {});
    if (viewers.length !== 1) throw new Error(`e2e: expected one viewer, found ${viewers.length}`);
    (viewers[0]!.models as ModelSwitchHooks).choose(value);
  }, param);
}

/**
 * Resolves once the newly chosen model is drawn in full: ready, its complete file swapped in,
 * a frame drawn with it, the picking trees of its muscles built, and the viewer at rest.
 */
async function waitForModelDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const debug = window.__hipViewerDebug;
      const trees = debug?.posedPickingTrees();
      return (
        window.__hipViewerProbe?.getModelPhase() === 'ready' &&
        debug?.modelDetail() === 'complete' &&
        debug.modelFrames() > 0 &&
        trees !== undefined &&
        trees.skinned > 0 &&
        trees.withTree === trees.skinned
      );
    },
    undefined,
    { timeout: 90_000, polling: 100 },
  );
  await waitForNoFrames(page, 300, 60_000);
}

/** Switch `switches` times between SWITCH_MODELS, sampling after each switch. */
export async function measureModelSwitches(
  page: Page,
  switches: number,
  onSample: (sample: SwitchSample) => void = () => undefined,
): Promise<SwitchSample[]> {
  const cdp = await page.context().newCDPSession(page);
  const samples: SwitchSample[] = [];
  for (let n = 1; n <= switches; n++) {
    const model = SWITCH_MODELS[(n - 1) % SWITCH_MODELS.length]!;
    await chooseModel(page, model.param);
    await waitForModelDrawn(page);
    // Twice: the first collection can leave objects whose finalizers free more.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const gpu = await page.evaluate(() => window.__hipViewerProbe!.gpuResources());
    const sample = { switchNumber: n, model: model.name, heapUsedBytes: heap.usedSize, ...gpu };
    samples.push(sample);
    onSample(sample);
  }
  await cdp.detach();
  return samples;
}
