import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/domain/quiz';
import { BUILT_IN_STORIES } from '../../src/domain/stories';
import { chromiumForSuite } from './chromium-suite';
import { saveScreenshot, waitForIdleViewer, waitForNoFrames } from './viewer-page';

/**
 * What the usability review still found: lettered quiz spots over each other, focus on the right
 * answer, the answers one tab away during a round, cards over the orientation words, a click
 * picking another marker than the hover label names, and search's first ArrowDown.
 */

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlapping(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Pairs of boxes (by name) that overlap. */
function overlaps(boxes: readonly Box[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) if (overlapping(a, b)) pairs.push(`${a.name} × ${b.name}`);
  return pairs;
}

function boxesOf(page: Page, selector: string, nameAttribute?: string): Promise<Box[]> {
  return page.evaluate(
    ([css, attribute]) =>
      [...document.querySelectorAll<HTMLElement>(css)]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const r = element.getBoundingClientRect();
          const name = attribute
            ? (element.getAttribute(attribute) ?? '')
            : (element.textContent ?? '');
          return { name, x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    [selector, nameAttribute ?? ''] as const,
  );
}

const orientationWords = (page: Page) =>
  boxesOf(page, '[data-testid="orientation"] [data-edge]', 'data-edge');

/** Orientation words that the given boxes cover. */
async function coveredWords(page: Page, covers: readonly Box[]): Promise<string[]> {
  const words = await orientationWords(page);
  expect(words.length, 'the orientation words are drawn').toBe(4);
  return words.filter((word) => covers.some((c) => overlapping(word, c))).map((w) => w.name);
}

const view = (page: Page) =>
  page.evaluate(
    () =>
      window.__hipViewerProbe?.getView() as unknown as {
        point: string | null;
        selection: string | null;
      },
  );

const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;
const phoneOptions = (width: number) =>
  width <= 480 ? { isMobile: true, hasTouch: true } : ({} as Record<string, never>);

async function openQuiz(
  chromium: ReturnType<typeof chromiumForSuite>,
  seed: number,
  size: { width: number; height: number },
) {
  const opened = await chromium.open(`/?mode=quiz&quiz=${seed}`, {
    viewport: size,
    ...phoneOptions(size.width),
  });
  if (size.width <= 480) {
    await opened.page.getByRole('button', { name: 'Show the 3D model' }).click();
    // The quiz's answers and its Skip button are in the drawer below the model.
    await opened.page.locator('.drawer-toggle[aria-expanded="false"]').click();
  }
  await waitForIdleViewer(opened.page);
  return opened;
}

/** Skip the question on screen and go on to the next one. */
async function skipQuestion(page: Page) {
  await page.locator('[data-action="quiz-skip"]').click();
  await page.locator('[data-action="quiz-next"]').click();
}

describe('the residual findings of the usability review', () => {
  const chromium = chromiumForSuite();
  const SEED = 12345;
  const round = generateQuiz({ seed: SEED, count: 6 });

  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: the lettered spots of every question never overlap, and the orientation words stay in sight`, async () => {
      expect(round.some((q) => q.kind === 'place-point')).toBe(true);
      const { page, watch } = await openQuiz(chromium, SEED, size);
      for (const [index, question] of round.entries()) {
        await expect
          .poll(() => page.locator('[data-testid="quiz"] .muted.small').first().textContent())
          .toContain(`Question ${index + 1} of 6`);
        if (question.kind === 'place-point') {
          const spots = page.locator('[data-quiz-spot]');
          await expect.poll(() => spots.count()).toBeGreaterThanOrEqual(2);
          // Skip scrolled a phone's page down to the drawer: back up to the model.
          await page.evaluate(() => window.scrollTo(0, 0));
          await waitForNoFrames(page);
          const boxes = await boxesOf(page, '[data-quiz-spot]', 'data-quiz-spot');
          saveScreenshot(`quiz-spots-${size.width}-q${index + 1}.png`, await page.screenshot());
          expect(boxes.length, 'every spot is laid out').toBe(await spots.count());
          expect(overlaps(boxes), `question ${index + 1}`).toEqual([]);
        }
        if (size.width <= 480) {
          // The strip over the view leaves every orientation word readable.
          const strip = await boxesOf(page, '[data-testid="quiz-strip"]');
          expect(strip.length, 'the quiz strip shows on a phone').toBe(1);
          expect(await coveredWords(page, strip), `question ${index + 1}`).toEqual([]);
        }
        if (index < round.length - 1) await skipQuestion(page);
      }
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('after a lettered answer, focus goes to the verdict, never to the right answer', async () => {
    const { page, watch } = await openQuiz(chromium, SEED, SIZES[0]);
    const lettered = round.findIndex((q) => q.kind === 'place-point');
    for (let i = 0; i < lettered; i++) await skipQuestion(page);
    const options = page.locator('[data-testid="quiz"] button[data-option]');
    await expect.poll(() => options.count()).toBe(4);
    // Keyboard only: Tab into the options, move to the third spot, and press Enter on it.
    await options.first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="quiz-feedback"]').waitFor();
    await waitForNoFrames(page);
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const box = element?.getBoundingClientRect();
      return {
        option: element?.getAttribute('data-option') ?? null,
        verdict: element?.getAttribute('data-testid') ?? null,
        ring: !!element && element.matches(':focus-visible'),
        onScreen: !!box && box.top >= 0 && box.top < window.innerHeight && box.height > 0,
      };
    });
    saveScreenshot('quiz-focus-after-letter.png', await page.screenshot());
    expect(focus.option, 'focus is on no spot button').toBeNull();
    expect(focus).toEqual({ option: null, verdict: 'quiz-feedback', ring: true, onScreen: true });
    // The student's own spot is the one marked, as theirs.
    expect(await page.locator('[data-testid="quiz"] button[aria-pressed="true"]').count()).toBe(1);
    // Enter goes on from the verdict.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="quiz"] .muted.small').first().textContent())
      .toContain(`Question ${lettered + 2} of 6`);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('Enter on a focused spot button answers with that spot', async () => {
    const { page } = await openQuiz(chromium, SEED, SIZES[0]);
    const lettered = round.findIndex((q) => q.kind === 'place-point');
    for (let i = 0; i < lettered; i++) await skipQuestion(page);
    const options = page.locator('[data-testid="quiz"] button[data-option]');
    await expect.poll(() => options.count()).toBe(4);
    await options.nth(2).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="quiz-feedback"]').waitFor();
    expect(await options.nth(2).getAttribute('class')).toContain('chosen');
    expect(await page.locator('[data-testid="quiz"] button.chosen').count()).toBe(1);
    await page.context().close();
  });

  it('hides the motor points (the answers) while a round runs and brings them back at its review', async () => {
    const { page, watch } = await openQuiz(chromium, SEED, SIZES[0]);
    await page.locator('#tab-points').click();
    const notice = page.locator('#tabpanel-points [data-testid="answers-hidden"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await page.locator('#tabpanel-points button[data-point]').count()).toBe(0);
    // A muscle's card does not list its motor points either (the first question opens one).
    await page.locator('[data-testid="structure-card"]').waitFor();
    expect(await page.locator('[data-testid="structure-card"] button[data-point]').count()).toBe(0);
    // Search finds muscles, not their motor points, during the round, and says why.
    await page.locator('#search-input').fill('gluteus medius motor point');
    // The search index loads on first focus: wait for the answer, not the loading line.
    await expect
      .poll(() => page.locator('.search-results [data-testid="answers-hidden"]').count())
      .toBe(1);
    expect(await page.locator('.search-results [data-kind="motor-point"]').count()).toBe(0);
    saveScreenshot('quiz-answers-hidden.png', await page.screenshot());
    await page.locator('#search-input').fill('');
    for (let i = 0; i < round.length; i++) {
      await page.locator('[data-action="quiz-skip"]').click();
      await page.locator('[data-action="quiz-next"]').click();
    }
    await page.locator('[data-testid="quiz-review"]').waitFor();
    await page.locator('#tab-points').click();
    await expect
      .poll(() => page.locator('#tabpanel-points button[data-point]').count())
      .toBeGreaterThan(0);
    expect(await notice.count()).toBe(0);
    await page.locator('#search-input').fill('gluteus medius motor point');
    await expect
      .poll(() => page.locator('#search-results [data-kind="motor-point"]').count())
      .toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  for (const size of [{ width: 1440, height: 900 }, SIZES[0], SIZES[1]]) {
    it(`at ${size.width}×${size.height}: no story card covers the orientation words`, async () => {
      const { page, watch } = await chromium.open('/', {
        viewport: size,
        ...phoneOptions(size.width),
      });
      if (size.width <= 480) await page.getByRole('button', { name: 'Show the 3D model' }).click();
      await waitForIdleViewer(page);
      const player = page.locator('[data-testid="story-player"]');
      for (const story of BUILT_IN_STORIES) {
        await page.selectOption('select[data-action="stories"]', story.id);
        for (const [index, step] of story.steps.entries()) {
          await expect.poll(() => player.locator('h2').textContent()).toBe(step.title);
          await waitForNoFrames(page);
          const card = await boxesOf(page, '[data-testid="story-player"]');
          if (story.id === 'weak-gluteus-medius' && index === 4)
            saveScreenshot(`story-orientation-${size.width}.png`, await page.screenshot());
          expect(await coveredWords(page, card), `${story.id} step ${index + 1}`).toEqual([]);
          if (index < story.steps.length - 1)
            await player.locator('button[data-action="story-next"]').click();
        }
        await player.locator('button[data-action="story-finish"]').click();
        await expect.poll(() => player.count()).toBe(0);
      }
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('a click on a marker selects the marker the hover label names', async () => {
    const { page, watch } = await chromium.openViewer('/?cam=posterior', {
      viewport: { width: 1280, height: 720 },
    });
    const id = 'gluteus-maximus-middle-nerve-dense-zone:right';
    const at = await page.evaluate((key) => window.__hipViewerDebug?.pointScreen(key) ?? null, id);
    expect(at, 'the marker is on screen').not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    const hover = page.locator('[data-testid="hover-label"]');
    await expect.poll(() => hover.isHidden()).toBe(false);
    const named = (await hover.textContent()) ?? '';
    saveScreenshot('marker-hover.png', await page.screenshot());
    expect(named).toMatch(/middle/i);
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await view(page)).point).toBe(id);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('search: the first ArrowDown lands on the first result, and Enter opens it', async () => {
    const { page } = await chromium.openViewer('/', { viewport: { width: 1280, height: 720 } });
    const input = page.locator('#search-input');
    await input.fill('iliacus');
    const first = page.locator('#search-option-0');
    await first.waitFor();
    expect(await input.getAttribute('aria-activedescendant'), 'nothing preselected').toBeNull();
    const title = (await first.locator('.result-title').textContent()) ?? '';
    expect(title).toBe('Iliacus');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-0');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await view(page)).selection).toMatch(/^iliacus:/);
    expect((await view(page)).point).toBeNull();
    await page.context().close();
  });

  for (const width of [320, 390, 820, 1280]) {
    it(`at ${width} px: a quiz question is free of accessibility violations (axe)`, async () => {
      const phone = width <= 480;
      const { page } = await openQuiz(chromium, SEED, {
        width,
        height: phone ? 844 : width < 1000 ? 1180 : 720,
      });
      // The second question is a lettered one: its spots are on the view.
      await skipQuestion(page);
      await expect.poll(() => page.locator('[data-quiz-spot]').count()).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`),
      ).toEqual([]);
      await page.context().close();
    });
  }
});
