/**
 * The packed embed package, as a site's developer would use it: `npm pack` of packages/embed,
 * installed into a throw-away host project, a host script type-checked against its declarations
 * with tsc (and a deliberate type error refused), then compiled and run in Chromium against the
 * built viewer on another origin.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { type RunningServer, startStaticServer } from './static-server';
import { openPage } from './viewer-page';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');
const PACKAGE = '@hip-motor-viewer/embed';

let browser: Browser;
let app: RunningServer;
let host: RunningServer;
let work: string;
let hostDir: string;

const HOST_SCRIPT = `import {
  createViewerClient,
  EmbedError,
  type CommandName,
  type ErrorCode,
  type EventMap,
  type ViewerClient,
} from '${PACKAGE}';
import { HipMotorViewerElement } from '${PACKAGE}/element';

declare global {
  interface Window {
    hostResult: Promise<HostResult>;
  }
}

interface HostResult {
  readyModel: 'loading' | 'ready' | 'error';
  selected: string | null;
  selectEvent: EventMap['select'] | null;
  motorPointMuscles: string[];
  refusedCode: ErrorCode | null;
  refusedMessage: string;
  learnerActivity: string;
  elementDefined: boolean;
}

const frame = document.getElementById('viewer') as HTMLIFrameElement;
const client: ViewerClient = createViewerClient(frame);
let selectEvent: EventMap['select'] | null = null;
client.on('select', (detail) => {
  selectEvent = detail;
});

async function run(): Promise<HostResult> {
  const { state } = await client.ready;
  const snapshot = await client.select({ structure: 'gluteus-medius:left', frame: false });
  const points = await client.getMotorPoints({ muscle: 'piriformis' });
  const learner = await client.setLearner({
    actor: { mbox: 'mailto:student@school.example', name: 'Student' },
    activityId: 'https://school.example/hip/lesson-1',
  });
  let refusedCode: ErrorCode | null = null;
  let refusedMessage = '';
  try {
    const name: CommandName = 'setCamera';
    // A value the types allow but the viewer refuses (out of the ±100 m range).
    await client.call(name, { position: [500, 0, 0], target: [0, 0, 0] });
  } catch (error) {
    if (error instanceof EmbedError) {
      refusedCode = error.code;
      refusedMessage = error.message;
    }
  }
  return {
    readyModel: state.model,
    selected: snapshot.view.selection,
    selectEvent,
    motorPointMuscles: [...new Set(points.map((p) => p.muscle))],
    refusedCode,
    refusedMessage,
    learnerActivity: learner.learner.activityId,
    elementDefined: customElements.get('hip-motor-viewer') === HipMotorViewerElement,
  };
}

window.hostResult = run();
`;

/** Must not compile: a misspelt command argument and an unknown event. */
const BAD_SCRIPT = `import { createViewerClient } from '${PACKAGE}';
const client = createViewerClient(document.querySelector('iframe')!);
void client.select({ structur: 'piriformis:left' });
client.on('selected', () => {});
`;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function tsc(cwd: string, files: string[], emit: boolean): string {
  const flags = [
    '--ignoreConfig',
    ...files,
    '--strict',
    '--target',
    'es2022',
    '--module',
    'esnext',
    '--moduleResolution',
    'bundler',
    '--lib',
    'ES2022,DOM,DOM.Iterable',
    '--types',
    '',
    ...(emit ? ['--outDir', 'out'] : ['--noEmit']),
  ];
  try {
    run(process.execPath, [TSC, ...flags], cwd);
    return '';
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return `${failure.stdout ?? ''}${failure.stderr ?? ''}` || String(error);
  }
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'packages/embed/types/index.d.ts'))) {
    throw new Error('e2e: packages/embed is not built. Run "npm run build" first.');
  }
  work = mkdtempSync(join(tmpdir(), 'hip-embed-package-'));
  run('npm', ['pack', join(ROOT, 'packages/embed'), '--pack-destination', work], ROOT);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('e2e: npm pack made no tarball');
  hostDir = join(work, 'host');
  cpSync(join(ROOT, 'tests/e2e/fixtures/package-host'), hostDir, { recursive: true });
  // No dependencies: installs offline, from the tarball alone.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball)], hostDir);
  writeFileSync(join(hostDir, 'host.ts'), HOST_SCRIPT);
  writeFileSync(join(hostDir, 'bad.ts'), BAD_SCRIPT);
  app = await startStaticServer({
    root: DIST,
    headers: { 'access-control-allow-origin': '*' },
  });
  host = await startStaticServer({ root: hostDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), host?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed embed package in a host project', () => {
  it('ships the scripts and declarations for every command and event', () => {
    const files = readdirSync(join(hostDir, 'node_modules', PACKAGE, 'dist'));
    expect(files).toEqual(expect.arrayContaining(['index.js', 'client.js', 'hip-motor-viewer.js']));
    expect(existsSync(join(hostDir, 'node_modules', PACKAGE, 'types/embed/api-types.d.ts'))).toBe(
      true,
    );
  });

  it('type-checks a host script against the package, and refuses a wrong one', () => {
    expect(tsc(hostDir, ['host.ts'], false)).toBe('');
    const errors = tsc(hostDir, ['bad.ts'], false);
    expect(errors).toMatch(/structur/);
    expect(errors).toMatch(/"selected"/);
  });

  it('drives the built viewer on another origin from the compiled host script', async () => {
    expect(tsc(hostDir, ['host.ts'], true)).toBe('');
    const viewerUrl = `${app.url}/embed.html?origins=${encodeURIComponent(host.url)}`;
    const { page, watch } = await openPage(
      browser,
      `${host.url}/index.html?viewer=${encodeURIComponent(viewerUrl)}&app=${encodeURIComponent(app.url)}`,
    );
    // The host's module script sets hostResult when it runs, which may be after "load".
    await page.waitForFunction(() => 'hostResult' in window);
    const result = await page.evaluate(
      () => (window as unknown as { hostResult: Promise<unknown> }).hostResult,
    );
    expect(result).toEqual({
      readyModel: 'ready',
      selected: 'gluteus-medius:left',
      selectEvent: { structure: 'gluteus-medius:left', label: expect.stringMatching(/medius/i) },
      motorPointMuscles: ['piriformis'],
      refusedCode: 'bad-arguments',
      refusedMessage: expect.stringMatching(/args\.position/),
      learnerActivity: 'https://school.example/hip/lesson-1',
      elementDefined: true,
    });
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
