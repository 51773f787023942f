/**
 * Render the still pictures of the default view from the production build:
 * `public/poster.jpg` (shown before the 3D chunk loads and when WebGL is unavailable) and
 * `docs/screenshot.png` (the README). Run after `npm run build`; commit the results.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium';
import { startStaticServer } from '../tests/e2e/static-server';
import { openPage, waitForIdleViewer } from '../tests/e2e/viewer-page';

const root = resolve(import.meta.dirname, '..');
const server = await startStaticServer({ root: resolve(root, 'dist') });
const browser = await launchChromium();
try {
  const poster = await openPage(browser, `${server.url}/?ui=none`, {
    viewport: { width: 800, height: 1000 },
    deviceScaleFactor: 1,
  });
  await waitForIdleViewer(poster.page, 120_000);
  await poster.page.locator('canvas').screenshot({
    path: resolve(root, 'public/poster.jpg'),
    type: 'jpeg',
    quality: 78,
  });
  const app = await openPage(
    browser,
    `${server.url}/?cam=posterior&point=gluteus-maximus-inferior-gluteal-nerve-entry:right&labels=1`,
    {
      viewport: { width: 1280, height: 800 },
    },
  );
  await waitForIdleViewer(app.page, 120_000);
  await app.page.screenshot({ path: resolve(root, 'docs/screenshot.png') });
  console.log('poster: wrote public/poster.jpg and docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
