/**
 * Transfer sizes of the production build: each JavaScript chunk gzipped, grouped by what
 * loads it (the shell, the 3D view, the embed element, leva), the model files and the poster.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  /** Who loads it: the app shell, the 3D view, the embed element, leva, or another chunk. */
  group: 'shell' | '3d view' | 'embed element' | 'leva' | 'other';
  bytes: number;
  gzipKb: number;
}

export interface SizeReport {
  chunks: ChunkSize[];
  shellJsGzipKb: number;
  viewer3dJsGzipKb: number;
  embedElementJsGzipKb: number;
  levaJsGzipKb: number;
  posterKb: number;
  beforeIntentGzipKb: number;
  /** The complete built-in model, one file (public/models/hip.glb). */
  modelKb: number;
  /** The first-view file the app draws first (public/models/hip-first.glb). */
  firstViewModelKb: number;
  /** The context layer's file, fetched when that layer is first shown. */
  contextModelKb: number;
  /** What a first visit to the default view downloads: the first-view file, then the complete one. */
  defaultViewModelDownload: { rawKb: number; gzipKb: number };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipKb = (path: string) => kb(gzipSync(readFileSync(path)).length);

function listJs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

/** A module and every module it imports statically (`import … from "./x.js"`), transitively. */
function withStaticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g,
    )) {
      const spec = match[1];
      if (spec?.startsWith('.')) visit(resolve(dirname(path), spec));
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * The scripts `index.html` loads up front on every screen (entry and module preloads). The 3D
 * chunk's preload carries a `media` query (wide screens start the 3D view at once): it is fetched
 * beside the shell, never before the first paint, and counts as the 3D view, not the shell.
 */
function shellScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"[^>]*>/g)]
    .filter((m) => !/\smedia="/.test(m[0]))
    .map((m) => join(dist, m[1] ?? ''));
  return [...new Set(srcs.flatMap(withStaticImports))];
}

/** The one built chunk whose name starts with `prefix` (e.g. `Viewer3D-`). */
function chunkNamed(dist: string, prefix: string): string {
  const found = readdirSync(join(dist, 'assets')).filter(
    (f) => f.startsWith(prefix) && f.endsWith('.js'),
  );
  if (found.length !== 1) {
    throw new Error(`sizes: expected one assets/${prefix}*.js, found ${found.length}.`);
  }
  return join(dist, 'assets', found[0]!);
}

/**
 * What the 3D view downloads for its first frame: its chunk and every chunk that chunk imports
 * statically, all the way down, that the app's start does not already bring (React, the store).
 * Shared chunks count: three.js sits in a chunk of its own, shared with what the view draws
 * after its first frame (its markers and labels, loaded then).
 */
export function viewer3dScripts(distDir: string): string[] {
  const dist = resolve(distDir);
  const appStart = new Set([
    ...shellScripts(dist),
    ...withStaticImports(chunkNamed(dist, 'start-app-')),
  ]);
  return withStaticImports(chunkNamed(dist, 'Viewer3D-')).filter((path) => !appStart.has(path));
}

export function measureSizes(distDir: string): SizeReport {
  const dist = resolve(distDir);
  const shell = new Set(shellScripts(dist));
  const element = new Set(withStaticImports(join(dist, 'embed/hip-motor-viewer.js')));
  const viewer3d = new Set(viewer3dScripts(dist));
  const groupOf = (path: string): ChunkSize['group'] => {
    const name = relative(dist, path);
    if (shell.has(path)) return 'shell';
    if (viewer3d.has(path)) return '3d view';
    if (element.has(path)) return 'embed element';
    if (/assets\/AdvancedPanel-/.test(name)) return 'leva';
    return 'other';
  };
  const chunks = listJs(dist)
    .filter((path) => !/(^|\/)(sw|workbox-[\w-]+)\.js$/.test(path))
    .map((path) => ({
      file: relative(dist, path),
      group: groupOf(path),
      bytes: statSync(path).size,
      gzipKb: gzipKb(path),
    }))
    .sort((a, b) => a.group.localeCompare(b.group) || b.gzipKb - a.gzipKb);
  const sum = (group: ChunkSize['group']) =>
    Math.round(chunks.filter((c) => c.group === group).reduce((s, c) => s + c.gzipKb, 0) * 10) / 10;
  const posterKb = kb(statSync(join(dist, 'poster.jpg')).size);
  const embedElementJsGzipKb = sum('embed element');
  return {
    chunks,
    shellJsGzipKb: sum('shell'),
    viewer3dJsGzipKb: sum('3d view'),
    embedElementJsGzipKb,
    levaJsGzipKb: sum('leva'),
    posterKb,
    beforeIntentGzipKb: Math.round((embedElementJsGzipKb + posterKb) * 10) / 10,
    modelKb: kb(statSync(join(dist, 'models/hip.glb')).size),
    firstViewModelKb: kb(statSync(join(dist, 'models/hip-first.glb')).size),
    contextModelKb: kb(statSync(join(dist, 'models/hip-context.glb')).size),
    defaultViewModelDownload: {
      rawKb: kb(
        statSync(join(dist, 'models/hip-first.glb')).size +
          statSync(join(dist, 'models/hip.glb')).size,
      ),
      gzipKb:
        Math.round(
          (gzipKb(join(dist, 'models/hip-first.glb')) + gzipKb(join(dist, 'models/hip.glb'))) * 10,
        ) / 10,
    },
  };
}

/** Files of the build that contain `eval(` or `new Function` / `Function(` (CSP forbids them). */
export function findEval(dist: string): string[] {
  return listJs(dist).flatMap((path) => {
    const code = readFileSync(path, 'utf8');
    const hits = [...code.matchAll(/\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(/g)];
    return hits.map((m) => {
      const at = m.index ?? 0;
      return `${relative(dist, path)}: …${code.slice(Math.max(0, at - 40), at + 40)}…`;
    });
  });
}
