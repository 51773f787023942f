/**
 * What each dependency adds to a built chunk, read from its source map: every byte of the
 * minified chunk is attributed to the source file its mapping segment points to, and files are
 * grouped by npm package (or by layer for the project's own `src/` code). For each group the
 * bench prints its minified bytes and what it adds gzipped: the chunk's gzip size minus the
 * gzip size of the chunk without that group's bytes (so shared dictionary effects are counted
 * where they belong; the figures do not sum exactly to the chunk's gzip size).
 *
 * Usage as a script: `tsx bench/chunk-composition.ts <dist-with-sourcemaps> [chunk-pattern] [--files]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface CompositionRow {
  /** npm package name (`three`, `@react-three/drei`), `src/<layer>`, or `(unmapped)`. */
  group: string;
  minifiedBytes: number;
  /** Gzip bytes of the whole chunk minus gzip bytes of the chunk without this group. */
  gzipAddedBytes: number;
}

export interface ChunkComposition {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
  rows: CompositionRow[];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one mappings line into segments of relative VLQ values. */
function decodeLine(line: string): number[][] {
  const segments: number[][] = [];
  for (const text of line.split(',')) {
    if (!text) continue;
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const c of text) {
      const digit = BASE64_VALUE.get(c);
      if (digit === undefined) throw new Error(`chunk-composition: bad mapping character "${c}"`);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(values);
  }
  return segments;
}

/** The group a source path belongs to: the innermost npm package, or the layer under `src/`. */
export function groupOfSource(source: string): string {
  const parts = source.replace(/\\/g, '/').split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) {
    const name = parts[nm + 1] ?? '?';
    const pkg = name.startsWith('@') ? `${name}/${parts[nm + 2] ?? '?'}` : name;
    // A package nested in another one is a second copy: name where it sits.
    const outer = parts.indexOf('node_modules');
    if (outer !== nm) {
      const host = parts[outer + 1] ?? '?';
      const hostPkg = host.startsWith('@') ? `${host}/${parts[outer + 2] ?? '?'}` : host;
      return `${pkg} (copy inside ${hostPkg})`;
    }
    return pkg;
  }
  const src = parts.indexOf('src');
  if (src >= 0 && parts[src + 1]) return `src/${parts[src + 1]}`;
  return source.startsWith('\0') || source === '' ? '(bundler runtime)' : source;
}

/**
 * Attributes every character of `code` to a source of `map` and groups them with `groupOf`
 * (by default per package; pass `(s) => s` for per file).
 */
export function composeChunk(
  file: string,
  code: string,
  map: { sources: string[]; mappings: string },
  groupOf: (source: string) => string = groupOfSource,
): ChunkComposition {
  // The build with source maps adds a comment that the production chunk does not have.
  const lines = code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '').split('\n');
  const mappingLines = map.mappings.split(';');
  const pieces = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (!text) return;
    const list = pieces.get(group);
    if (list) list.push(text);
    else pieces.set(group, [text]);
  };
  let sourceIndex = 0;
  const groupCache = new Map<number, string>();
  const groupAt = (i: number) => {
    let g = groupCache.get(i);
    if (g === undefined) {
      g = groupOf(map.sources[i] ?? '(unmapped)');
      groupCache.set(i, g);
    }
    return g;
  };
  const lineSpans: { group: string; text: string }[][] = [];
  // A line without a mapping at its start continues the previous line's source: the lines of
  // a multi-line template literal (three's shader chunks) carry no mappings of their own.
  let group = '(unmapped)';
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] ?? '';
    const segments = decodeLine(mappingLines[l] ?? '');
    const spans: { group: string; text: string }[] = [];
    let column = 0;
    let start = 0;
    for (const segment of segments) {
      column += segment[0] ?? 0;
      if (column > start) spans.push({ group, text: line.slice(start, column) });
      start = column;
      if (segment.length >= 4) {
        sourceIndex += segment[1] ?? 0;
        group = groupAt(sourceIndex);
      } else {
        group = '(unmapped)';
      }
    }
    spans.push({ group, text: `${line.slice(start)}${l < lines.length - 1 ? '\n' : ''}` });
    for (const span of spans) add(span.group, span.text);
    lineSpans.push(spans);
  }
  const chunk = lines.join('\n');
  const gzipBytes = gzipSync(chunk).length;
  // What a group adds: the chunk gzipped, minus the chunk rebuilt without its spans, gzipped.
  const rows = [...pieces.keys()].map((g): CompositionRow => {
    const without = lineSpans
      .map((spans) =>
        spans
          .filter((s) => s.group !== g)
          .map((s) => s.text)
          .join(''),
      )
      .join('');
    return {
      group: g,
      minifiedBytes: Buffer.byteLength((pieces.get(g) ?? []).join('')),
      gzipAddedBytes: gzipBytes - gzipSync(without).length,
    };
  });
  rows.sort((a, b) => b.gzipAddedBytes - a.gzipAddedBytes);
  return { file, minifiedBytes: Buffer.byteLength(chunk), gzipBytes, rows };
}

/** The composition of every chunk in `dist/assets` whose name matches `pattern`. */
export function composeBuiltChunks(
  dist: string,
  chunks: RegExp | ((file: string) => boolean),
  groupOf: (source: string) => string = groupOfSource,
): ChunkComposition[] {
  const assets = join(dist, 'assets');
  const wanted = typeof chunks === 'function' ? chunks : (file: string) => chunks.test(file);
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js') && wanted(f))
    .map((f) => {
      const code = readFileSync(join(assets, f), 'utf8');
      let map: { sources: string[]; mappings: string };
      try {
        map = JSON.parse(readFileSync(join(assets, `${f}.map`), 'utf8'));
      } catch {
        throw new Error(
          `chunk-composition: ${f}.map is missing; build with source maps (vite build --sourcemap --outDir <temp>).`,
        );
      }
      return composeChunk(`assets/${f}`, code, map, groupOf);
    });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Rows as printable lines: group, minified KB, gzip KB it adds. */
export function formatComposition(c: ChunkComposition, top = 25): string[] {
  const width = Math.max(...c.rows.slice(0, top).map((r) => r.group.length), 10);
  const lines = [
    `${c.file}: ${kb(c.minifiedBytes)} KB minified, ${kb(c.gzipBytes)} KB gzip`,
    `  ${'source'.padEnd(width)}  ${'minified KB'.padStart(11)}  ${'gzip KB added'.padStart(13)}`,
  ];
  for (const r of c.rows.slice(0, top)) {
    lines.push(
      `  ${r.group.padEnd(width)}  ${kb(r.minifiedBytes).padStart(11)}  ${kb(r.gzipAddedBytes).padStart(13)}`,
    );
  }
  if (c.rows.length > top) lines.push(`  … ${c.rows.length - top} more`);
  return lines;
}

if (process.argv[1] && /chunk-composition\.ts$/.test(process.argv[1])) {
  const [dist = 'dist', pattern = '^Viewer3D-', flag] = process.argv.slice(2);
  const perFile = flag === '--files';
  for (const c of composeBuiltChunks(
    dist,
    new RegExp(pattern),
    perFile ? (s) => s.replace(/^(\.\.\/)+/, '') : groupOfSource,
  )) {
    console.log(formatComposition(c, perFile ? 60 : 25).join('\n'));
  }
}
