import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/domain/anatomy';
import { MECHANICS_PRESETS } from '../../src/domain/mechanics';
import { PASS_THROUGH_PARAMS, VIEW_STATE_PARAMS } from '../../src/domain/view-state';

/** The README and the guides describe the code as it is: the cheap, checkable part of that. */
const ROOT = resolve(import.meta.dirname, '../..');
const DOC_FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Folders of the repository whose files the docs name; build output and test output are not. */
const PATH_RE =
  /(?<=[`(\s])((?:src|tests|models|bench|docs|scripts)\/[A-Za-z0-9_.*/-]*[A-Za-z0-9_*/])/g;

/** Files the docs name that a command writes and git ignores. */
const WRITTEN_BY_COMMANDS = new Set(['bench/results.json']);

/** Paths a document names, relative to the repository (a guide's link is relative to docs/). */
function pathsNamedIn(file: string): string[] {
  const text = read(file);
  const named = [...text.matchAll(PATH_RE)].map((m) => m[1] ?? '');
  const links = [...text.matchAll(/\]\(([^)#:]+\.[a-z]+)\)/g)].map((m) =>
    join(dirname(file), m[1] ?? ''),
  );
  return [...new Set([...named, ...links])].filter((path) => !WRITTEN_BY_COMMANDS.has(path));
}

/** Whether a path exists; `*` in the last part matches any characters (one file is enough). */
function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(join(ROOT, path));
  const dir = dirname(path);
  const pattern = new RegExp(
    `^${path
      .slice(dir.length + 1)
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  );
  return existsSync(join(ROOT, dir)) && readdirSync(join(ROOT, dir)).some((n) => pattern.test(n));
}

/** The first column of the embedding guide's parameter table (up to the element-only table). */
function documentedParameters(): string[] {
  const guide = read('docs/embedding.md');
  const section = guide.slice(
    guide.indexOf('## Parameters and attributes'),
    guide.indexOf('Element-only attributes'),
  );
  return [...section.matchAll(/^\| ([^|]+) \|/gm)]
    .flatMap((m) => [...(m[1] ?? '').matchAll(/`([a-z]+)`/g)].map((c) => c[1] ?? ''))
    .filter(Boolean);
}

describe('the docs name files that exist', () => {
  it('finds the paths it checks', () => {
    const paths = pathsNamedIn('README.md');
    expect(paths).toContain('src/domain/anatomy/');
    expect(paths).toContain('docs/embedding.md');
  });

  for (const file of DOC_FILES) {
    it(`every path named in ${file} exists`, () => {
      const missing = pathsNamedIn(file).filter((path) => !exists(path));
      expect(missing, `${file} names paths that do not exist`).toEqual([]);
    });
  }

  it('the glob check can fail', () => {
    expect(exists('tests/unit/*.property.test.ts')).toBe(true);
    expect(exists('tests/unit/*.no-such-suffix.ts')).toBe(false);
  });
});

describe('the docs list what the code offers', () => {
  it('the embedding guide documents every view parameter the parser reads', () => {
    const documented = new Set(documentedParameters());
    const undocumented = VIEW_STATE_PARAMS.filter((param) => !documented.has(param));
    expect(undocumented, 'parameters missing from docs/embedding.md').toEqual([]);
  });

  it('the embedding guide documents no parameter the parser does not know', () => {
    const known = new Set([...VIEW_STATE_PARAMS, ...[...PASS_THROUGH_PARAMS]]);
    const unknown = documentedParameters().filter((param) => !known.has(param));
    expect(documentedParameters().length).toBeGreaterThan(20);
    expect(unknown, 'parameters in docs/embedding.md the parser does not know').toEqual([]);
  });

  it('every parameter owned outside the view is mentioned as `name=` in the README or a guide', () => {
    const text = DOC_FILES.map(read).join('\n');
    const missing = [...PASS_THROUGH_PARAMS].filter(
      (param) => !new RegExp(`[\`?&#]${param}=`).test(text),
    );
    expect(missing).toEqual([]);
  });

  it('the embedding guide lists every layer id and dysfunction preset', () => {
    const guide = read('docs/embedding.md');
    const ids = guide.slice(guide.indexOf('Ids: layers'));
    const missing = [...LAYER_IDS, ...MECHANICS_PRESETS.map((preset) => preset.id)].filter(
      (id) => !ids.includes(`\`${id}\``),
    );
    expect(missing).toEqual([]);
  });

  it('the README lists every npm script', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as object);
    const readme = read('README.md');
    const table = readme.slice(
      readme.indexOf('## Scripts'),
      readme.indexOf('End-to-end screenshots'),
    );
    const listed = [...table.matchAll(/`npm (?:run )?([a-z0-9:-]+)`/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(scripts.sort());
  });
});
