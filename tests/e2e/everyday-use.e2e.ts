import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import { saveScreenshot, waitForIdleViewer, waitForNoFrames } from './viewer-page';

/** Widths people use: small phone, common phone, tablet, laptop. */
const WIDTHS = [320, 390, 820, 1280] as const;
const isPhone = (width: number) => width <= 480;

/** Elements that stick out of the viewport to the right (there must be none). */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1);
      })
      // Visually hidden text is clipped to nothing; it is not on screen.
      .filter((element) => !element.closest('.visually-hidden'))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

/** Each tab is inside the viewport and is the element actually hit at its centre (not covered). */
function tabsInReach(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.side-panel [role="tab"]')].map((tab) => {
      const box = tab.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      return {
        name: tab.textContent,
        inViewport:
          box.left >= 0 &&
          box.right <= document.documentElement.clientWidth &&
          box.top >= 0 &&
          box.bottom <= window.innerHeight,
        reachable: hit === tab || tab.contains(hit),
      };
    }),
  );
}

describe('everyday use at every width', () => {
  const chromium = chromiumForSuite();

  for (const width of WIDTHS) {
    describe(`${width} px wide`, () => {
      let page: Page;

      beforeAll(async () => {
        ({ page } = await chromium.open(`/?sel=gluteus-medius:right`, {
          viewport: { width, height: isPhone(width) ? 844 : width < 1000 ? 1180 : 720 },
          isMobile: isPhone(width),
          hasTouch: isPhone(width),
        }));
        // Phones start on the still picture; larger screens draw the model.
        if (isPhone(width)) await page.getByTestId('poster-gate').waitFor();
        else await waitForIdleViewer(page);
      });
      afterAll(async () => {
        await page?.context().close();
      });

      it('does not scroll sideways and shows every header control', async () => {
        const result = await overflowing(page);
        saveScreenshot(`everyday-${width}-header.png`, await page.screenshot());
        expect(result.scrollWidth, 'page width').toBeLessThanOrEqual(result.width);
        expect(result.wide).toEqual([]);
        const controls = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.app-header button, .app-header select')]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.right > document.documentElement.clientWidth + 1 || box.width === 0;
            })
            .map((element) => element.textContent),
        );
        expect(controls, 'header controls cut off or squeezed to nothing').toEqual([]);
      });

      it('keeps the tab strip in reach with a card open', async () => {
        if (isPhone(width)) await page.getByRole('button', { name: /Layers, structures/ }).click();
        await page.locator('#card-title').waitFor();
        // Scroll the panel past the card: the strip must still be there.
        await page.evaluate(() => {
          const panel = document.querySelector('.side-panel');
          panel?.scrollTo({ top: panel.scrollHeight });
          // On phones the page scrolls, not the panel.
          window.scrollTo({ top: document.documentElement.scrollHeight });
        });
        const tabs = await tabsInReach(page);
        saveScreenshot(`everyday-${width}-card-open.png`, await page.screenshot());
        expect(tabs.length).toBeGreaterThanOrEqual(4);
        for (const tab of tabs) {
          expect(tab.inViewport, `${tab.name} inside the viewport`).toBe(true);
          expect(tab.reachable, `${tab.name} not covered`).toBe(true);
        }
        const result = await overflowing(page);
        expect(result.wide).toEqual([]);
      });

      it('fits the evidence filter in the panel', async () => {
        await page.getByRole('tab', { name: 'Motor points' }).click();
        const sticking = await page.evaluate(() => {
          const panel = document.querySelector('.side-panel')?.getBoundingClientRect();
          return [...document.querySelectorAll<HTMLElement>('.side-panel select')]
            .filter((select) => {
              const box = select.getBoundingClientRect();
              return box.width > 0 && panel && box.right > panel.right + 1;
            })
            .map((select) => select.closest('label')?.textContent ?? select.id);
        });
        saveScreenshot(`everyday-${width}-points-tab.png`, await page.screenshot());
        expect(sticking).toEqual([]);
        expect((await overflowing(page)).wide).toEqual([]);
      });

      it('has no accessibility violations', async () => {
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
    });
  }

  it('on a phone, "Explain this to me" loads the 3D view, says so, and plays the story', async () => {
    const { page, watch } = await chromium.open(`/?mode=patient`, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    // Record every announcement: a later one may replace it before we look.
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid="status"]');
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      if (status) {
        new MutationObserver(() => heard.push(status.textContent ?? '')).observe(status, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      }
    });
    await page.getByRole('button', { name: 'Explain this to me' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { heard: string[] }).heard.some((text) =>
        text.includes('Loading the 3D model to show this.'),
      ),
    );
    await page.locator('.story-player').waitFor({ timeout: 60_000 });
    expect(await page.locator('.story-player h2').textContent()).not.toBe('');
    await waitForIdleViewer(page);
    saveScreenshot('everyday-390-explain.png', await page.screenshot({ fullPage: true }));
    // On a phone the story card sits below the model, never over it.
    const canvas = await page.locator('.viewer-canvas').boundingBox();
    const card = await page.locator('.story-player').boundingBox();
    expect(canvas && card && card.y >= canvas.y + canvas.height - 1, 'card below the model').toBe(
      true,
    );
    expect((await overflowing(page)).wide).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("always shows which way is the body's left, head and front, and follows the camera", async () => {
    const { page } = await chromium.openViewer(`/`, {
      viewport: { width: 1280, height: 720 },
    });
    const edges = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [
            ...document.querySelectorAll<HTMLElement>('[data-testid="orientation"] [data-edge]'),
          ].map((element) => [element.dataset.edge, element.textContent]),
        ),
      );
    expect(await edges()).toEqual({
      up: 'Head',
      down: 'Feet',
      left: "Body's right",
      right: "Body's left",
    });
    await page.locator('[data-preset="superior"]').click();
    await waitForIdleViewer(page);
    expect(await edges()).toMatchObject({ up: 'Back', down: 'Front' });
    await page.locator('[data-preset="right-lateral"]').click();
    await waitForIdleViewer(page);
    expect(await edges()).toMatchObject({ left: 'Back', right: 'Front', up: 'Head' });
    saveScreenshot('orientation-right-side.png', await page.screenshot());
    await page.context().close();
  });
});

