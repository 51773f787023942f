import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/domain/quiz';
import { BUILT_IN_STORIES } from '../../src/domain/stories';
import { encodeStoryParam } from '../../src/domain/stories/story-url';
import { chromiumForSuite } from './chromium-suite';
import { saveScreenshot, waitForNoFrames } from './viewer-page';

const view = (page: Page) =>
  page.evaluate(
    () => window.__hipViewerProbe?.getView() as unknown as { mode: string; point: string | null },
  );

describe('for patients and students', () => {
  const chromium = chromiumForSuite();

  it('patient mode: plain words, no needle depths until the clinician opens them, and every story plays through', async () => {
    const { page, watch } = await chromium.openViewer(
      `/?mode=patient&point=gluteus-medius-posterior:right`,
    );
    const card = page.locator('[data-testid="point-card"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(
      await card.locator('[data-testid="needle-path"]').count(),
      'depths hidden in patient mode',
    ).toBe(0);
    expect(await card.textContent()).not.toMatch(/n = \d+/);
    // The dysfunction settings are a clinician tool: hidden until the clinician opens them.
    expect(await page.locator('#tab-mechanics').count(), 'no dysfunction tab for a patient').toBe(
      0,
    );
    await page.click('button[data-action="clinician-tools"]');
    await page.click('#tab-mechanics');
    await page.click('button[data-preset-id="trendelenburg"]');
    expect(
      await page.locator('[data-testid="mechanics-table"]').count(),
      'no table of numbers',
    ).toBe(0);
    expect(await page.locator('[data-testid="mechanics-sentence"]').textContent()).toMatch(
      /pelvis drops/,
    );
    await waitForNoFrames(page);
    saveScreenshot('learning-patient-mode.png', await page.screenshot());
    await card.getByRole('button', { name: /needle depth/i }).click();
    expect(
      await card.locator('[data-testid="needle-path"]').count(),
      'the clinician can open depths',
    ).toBe(1);

    for (const story of BUILT_IN_STORIES) {
      await page.selectOption('select[data-action="stories"]', story.id);
      const player = page.locator('[data-testid="story-player"]');
      for (const [index, step] of story.steps.entries()) {
        await expect
          .poll(() => player.locator('h2').textContent(), {
            message: `${story.id} step ${index + 1}`,
          })
          .toBe(step.title);
        expect((await view(page)).mode, 'a story keeps patient mode').toBe('patient');
        if (index === 3 && story.id === BUILT_IN_STORIES[0]?.id) {
          await waitForNoFrames(page);
          saveScreenshot('learning-story-step.png', await page.screenshot());
        }
        if (index < story.steps.length - 1)
          await player.locator('button[data-action="story-next"]').click();
      }
      await player.locator('button[data-action="story-finish"]').click();
      await expect.poll(() => player.count()).toBe(0);
    }
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  // The app's page and the embed route (an element's `story` attribute) read `story=` alike.
  for (const route of ['/', '/embed.html']) {
    it(`a story from a link with a bad step gets a message naming the step and field (${route})`, async () => {
      const story = encodeURIComponent(
        JSON.stringify({
          id: 'demo',
          title: 'Demo',
          summary: 'x',
          audience: 'student',
          steps: [{ id: 'a', title: 'A', text: 'x', camera: 'sideways' }],
        }),
      );
      const { page } = await chromium.open(`${route}?story=${story}`);
      const notice = page.locator('[data-testid="param-notice"]');
      await expect.poll(() => notice.textContent()).toMatch(/step 1.*camera/);
      await page.locator('.viewer').waitFor();
      expect(await page.locator('[data-testid="story-player"]').count()).toBe(0);
      await page.context().close();
    });
  }

  it("plays a site's own story passed in an embed link", async () => {
    const story = BUILT_IN_STORIES[0]!;
    const { page, watch } = await chromium.open(`/embed.html?story=${encodeStoryParam(story)}`);
    const player = page.locator('[data-testid="story-player"]');
    await expect.poll(() => player.locator('h2').textContent()).toBe(story.steps[0]?.title);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a quiz round scores a keyboard answer and a click on the model', async () => {
    const seed = 1;
    const [first, second] = generateQuiz({ seed, count: 6 });
    expect(first?.kind).toBe('which-dysfunction');
    expect(second?.kind).toBe('place-point');
    const { page, watch } = await chromium.openViewer(`/?mode=quiz&quiz=${seed}`);
    const quiz = page.locator('[data-testid="quiz"]');
    await expect
      .poll(() => quiz.locator('[data-testid="quiz-prompt"]').textContent())
      .toMatch(/Which muscle/);
    // Keyboard: choose option 1, then go on with Enter.
    await quiz.locator('button[data-option]').first().focus();
    await page.keyboard.press('1');
    await expect.poll(() => quiz.locator('[data-testid="quiz-feedback"]').count()).toBe(1);
    // Focus moves to the verdict after an answer, and Enter goes on from there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('quiz-feedback');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => quiz.locator('[data-testid="quiz-prompt"]').textContent())
      .toMatch(/Click on the model/);
    await waitForNoFrames(page);
    // Click on the model where the evidence puts the point.
    const target = second?.kind === 'place-point' ? second.pointKey : '';
    const at = await page.evaluate(
      (id) => window.__hipViewerDebug?.pointScreen(id) ?? null,
      target,
    );
    expect(at, 'the target is on screen').not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const feedback = quiz.locator('[data-testid="quiz-feedback"]');
    await expect.poll(() => feedback.textContent()).toMatch(/points/);
    expect(await feedback.textContent()).toMatch(/Source:/);
    await waitForNoFrames(page);
    saveScreenshot('learning-quiz-result.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
