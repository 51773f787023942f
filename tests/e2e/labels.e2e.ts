import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAnatomyReference } from '../../src/domain/anatomy/reference';
import { chromiumForSuite } from './chromium-suite';
import { frameCount, saveScreenshot, waitForIdleViewer, waitForNoFrames } from './viewer-page';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface LabelOnScreen {
  key: string;
  text: string;
  box: Box;
  pinned: boolean;
  /** The leader line drawn for this label: from the structure to the label's edge. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** The placed labels, their boxes (page px), their leader lines and the 3D view's box. */
async function labelsOnScreen(
  page: Page,
): Promise<{ labels: LabelOnScreen[]; view: Box; cues: Box[] }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.viewer-canvas canvas') as HTMLElement;
    const view = canvas.getBoundingClientRect();
    const layer = document.querySelector('[data-testid="label-layer"]') as HTMLElement | null;
    const origin = layer?.getBoundingClientRect() ?? { x: 0, y: 0 };
    const labels = [
      ...document.querySelectorAll<HTMLElement>('.structure-label[data-structure-key]'),
    ].map((element) => {
      const key = element.dataset.structureKey ?? '';
      const r = element.getBoundingClientRect();
      const line = document.querySelector(`[data-leader-for="${key}"] line`);
      const at = (name: string) => Number(line?.getAttribute(name));
      return {
        key,
        text: element.textContent ?? '',
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        pinned: element.dataset.pinned === 'true',
        leader: line
          ? {
              x1: origin.x + at('x1'),
              y1: origin.y + at('y1'),
              x2: origin.x + at('x2'),
              y2: origin.y + at('y2'),
            }
          : null,
      };
    });
    const cues = [...document.querySelectorAll('.orientation-cue span')].map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    return {
      labels,
      view: { x: view.x, y: view.y, width: view.width, height: view.height },
      cues,
    };
  });
}

/** Waits until the labels are placed (they are measured once the view is at rest). */
async function waitForLabels(page: Page, atLeast = 1): Promise<void> {
  await waitForNoFrames(page);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.structure-label[data-structure-key]').length >= n,
    atLeast,
    { timeout: 20_000, polling: 100 },
  );
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Longest leader the layout may draw (its farthest ring) plus a pixel of rounding. */
const LONGEST_LEADER_PX = 117;

function expectCalmLabels(labels: LabelOnScreen[], view: Box, cues: Box[] = []) {
  for (const [i, label] of labels.entries()) {
    for (const cue of cues) {
      expect(overlap(label.box, cue), `${label.text} covers an orientation word`).toBe(false);
    }
    expect(label.box.x, `${label.text}: left edge in view`).toBeGreaterThanOrEqual(view.x);
    expect(label.box.y, `${label.text}: top edge in view`).toBeGreaterThanOrEqual(view.y);
    expect(label.box.x + label.box.width, `${label.text}: right edge in view`).toBeLessThanOrEqual(
      view.x + view.width,
    );
    expect(
      label.box.y + label.box.height,
      `${label.text}: bottom edge in view`,
    ).toBeLessThanOrEqual(view.y + view.height);
    expect(label.leader, `${label.text} has a leader line`).not.toBeNull();
    const leader = label.leader!;
    const length = Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1);
    expect(length, `${label.text}: leader leaves its structure`).toBeGreaterThan(5);
    expect(length, `${label.text}: leader is short`).toBeLessThanOrEqual(LONGEST_LEADER_PX);
    // The line ends on the label's edge.
    const b = label.box;
    const onEdge =
      leader.x2 >= b.x - 1.5 &&
      leader.x2 <= b.x + b.width + 1.5 &&
      leader.y2 >= b.y - 1.5 &&
      leader.y2 <= b.y + b.height + 1.5;
    expect(onEdge, `${label.text}: leader ends at the label`).toBe(true);
    for (const other of labels.slice(i + 1)) {
      expect(overlap(label.box, other.box), `${label.text} overlaps ${other.text}`).toBe(false);
    }
  }
}

