/**
 * Twenty model switches in one page (a `model=` file, then "load the built-in model", back and
 * forth): the heap after a forced garbage collection and the renderer's geometries, textures and
 * shader programs after each one. A model that is not freed when it goes shows as growth from
 * the 2nd switch (the built-in model, each cache warm) to the last (the built-in model again).
 */
import type { Browser } from 'playwright-core';
import { measureModelSwitches, type SwitchSample } from '../tests/e2e/model-switches';
import { openPage, waitForIdleViewer } from '../tests/e2e/viewer-page';

export const MODEL_SWITCHES = 20;

export interface ModelSwitchMetrics {
  series: SwitchSample[];
  /** Last switch ÷ 2nd switch, both the built-in model, two decimals. */
  ratios: { heap: number; geometries: number; textures: number; programs: number };
}

const ratio = (last: number, second: number) =>
  second > 0 ? Math.round((last / second) * 100) / 100 : Number.POSITIVE_INFINITY;

export async function measureModelSwitching(
  browser: Browser,
  appUrl: string,
  log: (line: string) => void = () => undefined,
): Promise<ModelSwitchMetrics> {
  const { page } = await openPage(browser, `${appUrl}/`, {
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    await waitForIdleViewer(page);
    const series = await measureModelSwitches(page, MODEL_SWITCHES, (s) =>
      log(
        `  switch ${s.switchNumber} ${s.model}: heap ${(s.heapUsedBytes / 2 ** 20).toFixed(2)} MB, ${s.geometries} geometries, ${s.textures} textures, ${s.programs} programs`,
      ),
    );
    const second = series[1]!;
    const last = series[series.length - 1]!;
    return {
      series,
      ratios: {
        heap: ratio(last.heapUsedBytes, second.heapUsedBytes),
        geometries: ratio(last.geometries, second.geometries),
        textures: ratio(last.textures, second.textures),
        programs: ratio(last.programs, second.programs),
      },
    };
  } finally {
    await page.context().close();
  }
}

/** The series as one printable line per figure. */
export function formatModelSwitches(metrics: ModelSwitchMetrics): [string, string][] {
  const { series } = metrics;
  const join = (pick: (s: SwitchSample) => string) => series.map(pick).join(', ');
  return [
    [
      `model switches ×${series.length}: heap after GC (MB), switch 1..${series.length}`,
      join((s) => (s.heapUsedBytes / 2 ** 20).toFixed(1)),
    ],
    [
      'model switches: geometries / textures / programs, switch 1..n',
      join((s) => `${s.geometries}/${s.textures}/${s.programs}`),
    ],
  ];
}
