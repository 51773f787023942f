/**
 * `story=` on the embed route (and so the element's `story` attribute), as docs/embedding.md
 * describes it: a site's own story starts playing in the iframe; a bad one is named in a notice
 * and the viewer opens without it.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_STORIES } from '../../src/domain/stories';
import { encodeStoryParam } from '../../src/domain/stories/story-url';
import { chromiumForSuite } from './chromium-suite';

describe('embed story=', () => {
  const chromium = chromiumForSuite();

  it('plays a story passed in the embed link', async () => {
    const story = BUILT_IN_STORIES[0]!;
    const { page, watch } = await chromium.open(`/embed.html?story=${encodeStoryParam(story)}`);
    const player = page.locator('[data-testid="story-player"]');
    await expect.poll(() => player.locator('h2').textContent()).toBe(story.steps[0]?.title);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('names the bad step and field of a story it cannot play, and opens without it', async () => {
    const story = encodeURIComponent(
      JSON.stringify({
        id: 'demo',
        title: 'Demo',
        summary: 'x',
        audience: 'student',
        steps: [{ id: 'a', title: 'A', text: 'x', camera: 'sideways' }],
      }),
    );
    const { page } = await chromium.open(`/embed.html?story=${story}`);
    const notice = page.locator('[data-testid="param-notice"]');
    await expect.poll(() => notice.textContent()).toMatch(/step 1.*camera/);
    await page.locator('.viewer').waitFor();
    expect(await page.locator('[data-testid="story-player"]').count()).toBe(0);
    await page.context().close();
  });
});
