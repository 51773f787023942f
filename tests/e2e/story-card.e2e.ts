import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_STORIES, storyStepHighlights } from '../../src/domain/stories';
import { chromiumForSuite } from './chromium-suite';
import { saveScreenshot, waitForNoFrames } from './viewer-page';

/** Where each thing a step is about is drawn: its structures and points, and the knees' arrows. */
function stepTargets(page: Page, structures: string[], points: string[], knees: boolean) {
  return page.evaluate(
    ({ structures, points, knees }) => {
      const debug = window.__hipViewerDebug;
      const out: { name: string; at: { x: number; y: number } | null }[] = [];
      for (const key of structures)
        out.push({ name: key, at: debug?.screenPoint(key as never) ?? null });
      for (const id of points) out.push({ name: id, at: debug?.pointScreen(id) ?? null });
      if (knees)
        for (const key of ['knee:left', 'knee:right'])
          out.push({ name: key, at: debug?.jointScreen(key) ?? null });
      return out;
    },
    { structures, points, knees },
  );
}

/**
 * A story card sits over the model on wide screens: it must never cover the structure, point or
 * load arrow its step is about (review M1: "What the knee feels" covered the right knee).
 */
describe('a story card never covers what its step is about', () => {
  const chromium = chromiumForSuite();

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}`, async () => {
      const { page, watch } = await chromium.openViewer(`/`, { viewport });
      const covered: string[] = [];
      for (const story of BUILT_IN_STORIES) {
        await page.selectOption('select[data-action="stories"]', story.id);
        const player = page.locator('[data-testid="story-player"]');
        for (const [index, step] of story.steps.entries()) {
          await expect.poll(() => player.locator('h2').textContent()).toBe(step.title);
          await waitForNoFrames(page);
          const { structures, points } = storyStepHighlights(step);
          // A step posed with a dysfunction draws load arrows at the knees.
          const targets = await stepTargets(page, structures, points, !!step.mechanicsPreset);
          const card = await player.boundingBox();
          for (const { name, at } of targets) {
            if (!at || !card) continue;
            const inside =
              at.x >= card.x &&
              at.x <= card.x + card.width &&
              at.y >= card.y &&
              at.y <= card.y + card.height;
            if (inside) covered.push(`${story.id} step ${index + 1}: ${name}`);
          }
          if (story.id === 'weak-gluteus-medius' && step.id === 'knee-load')
            saveScreenshot(`story-card-knee-${viewport.width}.png`, await page.screenshot());
          if (index < story.steps.length - 1)
            await player.locator('button[data-action="story-next"]').click();
        }
        await player.locator('button[data-action="story-finish"]').click();
      }
      expect(covered, 'things the card covers').toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
      // Every step of every built-in story waits for its view to settle.
    }, 400_000);
  }
});
