import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DrawCallRecord } from '../../src/scene/FrameProbe';
import { chromiumForSuite } from './chromium-suite';
import { waitForContextMuscles, waitForNoFrames } from './viewer-page';

/** Every layer on: skin, vessels and organs, the neighbouring muscles, acupuncture, labels. */
const EVERYTHING = '/?show=skin,vessels-organs,context&acu=1&labels=1';

/**
 * Draws one more frame (a 1 px resize and back) with the draw-call trace on and returns what
 * each call of that frame drew.
 */
async function traceOneFrame(page: Page): Promise<DrawCallRecord[]> {
  await page.evaluate(() => window.__hipViewerProbe?.traceDrawCalls());
  const size = page.viewportSize()!;
  const frames = () => page.evaluate(() => window.__hipViewerProbe?.frames ?? 0);
  const before = await frames();
  await page.setViewportSize({ width: size.width + 1, height: size.height + 1 });
  await expect.poll(frames, { timeout: 30_000 }).toBeGreaterThan(before);
  await waitForNoFrames(page);
  const trace = await page.evaluate(() => window.__hipViewerProbe?.drawCallTrace() ?? []);
  const counted = await page.evaluate(() => window.__hipViewerProbe?.drawCalls ?? -1);
  await page.setViewportSize(size);
  await waitForNoFrames(page);
  // The trace and the renderer's own count describe the same frame.
  expect(trace.length, 'traced calls equal the renderer count').toBe(counted);
  return trace;
}

/** One line per distinct (object, material) with how many calls it made: for the log. */
function summary(trace: DrawCallRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of trace) {
    const key = `${r.type} ${r.object} [${r.id || '-'}] ${r.material}${r.instances > 1 ? ` x${r.instances}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => `${String(n).padStart(3)}  ${key}`)
    .join('\n');
}

describe('draw calls', () => {
  const chromium = chromiumForSuite();

  it('the default view draws in at most 40 calls', async () => {
    const { page } = await chromium.openViewer(`/`);
    const trace = await traceOneFrame(page);
    console.log(`default view: ${trace.length} draw calls\n${summary(trace)}`);
    expect(trace.length, 'draw calls of the default view').toBeLessThanOrEqual(40);
    await page.context().close();
  });

  it('a selected structure draws itself with its highlight; a hidden layer costs nothing', async () => {
    const { page } = await chromium.openViewer(`/?sel=gluteus-medius:left&hide=nerves`);
    const trace = await traceOneFrame(page);
    const objects = trace.map((r) => r.object);
    expect(objects, 'the selected muscle is drawn by its own mesh').toContain(
      'gluteus-medius_left',
    );
    expect(objects, 'its layer mates stay in their batch').toContain('batch: muscle-intermediate');
    expect(
      trace.filter((r) => r.material.startsWith('nerve')),
      'hidden nerves draw nothing',
    ).toEqual([]);
    await page.context().close();
  });

  it('everything on draws in at most 60 calls', async () => {
    const { page } = await chromium.openViewer(`${EVERYTHING}`);
    // The neighbouring muscles arrive from their own file after the first frame.
    await waitForContextMuscles(page);
    const trace = await traceOneFrame(page);
    console.log(`everything on: ${trace.length} draw calls\n${summary(trace)}`);
    expect(trace.length, 'draw calls with everything on').toBeLessThanOrEqual(60);
    await page.context().close();
  });

  it('drawn by the CPU (this browser), the view does not multisample', async () => {
    const { page } = await chromium.openViewer(`/`);
    const context = await page.evaluate(() => {
      // The canvas's existing context: getContext hands back the one the view made.
      const gl = document.querySelector('canvas')?.getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return {
        renderer: gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '',
        antialias: gl?.getContextAttributes()?.antialias ?? null,
      };
    });
    expect(context.renderer, 'the test browser draws WebGL in software').toMatch(/SwiftShader/);
    expect(context.antialias, 'no multisampling on a CPU renderer').toBe(false);
    await page.context().close();
  });
});