describe('keyboard only', () => {
  const chromium = chromiumForSuite();
  let page: Page;

  beforeAll(async () => {
    ({ page } = await chromium.openViewer(`/`, {
      viewport: { width: 1280, height: 720 },
      permissions: ['clipboard-read', 'clipboard-write'],
    }));
  });

  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const box = element?.getBoundingClientRect();
      return {
        text: element?.textContent?.trim() ?? '',
        id: element?.id ?? '',
        onScreen: !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
      };
    });

  it('starts with skip links to the 3D view and to the panels', async () => {
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Skip to the 3D view', onScreen: true });
    saveScreenshot('keyboard-skip-link.png', await page.screenshot());
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('viewer-region');
    // Back to the top of the page, as a reload would: the second stop is the panel link.
    await page.locator('.skip-links a').first().focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Skip to the panels', onScreen: true });
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('panels');
  });

  it('reaches the layer buttons as one tab stop and moves inside with arrow keys', async () => {
    const toolbar = page.locator('.layer-toolbar');
    const buttons = await toolbar.locator('button').count();
    expect(buttons, 'four buttons per layer').toBeGreaterThanOrEqual(24);
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    expect(await toolbar.locator('button[tabindex="-1"]').count()).toBe(buttons - 1);
    await toolbar.locator('button[tabindex="0"]').focus();
    const cell = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return `${element.dataset.row},${element.dataset.column}`;
      });
    expect(await cell()).toBe('0,0');
    await page.keyboard.press('ArrowRight');
    expect(await cell()).toBe('0,1');
    await page.keyboard.press('ArrowDown');
    expect(await cell()).toBe('1,1');
    await page.keyboard.press('End');
    expect(await cell()).toBe('1,3');
    // Tab leaves the whole group: the next stop is outside it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.layer-toolbar'))).toBe(
      false,
    );
    // Coming back lands on the button used last.
    await page.keyboard.press('Shift+Tab');
    expect(await cell()).toBe('1,3');
  });

  it('after Enter in the tree, focus moves to the opened card, visible and on screen', async () => {
    // The first layer row, opened with ArrowRight; ArrowDown reaches its first structure.
    const item = page.locator('[role="treeitem"]').first();
    await item.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'card-title');
    const now = await focused();
    saveScreenshot('keyboard-tree-enter.png', await page.screenshot());
    expect(now.onScreen).toBe(true);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
  });

  it('searches, opens a point, and goes from the point to its muscle and back', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#search-input').focus();
    await page.keyboard.type('psoas motor point');
    await page.locator('#search-option-0').waitFor();
    expect(await page.locator('#search-option-0').textContent()).toContain('Psoas major');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="point-card"]').waitFor();
    expect(await page.locator('#point-title').textContent()).toMatch(/^Psoas major/);
    await page.locator('[data-action="open-muscle"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#card-title').waitFor();
    expect(await page.locator('#card-title').textContent()).toMatch(/Psoas major/);
    const links = page.locator('.muscle-points button');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    await links.first().focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="point-card"]').waitFor();
    expect(await page.locator('#point-title').textContent()).toMatch(/^Psoas major/);
    saveScreenshot('keyboard-muscle-to-point.png', await page.screenshot());
  });

  /** Tab (at most `limit` times) until the focused element matches; false when it never does. */
  const tabTo = async (selector: string, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      if (await page.evaluate((css) => !!document.activeElement?.matches(css), selector))
        return true;
      await page.keyboard.press('Tab');
    }
    return false;
  };
  /** Back to the top of the page, as after a reload: the first skip link has focus. */
  const startAtTop = async () => {
    await page.keyboard.press('Escape');
    await page.locator('.skip-links a').first().focus();
  };

  it('toggles a layer with the keyboard', async () => {
    await startAtTop();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // From the panels, past the open card, to the layer buttons.
    expect(await tabTo('.layer-toolbar button', 150)).toBe(true);
    // The row's first cell, down (rows wrap) to the superficial muscles, then their "Hide".
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) {
      const row = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.row);
      if (row === '1') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const hide = page.locator('.layer-toolbar button[data-row="1"][data-column="2"]');
    expect(await hide.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => hide.getAttribute('aria-pressed')).toBe('true');
    await waitForNoFrames(page);
    saveScreenshot('keyboard-layer-hidden.png', await page.screenshot());
    // Back to "Show".
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .locator('.layer-toolbar button[data-row="1"][data-column="0"]')
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
  });

  it('starts a story, steps through it and ends it with the keyboard', async () => {
    await startAtTop();
    expect(await tabTo('select[data-action="stories"]')).toBe(true);
    await page.keyboard.press('ArrowDown');
    const player = page.locator('[data-testid="story-player"]');
    await player.waitFor();
    const first = await player.locator('h2').textContent();
    // The player's keys work once focus is in it; Tab reaches it from the story menu.
    expect(await tabTo('[data-testid="story-player"], [data-testid="story-player"] *')).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => player.locator('h2').textContent()).not.toBe(first);
    saveScreenshot('keyboard-story.png', await page.screenshot());
    await page.keyboard.press('Escape');
    await expect.poll(() => player.count()).toBe(0);
  });

  it('starts a quiz and answers a question with the keyboard', async () => {
    await startAtTop();
    expect(await tabTo('select[data-action="mode"]')).toBe(true);
    // Explore → patient → quiz.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-testid="quiz"]').count()).toBe(1);
    expect(await tabTo('[data-testid="quiz"] button')).toBe(true);
    await page.keyboard.press('1');
    await page.locator('[data-testid="quiz-feedback"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'quiz-feedback',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="quiz"]').textContent())
      .toContain('Question 2 of 6');
    saveScreenshot('keyboard-quiz.png', await page.screenshot());
    // Back to exploring.
    await startAtTop();
    expect(await tabTo('select[data-action="mode"]')).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('[data-testid="quiz"]').count()).toBe(0);
  });

  it('copies the link to this view with the keyboard', async () => {
    await startAtTop();
    expect(await tabTo('button.share-button, .share button')).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="status"]').textContent())
      .toContain('Link to this view copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(inject('baseURL'))).toBe(true);
  });
});

