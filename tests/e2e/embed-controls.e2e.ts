/**
 * `controls=1` on the embed route, as docs/embedding.md describes it: an "Advanced settings"
 * button over the 3D view with the minimal interface, and the advanced settings (leva) only
 * once the reader opens them.
 */
import { describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';

describe('embed controls=1', () => {
  const chromium = chromiumForSuite();

  it('adds the advanced settings button with ui=minimal and opens the settings on a press', async () => {
    const { page, watch } = await chromium.open('/embed.html?ui=minimal&controls=1');
    const button = page.locator('.embed-controls button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Advanced settings');
    expect(await page.locator('.advanced-panel').count(), 'closed until pressed').toBe(0);
    await button.click();
    await page.locator('.advanced-panel').waitFor();
    expect(await page.locator('.advanced-panel').textContent()).toContain('Cross-section');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows no such button without controls=1', async () => {
    const { page } = await chromium.open('/embed.html?ui=minimal');
    await page.locator('.viewer').waitFor();
    expect(await page.locator('.embed-controls').count()).toBe(0);
    await page.context().close();
  });
});
