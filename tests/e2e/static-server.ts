import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** Extra response headers (for example a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Delay every response by this many milliseconds (slow network tests). */
  delayMs?: number;
  /** More folders served under a path prefix, e.g. `{ '/fixtures/': 'tests/e2e/fixtures' }`. */
  mounts?: Record<string, string>;
  /** Gzip text responses (HTML, JS, CSS, JSON, SVG) as a static host or CDN would. */
  compress?: boolean;
  /** Paths answered by a handler instead of a file (a trickling download, a request counter). */
  routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => void>;
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A file's gzip body, compressed once per version of the file (its size and time), as a host
 * or CDN keeps it: compressing on every request made the server, on the same two cores as the
 * browser, compress each script again for every page load.
 */
function gzipCache() {
  const cache = new Map<string, { version: string; body: Buffer }>();
  return (path: string): Buffer => {
    const stat = statSync(path);
    const version = `${stat.size}:${stat.mtimeMs}`;
    const kept = cache.get(path);
    if (kept?.version === version) return kept.body;
    const body = gzipSync(readFileSync(path));
    cache.set(path, { version, body });
    return body;
  };
}

/** A tiny static file server on 127.0.0.1 with a free port; enough for the built app. */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const gzipped = gzipCache();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = options.routes?.[url.pathname];
    if (route) {
      route(request, response);
      return;
    }
    const mount = Object.entries(options.mounts ?? {}).find(([prefix]) =>
      url.pathname.startsWith(prefix),
    );
    const base = mount ? resolve(mount[1]) : root;
    const rest = mount ? url.pathname.slice(mount[0].length) : url.pathname;
    let path = normalize(join(base, decodeURIComponent(rest)));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip =
      options.compress &&
      COMPRESSIBLE.has(extname(path)) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const send = () => {
      if (gzip) {
        const body = gzipped(path);
        response.writeHead(200, {
          'content-type': MIME[extname(path)] ?? 'application/octet-stream',
          'content-encoding': 'gzip',
          'content-length': body.length,
          'cache-control': 'no-cache',
          vary: 'accept-encoding',
          ...options.headers,
        });
        response.end(body);
        return;
      }
      response.writeHead(200, {
        'content-type': MIME[extname(path)] ?? 'application/octet-stream',
        'content-length': statSync(path).size,
        'cache-control': 'no-cache',
        ...options.headers,
      });
      createReadStream(path)
        .on('error', () => response.destroy())
        .pipe(response);
    };
    // A file can vanish between the check and the read (a build running at the same time):
    // answer 404 instead of crashing the test run.
    const sendOr404 = () => {
      try {
        send();
      } catch {
        if (!response.headersSent) response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    };
    if (options.delayMs) setTimeout(sendOr404, options.delayMs);
    else sendOr404();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
