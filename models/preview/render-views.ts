import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders screenshots of public/models/hip.glb in headless Chromium (SwiftShader) to
 * test-output/model/. Usage: tsx models/preview/render-views.ts [name-filter] [--glb path]
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output/model');
const args = process.argv.slice(2);
const glbArg = args.indexOf('--glb');
const GLB = glbArg >= 0 ? resolve(args[glbArg + 1]!) : join(ROOT, 'public/models/hip.glb');
const filter = args.find(
  (a, i) => !a.startsWith('--') && args[i - 1] !== '--glb' && args[i - 1] !== '--view',
);
// --view name=query adds an ad-hoc view (for debugging one structure)
const extra = args.flatMap((a, i) => (args[i - 1] === '--view' ? [a] : []));

const ALL = 'skin,superficial,intermediate,deep,bones,nerves';
const MUSCLES = 'superficial,intermediate,deep,bones,nerves';
export const VIEWS: Record<string, string> = {
  'anterior-all': `dir=0,0,1&layers=${ALL}`,
  'posterior-all': `dir=0,0,-1&layers=${ALL}`,
  'lateral-left-all': `dir=1,0,0&layers=${ALL}`,
  'lateral-right-all': `dir=-1,0,0&layers=${ALL}`,
  'superior-all': `dir=0,1,0.02&layers=${ALL}`,
  'lateral-right-muscles': `dir=-1,0,0&layers=${MUSCLES}`,
  'superior-muscles': `dir=0,1,0.02&layers=${MUSCLES}`,
  'anterior-muscles': `dir=0,0,1&layers=${MUSCLES}`,
  'posterior-muscles': `dir=0,0,-1&layers=${MUSCLES}`,
  'lateral-left-muscles': `dir=1,0,0&layers=${MUSCLES}`,
  'anterior-bones': 'dir=0,0,1&layers=bones',
  'posterior-bones': 'dir=0,0,-1&layers=bones',
  'lateral-left-bones': 'dir=1,0,0&layers=bones',
  'anterior-deep': 'dir=0,0,1&layers=deep,bones',
  'posterior-deep': 'dir=0,0,-1&layers=deep,bones',
  'lateral-left-deep': 'dir=1,0,0&layers=deep,bones',
  'pelvis-anterior-bones': 'dir=0,0.25,1&layers=bones&focus=0,-0.02,-0.06,0.32',
  'pelvis-posterior-bones': 'dir=0,0.2,-1&layers=bones&focus=0,0.0,-0.08,0.34',
  'pelvis-lateral-bones': 'dir=1,0.1,0.05&layers=bones&focus=0.06,-0.03,-0.06,0.3',
  'pelvis-medial-bones': 'dir=-1,0.1,0.05&layers=bones&focus=0.05,-0.03,-0.06,0.3&only=none',
  'pelvis-superior-bones': 'dir=0,1,0.02&layers=bones&focus=0,0,-0.07,0.34',
  'knee-anterior-bones': 'dir=0.4,0,1&layers=bones&focus=-0.07,-0.5,-0.04,0.22',
  'hip-posterior-muscles': `dir=0,0.15,-1&layers=${MUSCLES}&focus=-0.08,-0.05,-0.1,0.36`,
  'hip-lateral-intermediate':
    'dir=-1,0.1,-0.2&layers=intermediate,deep,bones&focus=-0.1,-0.04,-0.06,0.32',
  'landmarks-anterior': 'dir=0,0,1&layers=bones&landmarks=1',
  'landmarks-posterior': 'dir=0,0,-1&layers=bones&landmarks=1',
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.glb': 'model/gltf-binary',
};

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file: string;
    if (url.pathname === '/') file = join(import.meta.dirname, 'preview-page.html');
    else if (url.pathname === '/model.glb') file = GLB;
    else if (url.pathname.startsWith('/three/'))
      file = join(ROOT, 'node_modules', url.pathname.slice(1));
    else file = '';
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const views = extra.length
      ? Object.fromEntries(
          extra.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
        )
      : VIEWS;
    for (const [name, query] of Object.entries(views)) {
      if (filter && !name.includes(filter)) continue;
      await page.goto(`http://127.0.0.1:${port}/?${query}`);
      await page.waitForFunction(
        () => (window as unknown as { __done?: boolean }).__done === true,
        null,
        { timeout: 120_000 },
      );
      const info = await page.evaluate(() => (window as unknown as { __info: unknown }).__info);
      await page.screenshot({ path: join(OUT, `${name}.png`) });
      console.log(name, JSON.stringify(info));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
