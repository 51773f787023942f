/**
 * Nothing lost, nothing hijacked: the findings of the adversarial reliability review, each
 * reproduced end to end on the production build (F1 lazy chunks and deploys, F2 session plan
 * storage, F3 the element's src, F4 framing, F5 holes in commands, F6 crafted and stalled
 * models, F7 references and the plan in the query, F9 a command flood).
 * Most pages run without WebGL (no model to wait for); only the model tests draw.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CAMERA_PRESET } from '../../src/domain/camera';
import { messages } from '../../src/domain/messages';
import { encodeSessionPlan } from '../../src/domain/session-plan';
import {
  countWithoutBufferViewGlb,
  externalReferenceGlb,
  meshoptGarbageGlb,
  nanPositionGlb,
} from '../support/craft-glb';
import { launchChromium } from './chromium';
import { type RunningServer, startStaticServer } from './static-server';
import { openPage, saveScreenshot } from './viewer-page';

const DIST = resolve(import.meta.dirname, '../../dist');
const PLAN_KEY = 'hip-motor-points.session-plan';
/** Generous waits: pass or fail never depends on how busy the machine is. */
const POLL = { timeout: 30_000, interval: 200 };
const ASIDE_KEY = 'hip-motor-points.session-plan.kept-aside';

let work: string;
let noGl: Browser;
let gl: Browser;
let app: RunningServer;
let other: RunningServer;
/** Requests the other origin received for files a model referred to. */
const leaks: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hip-reliability-'));
  const appRoot = join(work, 'app');
  cpSync(DIST, appRoot, { recursive: true });
  const fixtures = join(work, 'fixtures');
  cpSync(resolve(import.meta.dirname, 'fixtures'), fixtures, { recursive: true });
  const hostDir = join(work, 'host');
  cpSync(resolve(import.meta.dirname, 'fixtures'), hostDir, { recursive: true });
  other = await startStaticServer({
    root: hostDir,
    routes: {
      '/leak.bin': (request, response) => {
        leaks.push(request.url ?? '');
        response.writeHead(200, { 'access-control-allow-origin': '*' }).end(Buffer.alloc(36));
      },
    },
  });
  writeFileSync(join(fixtures, 'meshopt-garbage.glb'), meshoptGarbageGlb());
  writeFileSync(join(fixtures, 'count-nobv.glb'), countWithoutBufferViewGlb());
  writeFileSync(join(fixtures, 'nan-position.glb'), nanPositionGlb());
  writeFileSync(
    join(fixtures, 'external-uri.glb'),
    externalReferenceGlb(`${other.url}/leak.bin?from=buffer`, 'buffer'),
  );
  // No CSP here on purpose: a host without the README's policy must be safe too (F7).
  app = await startStaticServer({
    root: appRoot,
    // A CDN serving the element cross-origin sends this; module scripts need it.
    headers: { 'access-control-allow-origin': '*' },
    mounts: { '/fixtures/': fixtures },
    routes: {
      // The review's slow.glb: the magic, then one byte a second.
      '/slow.glb': (_request, response) => {
        response.writeHead(200, { 'content-type': 'model/gltf-binary', 'content-length': 4096 });
        response.write('glTF');
        const timer = setInterval(() => response.write('x'), 1000);
        response.on('close', () => clearInterval(timer));
      },
    },
  });
  noGl = await launchChromium({ webgl: false });
  gl = await launchChromium();
});