describe('quiz review', () => {
  const chromium = chromiumForSuite();

  it('ends a round with every question, the answer given and the right answer', async () => {
    const { page, watch } = await chromium.openViewer(`/?mode=quiz&quiz=1`, {
      viewport: { width: 1280, height: 720 },
    });
    const quiz = page.locator('[data-testid="quiz"]');
    // First question: the first option; every other one skipped.
    await quiz.locator('button[data-option]').first().waitFor();
    const chosen = (await quiz.locator('button[data-option]').first().textContent()) ?? '';
    await quiz.locator('button[data-option]').first().click();
    for (let question = 0; question < 6; question++) {
      if (question > 0) await quiz.getByRole('button', { name: 'Skip', exact: true }).click();
      await page.locator('[data-action="quiz-next"]').click();
    }
    const review = page.locator('[data-testid="quiz-review"] > li');
    await review.first().waitFor();
    expect(await review.count()).toBe(6);
    const first = (await review.nth(0).textContent()) ?? '';
    // The option's text without its "1." or "A." prefix.
    expect(first).toContain(chosen.replace(/^\S+\s/, ''));
    for (let row = 1; row < 6; row++) {
      const text = (await review.nth(row).textContent()) ?? '';
      expect(text).toContain('Your answer: Skipped');
      expect(text).toContain('Right answer:');
    }
    saveScreenshot('quiz-review.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
