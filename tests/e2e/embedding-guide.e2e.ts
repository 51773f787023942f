/**
 * The embedding guide works as written: every snippet marked `<!-- snippet: name -->` in
 * docs/embedding.md is extracted and run, unchanged except for the two example addresses
 * (the viewer's and the school's), on a host page of another origin.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { type RunningServer, startStaticServer } from './static-server';
import { openPage, saveScreenshot } from './viewer-page';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');

/** The marked snippets of the guide, by name. */
function snippets(markdown: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of markdown.matchAll(/<!-- snippet: ([\w.-]+) -->\n```\w+\n([\s\S]*?)```/g)) {
    found[match[1] as string] = match[2] as string;
  }
  return found;
}

const SNIPPETS = snippets(GUIDE);
let browser: Browser;
let app: RunningServer;
let host: RunningServer;
let hostDir: string;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>${title}</title></head>
<body><main><h1>${title}</h1>
${body}
</main></body></html>
`;
}

/** Console lines of a page, to read what the snippets log. */
function consoleOf(p: Page): string[] {
  const lines: string[] = [];
  p.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  return lines;
}

beforeAll(async () => {
  app = await startStaticServer({
    root: join(ROOT, 'dist'),
    headers: { 'access-control-allow-origin': '*' },
  });
  hostDir = mkdtempSync(join(tmpdir(), 'hip-embed-guide-'));
  host = await startStaticServer({ root: hostDir });
  const place = (code: string) =>
    code
      .replaceAll('https://viewer.example/hip/', `${app.url}/`)
      .replaceAll('https://school.example', host.url);
  const s = Object.fromEntries(Object.entries(SNIPPETS).map(([k, v]) => [k, place(v)]));
  writeFileSync(join(hostDir, 'element.html'), page('Element', s['element.html'] ?? ''));
  writeFileSync(join(hostDir, 'element.js'), s['element.js'] ?? '');
  writeFileSync(join(hostDir, 'iframe.html'), page('Iframe', s['iframe.html'] ?? ''));
  writeFileSync(join(hostDir, 'client.html'), page('Client', s['client.html'] ?? ''));
  writeFileSync(join(hostDir, 'lesson.js'), s['lesson.js'] ?? '');
  writeFileSync(join(hostDir, 'lazy.html'), page('Lazy', s['lazy.html'] ?? ''));
  // Not a guide snippet: the client against a viewer whose origins= leaves this page out.
  writeFileSync(
    join(hostDir, 'wrong-origin.html'),
    page(
      'Wrong origin',
      `<iframe id="hip" title="Hip" src="${app.url}/embed.html?origins=https://elsewhere.example"></iframe>
<script type="module">
import { createViewerClient } from '${app.url}/embed/client.js';
const client = createViewerClient(document.getElementById('hip'), { connectTimeoutMs: 3000 });
window.readyOutcome = client.ready.then(() => 'resolved', (error) => error.code + ': ' + error.message);
</script>`,
    ),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), host?.close()]);
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

describe('docs/embedding.md, as written', () => {
  it('marks the snippets of every way to embed', () => {
    expect(Object.keys(SNIPPETS).sort()).toEqual([
      'client.html',
      'element.html',
      'element.js',
      'iframe.html',
      'lazy.html',
      'lesson.js',
    ]);
  });

  it('the element snippet waits for ready and takes a screenshot', async () => {
    const { page: p, watch } = await openPage(browser, `${host.url}/element.html`);
    const lines = consoleOf(p);
    await expect
      .poll(() => lines.find((l) => l.startsWith('log: screenshot')), { timeout: 90_000 })
      .toBe('log: screenshot data:image/png;base64,');
    expect(watch.consoleErrors).toEqual([]);
    await p.context().close();
  });

  it('the client snippet applies a preset and reads the state', async () => {
    const { page: p, watch } = await openPage(browser, `${host.url}/client.html`);
    const lines = consoleOf(p);
    await expect
      .poll(() => lines.find((l) => l.startsWith('log: query')), { timeout: 90_000 })
      .toMatch(/stance=left&dys=.*gluteus-medius%3Aw100/);
    expect(watch.consoleErrors).toEqual([]);
    await p.context().close();
  });

  it('the iframe snippet shows the minimal interface (the picture in the guide)', async () => {
    const { page: p, watch } = await openPage(browser, `${host.url}/iframe.html`, {
      viewport: { width: 900, height: 640 },
    });
    const frame = p.frameLocator('iframe');
    await frame.locator('.app.chrome-minimal').waitFor();
    expect(await frame.locator('.side-panel').count()).toBe(0);
    expect(await frame.locator('.app-header').count()).toBe(1);
    const viewer = p.frames().find((f) => f.url().includes('/embed.html'));
    await viewer?.waitForFunction(
      () =>
        window.__hipViewerProbe?.getModelPhase() === 'ready' &&
        (window.__hipViewerProbe?.frames ?? 0) > 0,
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    saveScreenshot('embed-ui-minimal.png', await p.locator('iframe').screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await p.context().close();
  });

  it('the lazy iframe loads the viewer only when scrolled to', async () => {
    const { page: p } = await openPage(browser, `${host.url}/lazy.html`);
    const requested = () => p.frames().some((f) => f.url().includes('/embed.html'));
    await p.waitForLoadState('load');
    expect(requested()).toBe(false);
    await p.locator('iframe').scrollIntoViewIfNeeded();
    await expect.poll(requested).toBe(true);
    await p.context().close();
  });

  it('client.ready rejects, naming origins=, when the viewer does not allow the page', async () => {
    const { page: p } = await openPage(browser, `${host.url}/wrong-origin.html`);
    const outcome = await p.evaluate(
      () => (window as unknown as { readyOutcome: Promise<string> }).readyOutcome,
    );
    expect(outcome).toMatch(/^timeout: /);
    expect(outcome).toContain(`origins=${host.url}`);
    await p.context().close();
  });
});