afterAll(async () => {
  await noGl?.close();
  await gl?.close();
  await app?.close();
  await other?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The app's root still holds the interface (React did not unmount everything). */
const rootChildren = (page: Page) =>
  page.evaluate(() => document.getElementById('root')?.childElementCount ?? 0);

async function openPlanTab(page: Page): Promise<void> {
  await page.click('#tab-plan');
  await page.waitForSelector('.session-plan textarea');
}

const storedPlan = (page: Page) =>
  page.evaluate((key) => window.localStorage.getItem(key), PLAN_KEY);

/** The app in the WebGL browser, with the chunks matching `pattern` failing to download. */
async function openWithChunkOffline(
  pattern: string,
): Promise<{ context: BrowserContext; page: Page; uncaught: string[] }> {
  const context = await gl.newContext({
    viewport: { width: 1024, height: 720 },
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: 'window.__hipViewerTestHooks = true;' });
  await context.route(pattern, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto(`${app.url}/`);
  return { context, page, uncaught };
}

describe('F1: a part that fails to download never blanks the app', () => {
  it('shows a retry in place when a panel chunk cannot be fetched, and the retry works', async () => {
    const { page, watch } = await openPage(noGl, `${app.url}/?sel=gluteus-medius:left`, {
      serviceWorkers: 'block',
    });
    await page.waitForSelector('#tab-mechanics');
    // Offline for this one chunk (as after a deploy without the old files, or a 404).
    await page.route('**/MechanicsPanel-*.js', (route) => route.abort('internetdisconnected'));
    await page.click('#tab-mechanics');
    const error = page.locator('[data-testid="part-load-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain(messages.app.partLoadFailedTitle);
    expect(await rootChildren(page)).toBeGreaterThan(0);
    await error.scrollIntoViewIfNeeded();
    saveScreenshot('reliability-chunk-failed.png', await page.screenshot());
    // The rest keeps working: another tab opens.
    await page.click('#tab-layers');
    expect(await page.locator('#tabpanel-layers').isVisible()).toBe(true);
    // Back online: "Try again" downloads it.
    await page.unroute('**/MechanicsPanel-*.js');
    await page.click('#tab-mechanics');
    await page.getByRole('button', { name: messages.app.retry }).click();
    await page.waitForSelector('.mechanics-panel');
    expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    await page.context().close();
  });

  it('says so in the view when the 3D chunk cannot be fetched, and "Try again" shows the model', async () => {
    // Offline for the 3D view's code from the start; the page frame and the panels still come.
    const { context, page, uncaught } = await openWithChunkOffline('**/Viewer3D-*.js*');
    const alert = page.locator('.viewer-error');
    await alert.waitFor(POLL);
    expect(await alert.textContent()).toContain(messages.app.viewerErrorTitle);
    // The rest of the app is there and works.
    await page.click('#tab-layers');
    expect(await page.locator('#tabpanel-layers').isVisible()).toBe(true);
    // Back online: "Try again" downloads the chunk and the model is drawn.
    await context.unroute('**/Viewer3D-*.js*');
    await alert.getByRole('button', { name: messages.app.retry }).click();
    await page.waitForFunction(
      () => window.__hipViewerProbe?.getModelPhase() === 'ready',
      undefined,
      POLL,
    );
    expect(await page.locator('.viewer-error').count()).toBe(0);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it("keeps the model when the markers' chunk cannot be fetched, and says why they are missing", async () => {
    const { context, page, uncaught } = await openWithChunkOffline('**/ModelOverlays-*.js*');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="status"]')?.textContent?.includes(text),
      messages.layers.overlaysFailed.slice(0, 40),
      POLL,
    );
    // The model is drawn and the view shows no error of its own.
    expect(await page.evaluate(() => window.__hipViewerProbe?.getModelPhase())).toBe('ready');
    expect(await page.locator('.viewer-error').count()).toBe(0);
    await page.click('#tab-layers');
    expect(await page.locator('#tabpanel-layers').isVisible()).toBe(true);
    // React Three Fiber reports an error its boundary caught as a page error too (it calls
    // reportError): the failed download, and nothing else.
    expect(uncaught.filter((message) => !/ModelOverlays-[\w-]+\.js/.test(message))).toEqual([]);
    await context.close();
  });

  it('keeps an open tab working across a deploy with the service worker', async () => {
    // Version B: the same build with the Dysfunction panel's chunk under a new name.
    const distA = join(work, 'distA');
    const distB = join(work, 'distB');
    cpSync(DIST, distA, { recursive: true });
    cpSync(DIST, distB, { recursive: true });
    const assets = join(distB, 'assets');
    const chunk = readdirSync(assets).find((f) => /^MechanicsPanel-.*\.js$/.test(f))!;
    const renamed = chunk.replace('.js', 'B.js');
    renameSync(join(assets, chunk), join(assets, renamed));
    for (const dir of [distB, assets]) {
      for (const file of readdirSync(dir).filter((f) => /\.(js|html)$/.test(f))) {
        const path = join(dir, file);
        const text = readFileSync(path, 'utf8');
        if (text.includes(chunk)) writeFileSync(path, text.replaceAll(chunk, renamed));
      }
    }
    const live = join(work, 'live');
    symlinkSync(distA, live);
    const deploy = await startStaticServer({ root: live });
    try {
      const { page, watch } = await openPage(noGl, `${deploy.url}/?sel=gluteus-medius:left`);
      // The worker registers after load (at most 10 s without a model) and takes this tab.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 60_000,
      });
      // Deploy B and let the browser find it.
      const next = join(work, 'live-next');
      symlinkSync(distB, next);
      renameSync(next, live);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
        const installing = registration?.installing;
        if (installing && installing.state !== 'installed') {
          await new Promise<void>((done) => {
            installing.addEventListener('statechange', () => {
              if (installing.state === 'installed' || installing.state === 'activated') done();
            });
          });
        }
      });
      // The old chunk is gone from the server; the tab still opens the panel it started with.
      await page.click('#tab-mechanics');
      await page.waitForSelector('.mechanics-panel', { timeout: 30_000 });
      expect(await rootChildren(page)).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="part-load-error"]').count()).toBe(0);
      expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
      await page.context().close();
    } finally {
      await deploy.close();
    }
  });
});

