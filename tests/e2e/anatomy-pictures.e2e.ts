import { describe, expect, it } from 'vitest';
import { CAMERA_PRESETS } from '../../src/domain/camera';
import { chromiumForSuite } from './chromium-suite';
import {
  foregroundShare,
  imageDifference,
  saveScreenshot,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

/**
 * The anatomy picture set: every configuration from the front, the back, both sides and above,
 * saved to look at beside atlas plates. Each picture must show the model, and the configurations
 * must differ from one another in each view (a layer that failed to show would not).
 */
const CONFIGURATIONS = [
  // Everything on: skin see-through over every layer, the neighbouring muscles and vessels too.
  { name: 'everything', query: 'ghost=skin&show=context,vessels-organs' },
  // The same without the context layer.
  { name: 'no-context', query: 'ghost=skin&show=vessels-organs' },
  { name: 'bones-deep', query: 'hide=skin,superficial,intermediate,nerves' },
  // The fitted body (1.65 m, 90 kg woman) under its skin.
  { name: 'fitted-f-1.65-90', query: 'ghost=skin&body=f,1.65,90' },
] as const;

describe('anatomy picture set', () => {
  const chromium = chromiumForSuite();

  const shots = new Map<string, Buffer>();

  for (const configuration of CONFIGURATIONS) {
    it(`pictures "${configuration.name}" from five sides`, async () => {
      const { page, watch } = await chromium.open(`/?${configuration.query}`, {
        viewport: { width: 900, height: 900 },
      });
      await waitForIdleViewer(page, 120_000);
      const canvas = page.locator('canvas');
      for (const preset of CAMERA_PRESETS) {
        await page.click(`button[data-preset="${preset.id}"]`);
        await waitForNoFrames(page);
        const png = await canvas.screenshot();
        saveScreenshot(`anatomy-${configuration.name}-${preset.id}.png`, png);
        expect(
          foregroundShare(png),
          `${configuration.name} ${preset.id} shows the model`,
        ).toBeGreaterThan(0.03);
        shots.set(`${configuration.name}:${preset.id}`, png);
      }
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
      await page.context().close();
    });
  }

  it('each configuration looks different from the others in every view', () => {
    for (const preset of CAMERA_PRESETS) {
      for (let i = 0; i < CONFIGURATIONS.length; i++) {
        for (let j = i + 1; j < CONFIGURATIONS.length; j++) {
          const a = shots.get(`${CONFIGURATIONS[i]!.name}:${preset.id}`);
          const b = shots.get(`${CONFIGURATIONS[j]!.name}:${preset.id}`);
          expect(a && b, 'both pictures were taken').toBeTruthy();
          expect(
            imageDifference(a!, b!),
            `${CONFIGURATIONS[i]!.name} vs ${CONFIGURATIONS[j]!.name}, ${preset.id}`,
          ).toBeGreaterThan(0.5);
        }
      }
    }
  });
});