describe('labels a clinician can point at', () => {
  const chromium = chromiumForSuite();

  it('at 1280 × 720, front view: labels with leaders, none overlapping, iliacus and psoas named', async () => {
    const { page, watch } = await chromium.openViewer(`/?cam=anterior&labels=1`, {
      viewport: { width: 1280, height: 720 },
    });
    await waitForLabels(page, 4);
    const { labels, view, cues } = await labelsOnScreen(page);
    saveScreenshot('labels-1280-front.png', await page.screenshot());
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expectCalmLabels(labels, view, cues);
    // Measuring and placing labels draws nothing: an idle viewer stays idle.
    const frames = await frameCount(page);
    await page.waitForTimeout(1000);
    expect((await frameCount(page)) - frames, 'frames drawn during an idle second').toBe(0);

    // Orbit: once the camera is at rest again the labels are measured and placed anew.
    const before = labels.map((l) => `${l.key}@${Math.round(l.box.x)},${Math.round(l.box.y)}`);
    await page.locator('[role="img"]').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForLabels(page, 2);
    await expect
      .poll(async () =>
        (await labelsOnScreen(page)).labels.map(
          (l) => `${l.key}@${Math.round(l.box.x)},${Math.round(l.box.y)}`,
        ),
      )
      .not.toEqual(before);
    const orbited = await labelsOnScreen(page);
    expectCalmLabels(orbited.labels, orbited.view, orbited.cues);
    saveScreenshot('labels-1280-orbited.png', await page.screenshot());
    const keys = labels.map((l) => l.key);
    expect(
      keys.some((k) => k.startsWith('iliacus:')),
      `iliacus among ${keys}`,
    ).toBe(true);
    expect(
      keys.some((k) => k.startsWith('psoas-major:')),
      `psoas among ${keys}`,
    ).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('from behind, the deep muscles get labels only when their cover is see-through', async () => {
    const { page } = await chromium.openViewer(`/?cam=posterior&labels=1`, {
      viewport: { width: 1280, height: 720 },
    });
    await waitForLabels(page, 2);
    const covered = (await labelsOnScreen(page)).labels.map((l) => l.key);
    expect(covered.some((k) => k.startsWith('piriformis:'))).toBe(false);
    await page.locator('[data-layer="superficial"] button[data-visibility="ghosted"]').click();
    await waitForLabels(page, 2);
    await expect
      .poll(async () => (await labelsOnScreen(page)).labels.map((l) => l.key))
      .toContain('piriformis:right');
    const { labels, view, cues } = await labelsOnScreen(page);
    expectCalmLabels(labels, view, cues);
    saveScreenshot('labels-1280-back-see-through.png', await page.screenshot());
    // Hidden structures get no label.
    await page.locator('[data-layer="intermediate"] button[data-visibility="hidden"]').click();
    await waitForLabels(page, 1);
    await expect
      .poll(async () => (await labelsOnScreen(page)).labels.map((l) => l.key))
      .not.toContain('piriformis:right');
    await page.context().close();
  });

  // Phones (the 3D view loads on request) and a tablet: labels fit, with leaders, none overlap.
  for (const { width, height, phone } of [
    { width: 320, height: 640, phone: true },
    { width: 390, height: 844, phone: true },
    { width: 820, height: 1180, phone: false },
  ]) {
    it(`at ${width} × ${height}, once the 3D view is loaded: few labels, inside the view, none overlapping`, async () => {
      const { page, watch } = await chromium.open(`/?cam=anterior&labels=1`, {
        viewport: { width, height },
        isMobile: phone,
        hasTouch: phone,
      });
      if (phone) await page.click('button[data-action="load-3d"]');
      await waitForIdleViewer(page);
      await waitForLabels(page, 2);
      const { labels, view, cues } = await labelsOnScreen(page);
      saveScreenshot(`labels-${width}-front.png`, await page.screenshot());
      expect(labels.length).toBeGreaterThanOrEqual(2);
      // A view narrower than 700 px shows at most 4 automatic labels.
      if (width < 700)
        expect(labels.length, 'a phone shows only a few labels').toBeLessThanOrEqual(4);
      expectCalmLabels(labels, view, cues);
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('a pinned label stays through a reload of the link, and unpinning takes it out of the link', async () => {
    const { page, watch } = await chromium.openViewer(`/?cam=anterior&sel=gluteus-medius:right`, {
      viewport: { width: 1280, height: 720 },
    });
    // Labels are off: nothing is labelled until something is pinned.
    expect(await page.locator('.structure-label[data-structure-key]').count()).toBe(0);
    const pin = page.locator('[data-testid="structure-card"] button[data-action="pin-label"]');
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('pins'))
      .toBe('gluteus-medius:right');
    await waitForLabels(page, 1);
    let shown = await labelsOnScreen(page);
    expect(shown.labels.map((l) => [l.key, l.pinned])).toEqual([['gluteus-medius:right', true]]);
    expectCalmLabels(shown.labels, shown.view, shown.cues);

    // The link brings the pin back.
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await waitForIdleViewer(page);
    await waitForLabels(page, 1);
    shown = await labelsOnScreen(page);
    expect(shown.labels.map((l) => l.key)).toEqual(['gluteus-medius:right']);
    saveScreenshot('labels-1280-pinned.png', await page.screenshot());

    // Removing it from the Layers panel takes it off the model and out of the link.
    await page.click('#tab-layers');
    await page.click('[data-testid="pinned-labels"] button[data-unpin="gluteus-medius:right"]');
    await expect.poll(() => new URL(page.url()).searchParams.has('pins')).toBe(false);
    await expect.poll(() => page.locator('.structure-label[data-structure-key]').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('in patient mode, labels use plain names, and never a technical name first', async () => {
    const { page, watch } = await chromium.openViewer(
      `/?mode=patient&cam=posterior&pins=gluteus-medius:right`,
      { viewport: { width: 1280, height: 720 } },
    );
    const plain = findAnatomyReference('gluteus-medius')?.plainName ?? '';
    expect(plain.length).toBeGreaterThan(0);
    // Every label text the page ever shows, from the start.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __labelTexts: string[] }).__labelTexts = seen;
      new MutationObserver(() => {
        for (const label of document.querySelectorAll('.structure-label')) {
          seen.push(label.textContent ?? '');
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await waitForLabels(page, 1);
    const { labels } = await labelsOnScreen(page);
    expect(labels.map((l) => l.key)).toEqual(['gluteus-medius:right']);
    expect(labels[0]?.text).toContain(plain);
    const seen = await page.evaluate(
      () => (window as unknown as { __labelTexts: string[] }).__labelTexts,
    );
    expect(seen.filter((text) => !text.includes(plain))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a bad pin in a link is named in a notice and the rest of the view is kept', async () => {
    const { page } = await chromium.openViewer(
      `/?cam=anterior&pins=iliacus:left,gluteus-medius:up`,
      { viewport: { width: 1280, height: 720 } },
    );
    await expect
      .poll(() => page.locator('body').textContent())
      .toMatch(/"pins=gluteus-medius:up" names no structure of the model/);
    await waitForLabels(page, 1);
    const { labels } = await labelsOnScreen(page);
    expect(labels.map((l) => l.key)).toEqual(['iliacus:left']);
    await page.context().close();
  });
});