describe('F2: the session plan is never lost silently', () => {
  let context: BrowserContext;
  let first: Page;

  beforeAll(async () => {
    ({ page: first } = await openPage(noGl, `${app.url}/`, { serviceWorkers: 'block' }));
    context = first.context();
  });
  afterAll(() => context.close());

  it('two tabs: a save in one reaches the other, and an edit there keeps it', async () => {
    await first.evaluate(() => window.localStorage.clear());
    const second = await context.newPage();
    await second.goto(`${app.url}/`);
    await openPlanTab(second);
    await first.reload();
    await openPlanTab(first);
    await first.selectOption('[data-testid="plan-pick"]', 'piriformis-nerve-entry:left');
    await first.click('.session-plan button.add');
    await first.selectOption('[data-testid="plan-pick"]', 'gluteus-medius-posterior:left');
    await first.click('.session-plan button.add');
    await first.fill('.session-plan textarea', 'Tab 1: the real plan');
    // The other tab hears of it and shows it.
    const notice = second.locator('[data-testid="plan-storage-notice"]');
    await expect.poll(() => notice.getAttribute('data-status'), POLL).toBe('updated-elsewhere');
    expect(await second.locator('.session-plan textarea').inputValue()).toBe(
      'Tab 1: the real plan',
    );
    await second.fill('.session-plan textarea', 'Tab 1: the real plan, and tab 2 scratch');
    const fresh = await context.newPage();
    await fresh.goto(`${app.url}/`);
    await openPlanTab(fresh);
    expect(await fresh.locator('[data-testid="plan-points"] li').count()).toBe(2);
    expect(await fresh.locator('.session-plan textarea').inputValue()).toBe(
      'Tab 1: the real plan, and tab 2 scratch',
    );
    await second.close();
    await fresh.close();
  });

  it('a plan= link never replaces the plan saved here without asking; old links move to the fragment', async () => {
    await first.evaluate(() => window.localStorage.clear());
    await first.reload();
    await openPlanTab(first);
    await first.selectOption('[data-testid="plan-pick"]', 'gluteus-medius-posterior:left');
    await first.click('.session-plan button.add');
    await first.fill('.session-plan textarea', 'My prepared plan for Mrs X');
    const prepared = await storedPlan(first);
    expect(prepared).toMatch(/^1\./);

    const colleague = encodeSessionPlan({
      points: ['piriformis-nerve-entry:right'],
      note: 'Colleague plan',
      patientLabel: 'Mrs Y',
    });
    const linked = await context.newPage();
    const requests: string[] = [];
    linked.on('request', (request) => requests.push(request.url()));
    // An old-style link: the plan in the query.
    await linked.goto(`${app.url}/?mode=explore&plan=${colleague}`);
    await expect
      .poll(() => linked.evaluate(() => window.location.hash), POLL)
      .toBe(`#plan=${colleague}`);
    expect(await linked.evaluate(() => window.location.search)).not.toContain('plan=');
    await openPlanTab(linked);
    const notice = linked.locator('[data-testid="plan-storage-notice"]');
    await expect.poll(() => notice.getAttribute('data-status'), POLL).toBe('link-plan');
    await linked.fill('.session-plan textarea', 'Colleague plan, edited');
    expect(await storedPlan(linked)).toBe(prepared);
    await notice.scrollIntoViewIfNeeded();
    saveScreenshot('reliability-link-plan-notice.png', await linked.screenshot());
    // The link the panel offers keeps the plan out of the query.
    const link = await linked.locator('[data-testid="plan-link"]').inputValue();
    expect(new URL(link).search).not.toContain('plan');
    expect(new URL(link).hash).toMatch(/^#plan=1\./);
    // After the first navigation, no request carried the plan in its address.
    expect(requests.slice(1).filter((url) => url.includes(colleague))).toEqual([]);
    // Choosing to keep the link's plan asks first.
    linked.once('dialog', (dialog) => void dialog.accept());
    await linked.click('[data-action="save-link-plan"]');
    await expect.poll(() => storedPlan(linked), POLL).not.toBe(prepared);
    await linked.close();
  });

  it('another plan link opened in an open tab (only the fragment changes) opens like a fresh link', async () => {
    await first.evaluate(() => window.localStorage.clear());
    await first.reload();
    await openPlanTab(first);
    await first.selectOption('[data-testid="plan-pick"]', 'gluteus-medius-posterior:left');
    await first.click('.session-plan button.add');
    await first.fill('.session-plan textarea', 'Plan saved in this browser');
    const prepared = await storedPlan(first);
    expect(prepared).toMatch(/^1\./);
    const colleague = encodeSessionPlan({
      points: ['piriformis-nerve-entry:right'],
      note: 'Colleague plan from a second link',
    });
    // A marker on the document: it survives a fragment change, not a reload.
    await first.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await first.evaluate((plan) => {
      window.location.hash = `plan=${plan}`;
    }, colleague);
    // The link's plan shows, on the patient's page, as a freshly opened link does.
    await expect
      .poll(() => first.locator('[data-testid="patient-note"]').textContent(), POLL)
      .toBe('Colleague plan from a second link');
    expect(
      await first.evaluate(
        () => (window as unknown as { __sameDocument?: boolean }).__sameDocument,
      ),
    ).toBe(true);
    saveScreenshot('reliability-plan-hashchange.png', await first.screenshot());
    // The saved plan is untouched, and the clinician's panel says so, as for a fresh link.
    expect(await storedPlan(first)).toBe(prepared);
    await first.selectOption('[data-action="mode"]', 'explore');
    await openPlanTab(first);
    const notice = first.locator('[data-testid="plan-storage-notice"]');
    await expect.poll(() => notice.getAttribute('data-status'), POLL).toBe('link-plan');
    expect(await first.locator('.session-plan textarea').inputValue()).toBe(
      'Colleague plan from a second link',
    );
    await first.fill('.session-plan textarea', 'Colleague plan, edited');
    expect(await storedPlan(first)).toBe(prepared);
    // Back to the saved plan: it is all there.
    await first.click('[data-action="open-saved-plan"]');
    expect(await first.locator('.session-plan textarea').inputValue()).toBe(
      'Plan saved in this browser',
    );
    // The next tests reload this page: without the plan link.
    await first.goto(`${app.url}/`);
  });

  it('a failed save says so and keeps the plan on the page', async () => {
    await first.evaluate(() => window.localStorage.clear());
    await first.reload();
    await openPlanTab(first);
    await first.selectOption('[data-testid="plan-pick"]', 'gluteus-medius-posterior:left');
    await first.click('.session-plan button.add');
    // Fill the quota under another key.
    await first.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; ) {
        try {
          window.localStorage.setItem(`filler-${i}`, chunk);
          i += 1;
        } catch {
          chunk = chunk.slice(0, Math.floor(chunk.length / 2));
        }
      }
    });
    await first.fill('.session-plan textarea', 'important note typed while storage was full');
    const notice = first.locator('[data-testid="plan-storage-notice"]');
    await expect.poll(() => notice.getAttribute('data-status'), POLL).toBe('save-failed');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await first.locator('.session-plan textarea').inputValue()).toBe(
      'important note typed while storage was full',
    );
    await first.evaluate(() => window.localStorage.clear());
  });

  it('keeps an unreadable or future-version saved plan aside, and "Start a new plan" can be undone', async () => {
    await first.evaluate((key) => {
      window.localStorage.clear();
      window.localStorage.setItem(key, '2.eyJmdXR1cmUiOnRydWV9');
    }, PLAN_KEY);
    await first.reload();
    await openPlanTab(first);
    const notice = first.locator('[data-testid="plan-storage-notice"]');
    await expect.poll(() => notice.getAttribute('data-status'), POLL).toBe('kept-aside');
    await first.fill('.session-plan textarea', 'n');
    expect(await first.evaluate((key) => window.localStorage.getItem(key), ASIDE_KEY)).toBe(
      '2.eyJmdXR1cmUiOnRydWV9',
    );
    await first.selectOption('[data-testid="plan-pick"]', 'gluteus-medius-posterior:left');
    await first.click('.session-plan button.add');
    const before = await storedPlan(first);
    await first.click('[data-action="new-plan"]');
    expect(await storedPlan(first)).toBeNull();
    saveScreenshot('reliability-new-plan-undo.png', await first.screenshot());
    await first.click('[data-action="undo-new-plan"]');
    expect(await storedPlan(first)).toBe(before);
    expect(await first.locator('[data-testid="plan-points"] li').count()).toBe(1);
  });
});

describe('F3, F4, F5, F9: hostile hosts and messages', () => {
  let host: Page;
  let hostErrors: string[];

  beforeAll(async () => {
    writeFileSync(
      join(work, 'host', 'host.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body></body></html>',
    );
    const opened = await openPage(noGl, `${other.url}/host.html`);
    host = opened.page;
    hostErrors = opened.watch.consoleErrors;
  });
  afterAll(() => host.context().close());

  it('F3: <hip-motor-viewer src="javascript:…"> runs nothing in the host and says why, once', async () => {
    await host.addScriptTag({ type: 'module', url: `${app.url}/embed/hip-motor-viewer.js` });
    await host.waitForFunction(() => customElements.get('hip-motor-viewer') !== undefined);
    const detail = await host.evaluate(
      () =>
        new Promise<{ code: string; message: string }>((done) => {
          const element = document.createElement('hip-motor-viewer');
          element.addEventListener(
            'error',
            (event) => done((event as unknown as CustomEvent).detail),
            {
              once: true,
            },
          );
          element.setAttribute('src', 'javascript:parent.__xss=(parent.__xss||0)+1;void 0//');
          element.setAttribute('loading', 'eager');
          document.body.append(element);
        }),
    );
    expect(detail.code).toBe('bad-arguments');
    expect(detail.message).toContain('was refused');
    expect(await host.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await host.locator('hip-motor-viewer iframe').count()).toBe(0);
    expect(hostErrors.filter((e) => e.includes('was refused'))).toHaveLength(1);
    expect(hostErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });

  it('F4: the full app will not run inside another origin’s frame; the embed route has no plan tab', async () => {
    await host.evaluate((appUrl) => {
      for (const src of [`${appUrl}/`, `${appUrl}/embed.html?ui=full`]) {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'width:800px;height:600px';
        document.body.append(frame);
      }
    }, app.url);
    const frameOf = async (matches: (url: string) => boolean) => {
      await expect.poll(() => host.frames().some((f) => matches(f.url())), POLL).toBe(true);
      return host.frames().find((f) => matches(f.url()))!;
    };
    const appFrame = await frameOf((url) => url === `${app.url}/`);
    await appFrame.waitForSelector('.framed-notice');
    expect(await appFrame.locator('#tab-plan').count()).toBe(0);
    const embed = await frameOf((url) => url.startsWith(`${app.url}/embed.html`));
    await embed.waitForSelector('#tab-layers');
    expect(await embed.locator('#tab-plan').count()).toBe(0);
    saveScreenshot('reliability-framed.png', await host.screenshot({ fullPage: true }));
  });

  it('F5: a setCamera with a hole in its position is refused and leaves the view as it was', async () => {
    const viewer = await embedViewer(host);
    await host.evaluate((appUrl) => {
      const frame = document.getElementById('viewer') as HTMLIFrameElement;
      frame.contentWindow?.postMessage(
        {
          type: 'hip-viewer:command',
          version: 1,
          id: 'sparse',
          command: 'setCamera',
          // biome-ignore lint/suspicious/noSparseArray: the review's reproduction.
          args: { position: [0.5, , 1.5], target: [0, -0.1, 0] },
        },
        appUrl,
      );
    }, app.url);
    expect(await viewer.reply('sparse')).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    await viewer.send('after-sparse', 'getState');
    expect((await viewer.reply('after-sparse')).result?.view.camera).toEqual({
      kind: 'preset',
      preset: DEFAULT_CAMERA_PRESET,
    });
  });

  it('F9: a flood of 27,300 commands is coalesced, none refused, and getState answers with the latest state', async () => {
    // A cross-site host (localhost), so host and viewer run in separate processes, as in the review.
    const page = await host.context().newPage();
    await page.goto(`${other.url.replace('127.0.0.1', 'localhost')}/host.html`);
    const viewer = await embedViewer(page);
    const flood = 27_300;
    // Four kinds of change with values that alternate, and a read, round and round.
    const floodCommand = (i: number) => {
      const odd = Math.floor(i / 5) % 2 === 1;
      return [
        { command: 'setCamera', args: { preset: odd ? 'posterior' : 'anterior' } },
        { command: 'setLayers', args: { peel: odd ? 1 : 2 } },
        {
          command: 'select',
          args: { structure: odd ? 'gluteus-medius:left' : 'piriformis:right', frame: true },
        },
        { command: 'applyPreset', args: { preset: odd ? 'trendelenburg' : 'tight-iliopsoas' } },
        { command: 'getState' },
      ][i % 5]!;
    };
    const commands = Array.from({ length: flood }, (_, i) => floodCommand(i));
    // Sent in one synchronous burst, then getState.
    const elapsedMs = await page.evaluate(
      ([appUrl, commands]) =>
        new Promise<number>((done) => {
          const frame = document.getElementById('viewer') as HTMLIFrameElement;
          const target = frame.contentWindow!;
          commands.forEach((c, i) => {
            target.postMessage(
              { type: 'hip-viewer:command', version: 1, id: `f${i}`, ...c },
              appUrl,
            );
          });
          const sent = performance.now();
          window.addEventListener('message', (event) => {
            if ((event.data as { id?: string })?.id === 'last') done(performance.now() - sent);
          });
          target.postMessage(
            { type: 'hip-viewer:command', version: 1, id: 'last', command: 'getState' },
            appUrl,
          );
        }),
      [app.url, commands] as const,
    );
    const last = (await viewer.reply('last')) as Reply & {
      result?: { view: { camera: unknown; peel: number; selection: string } };
    };
    // The answer is the state after the whole flood: the last value of each kind.
    const lastOf = (name: string) => [...commands].reverse().find((c) => c.command === name)?.args;
    expect(last.ok).toBe(true);
    expect(last.result?.view).toMatchObject({
      camera: { kind: 'preset', preset: lastOf('setCamera')?.preset },
      peel: lastOf('setLayers')?.peel,
      selection: lastOf('select')?.structure,
    });
    // Every command got exactly one reply, and none was refused: changes of one kind coalesce.
    await expect
      .poll(() => viewer.counts(), { timeout: 60_000 })
      .toMatchObject({ total: flood + 2, busy: 0 });
    const embedFrame = page.frames().find((f) => f.url().startsWith(`${app.url}/embed.html`))!;
    const probe = await embedFrame.evaluate(() => window.__hipBridgeProbe!);
    console.info(
      `reliability: getState after a flood of ${flood} answered ${Math.round(elapsedMs)} ms after it was sent (host side, Chromium's delivery of the flood included) and ${probe.lastReadMs.toFixed(1)} ms after it reached the viewer; ${probe.commandsCarriedOut} store updates in ${probe.drains} drains for ${probe.commandsReceived} commands`,
    );
    // Bounded by design: at most one update per kind of change per drain, and the final read
    // waited for at most those four, not for the flood.
    expect(probe.commandsCarriedOut).toBeLessThanOrEqual(4 * probe.drains);
    expect(probe.carriedOutBeforeLastRead).toBeLessThanOrEqual(4);
    expect(probe.commandsCoalesced).toBeGreaterThan(0);
    // The must-show figure, on the viewer's side: from the read's arrival to its answer.
    expect(probe.lastReadMs).toBeLessThan(1_000);
    await viewer.send('calm', 'getState');
    expect(await viewer.reply('calm')).toMatchObject({ ok: true });
    await page.close();
  });
});

describe('F10: a slider stays under the pointer', () => {
  it('drags a severity slider with the mouse: the value follows and the slider does not move away', async () => {
    // Tall enough to reach the slider with the panel not scrolled, where the browser's own
    // scroll anchoring does nothing (the review saw the slider jump 88 px; here it was 93 px).
    const { page } = await openPage(noGl, `${app.url}/`, {
      viewport: { width: 1280, height: 4000 },
      serviceWorkers: 'block',
    });
    await page.click('#tab-mechanics');
    const slider = page.locator(
      '.mechanics-panel input[data-muscle="gluteus-medius"][data-kind="weakness"]',
    );
    await slider.waitFor();
    // The results above it (chart included) are drawn before the drag starts.
    await page.locator('[data-testid="trade-off-style"]').waitFor();
    const start = (await slider.boundingBox())!;
    const y = start.y + start.height / 2;
    await page.mouse.move(start.x + 2, y);
    await page.mouse.down();
    const steps = 20;
    let previous = Number(await slider.inputValue());
    const seen: number[] = [];
    for (let step = 1; step <= steps; step++) {
      const x = start.x + 2 + (step / steps) * (start.width - 4);
      await page.mouse.move(x, y);
      const box = (await slider.boundingBox())!;
      const value = Number(await slider.inputValue());
      seen.push(value);
      // The slider is still under the pointer, and its value follows the pointer.
      expect(Math.abs(box.y + box.height / 2 - y), `step ${step}: slider moved`).toBeLessThan(2);
      expect(value, `step ${step}: value went back`).toBeGreaterThanOrEqual(previous);
      const pointerPct = (100 * (x - box.x)) / box.width;
      expect(
        Math.abs(value - pointerPct),
        `step ${step}: thumb away from the pointer`,
      ).toBeLessThanOrEqual(10);
      previous = value;
    }
    await page.mouse.up();
    saveScreenshot(
      'reliability-slider-after-drag.png',
      await page.screenshot({ clip: { x: 880, y: start.y - 700, width: 400, height: 800 } }),
    );
    expect(seen.at(-1)).toBe(100);
    // It changed the model's input on the way (the results above it changed height).
    expect(new Set(seen).size).toBeGreaterThan(10);
    await page.context().close();
  });
});

type Reply = { ok: boolean; error?: { code: string }; result?: { view: { camera: unknown } } };
type Replies = { __replies: Map<string, Reply> };

/** An embed iframe on `page` that takes commands from the page's origin, and its replies. */
async function embedViewer(page: Page) {
  await page.evaluate((appUrl) => {
    document.getElementById('viewer')?.remove();
    const frame = document.createElement('iframe');
    frame.id = 'viewer';
    frame.src = `${appUrl}/embed.html?origins=${encodeURIComponent(window.location.origin)}`;
    document.body.append(frame);
    const w = window as unknown as Replies;
    w.__replies = new Map();
    window.addEventListener('message', (event) => {
      const data = event.data as { type?: string; id?: string };
      if (data?.type === 'hip-viewer:response' && data.id) w.__replies.set(data.id, data as Reply);
    });
  }, app.url);
  const send = (id: string, command: string, args?: unknown) =>
    page.evaluate(
      ([id, command, args, appUrl]) => {
        const frame = document.getElementById('viewer') as HTMLIFrameElement;
        frame.contentWindow?.postMessage(
          { type: 'hip-viewer:command', version: 1, id, command, ...(args ? { args } : {}) },
          appUrl as string,
        );
      },
      [id, command, args, app.url] as const,
    );
  const has = (id: string) =>
    page.evaluate((id) => (window as unknown as Replies).__replies.has(id), id);
  const reply = async (id: string): Promise<Reply> => {
    await page.waitForFunction((id) => (window as unknown as Replies).__replies.has(id), id, {
      timeout: 30_000,
    });
    return page.evaluate((id) => (window as unknown as Replies).__replies.get(id)!, id);
  };
  const counts = () =>
    page.evaluate(() => {
      const replies = [...(window as unknown as Replies).__replies.values()];
      return {
        total: replies.length,
        busy: replies.filter((r) => r.error?.code === 'busy').length,
      };
    });
  // Wait until the viewer listens (its first answer).
  await expect
    .poll(async () => {
      await send('probe', 'getState');
      return has('probe');
    }, POLL)
    .toBe(true);
  return { send, reply, counts };
}

describe('F6, F7, F8: models that would exhaust the machine, stall or reach other sites', () => {
  const modelError = (page: Page) =>
    page.locator('.viewer').getByRole('alert').first().textContent({ timeout: 60_000 });

  it('refuses the two crafted glbs before decoding them, with a readable message', async () => {
    for (const name of ['meshopt-garbage.glb', 'count-nobv.glb']) {
      const { page, watch } = await openPage(gl, `${app.url}/?model=/fixtures/${name}`);
      await page.waitForFunction(
        () => window.__hipViewerProbe?.getModelPhase() === 'error',
        undefined,
        { timeout: 60_000 },
      );
      expect(await modelError(page)).toContain('too large to show safely');
      const heapMb = await page.evaluate(
        () =>
          ((performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) /
          2 ** 20,
      );
      expect(heapMb, `${name}: heap after refusing it, MB`).toBeLessThan(500);
      // A handled model error is not an uncaught page error.
      expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
      await page.context().close();
    }
  });

  it('names a model whose positions are not finite instead of drawing nothing (F8)', async () => {
    const { page, watch } = await openPage(gl, `${app.url}/?model=/fixtures/nan-position.glb`);
    await page.waitForFunction(
      () => window.__hipViewerProbe?.getModelPhase() === 'error',
      undefined,
      { timeout: 60_000 },
    );
    expect(await modelError(page)).toContain('positions that are not finite');
    expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    await page.context().close();
  });

  it('refuses a model whose buffer lives on another site, without requesting it', async () => {
    const { page } = await openPage(gl, `${app.url}/?model=/fixtures/external-uri.glb`);
    await page.waitForFunction(
      () => window.__hipViewerProbe?.getModelPhase() === 'error',
      undefined,
      {
        timeout: 60_000,
      },
    );
    expect(await modelError(page)).toContain('which is on a site this viewer does not load from');
    expect(leaks).toEqual([]);
    await page.context().close();
  });

  it('gives up on a stalled download and offers the built-in model', async () => {
    const { page } = await openPage(gl, `${app.url}/?model=/slow.glb`);
    await page.waitForFunction(
      () => window.__hipViewerProbe?.getModelPhase() === 'error',
      undefined,
      {
        timeout: 90_000,
        polling: 500,
      },
    );
    expect(await modelError(page)).toContain('stopped downloading');
    saveScreenshot('reliability-stalled-model.png', await page.screenshot());
    await page.getByRole('button', { name: messages.robustness.useBuiltInModel }).click();
    await page.waitForFunction(
      () => window.__hipViewerProbe?.getModelPhase() === 'ready',
      undefined,
      {
        timeout: 90_000,
      },
    );
    await page.context().close();
  });
});
