import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule of the design card: imports point downward only.
 * app > embed > ui > scene > state > domain. `models/` may import only `src/domain`.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const LAYER_ORDER = ['domain', 'state', 'scene', 'ui', 'embed', 'app'] as const;
type Layer = (typeof LAYER_ORDER)[number];

/** Packages that `src/domain` must never import: it stays pure TypeScript. */
const DOMAIN_FORBIDDEN_PACKAGES = [
  /^react($|\/|-dom)/,
  /^three($|\/)/,
  /^@react-three\//,
  /^leva($|\/)/,
  /^zustand($|\/)/,
];
/** Browser globals `src/domain` must not touch. */
const DOMAIN_FORBIDDEN_GLOBALS =
  /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|requestAnimationFrame)\b/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT_RE)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (spec) found.push(spec);
  }
  return found;
}

/** Source without comments and string contents, so a word like "document" in text is not a use. */
function stripCommentsAndStrings(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, "''")
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function layerOfPath(absPath: string): Layer | null {
  const rel = relative(join(ROOT, 'src'), absPath);
  const top = rel.split(/[\\/]/)[0];
  return (LAYER_ORDER as readonly string[]).includes(top ?? '') ? (top as Layer) : null;
}

function violationsIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const rel = relative(ROOT, file);
  const fromLayer = layerOfPath(file);
  const inModels = rel.startsWith('models/');
  const problems: string[] = [];
  const isTest = /\.test\.tsx?$/.test(file);
  for (const spec of importsOf(source)) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      if (inModels) {
        const targetRel = relative(ROOT, target);
        if (targetRel.startsWith('src/') && !targetRel.startsWith('src/domain')) {
          problems.push(`${rel} imports "${spec}": models/ may import only src/domain`);
        }
        continue;
      }
      const toLayer = layerOfPath(target);
      if (fromLayer && toLayer && LAYER_ORDER.indexOf(toLayer) > LAYER_ORDER.indexOf(fromLayer)) {
        problems.push(
          `${rel} imports "${spec}": layer "${fromLayer}" must not import the higher layer "${toLayer}"`,
        );
      }
    } else if (fromLayer === 'domain' && !isTest) {
      if (DOMAIN_FORBIDDEN_PACKAGES.some((re) => re.test(spec))) {
        problems.push(
          `${rel} imports "${spec}": src/domain must stay pure (no React, three, leva, zustand or DOM)`,
        );
      }
    }
  }
  if (fromLayer === 'domain' && !isTest) {
    const match = stripCommentsAndStrings(source).match(DOMAIN_FORBIDDEN_GLOBALS);
    if (match) {
      problems.push(
        `${rel} uses the DOM global "${match[0]}": src/domain must stay pure (no React, three, leva or DOM)`,
      );
    }
  }
  return problems;
}

describe('import rules (design card: imports point downward only)', () => {
  const files = [...listFiles(join(ROOT, 'src')), ...listFiles(join(ROOT, 'models'))];

  it('finds the source files it checks', () => {
    expect(files.some((f) => f.includes('/src/domain/'))).toBe(true);
  });

  it('no file breaks the layer rule', () => {
    const problems = files.flatMap(violationsIn);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the import scanner sees every import form', () => {
    const sample = [
      "import * as THREE from 'three';",
      "import type { A } from './a';",
      "export { b } from '../b';",
      "import 'side-effect';",
      "const x = import('./lazy');",
      'import {\n  c,\n  d,\n} from "multi";',
    ].join('\n');
    expect(importsOf(sample).sort()).toEqual(
      ['three', './a', '../b', 'side-effect', 'multi', './lazy'].sort(),
    );
  });
});

/** Source files of one layer, tests left out. */
const sourcesOf = (layer: Layer) =>
  listFiles(join(ROOT, 'src', layer)).filter((f) => !/\.test\.tsx?$/.test(f));

describe('one home for each concept', () => {
  it('builds a new view only in the domain (view-changes.ts and its neighbours)', () => {
    // A spread of a view into a new object is a ViewState → ViewState change by hand.
    const handMade = /\{\s*\.\.\.(?:\w+\.)?view\s*,/;
    const problems = (['state', 'scene', 'ui', 'embed', 'app'] as const)
      .flatMap(sourcesOf)
      .filter((file) => handMade.test(stripCommentsAndStrings(readFileSync(file, 'utf8'))))
      .map((file) => `${relative(ROOT, file)} builds a view by hand: use src/domain/view-state`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('scene components export components, hooks and types only', () => {
    const allowed = /^export (?:default )?(?:function|const|class) (?:use[A-Z]|[A-Z])/;
    const problems = sourcesOf('scene')
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) =>
            /^export (?:default )?(?:async )?(?:function|const|let|class) /.test(line),
          )
          .filter((line) => !allowed.test(line))
          .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
      );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('scene modules are three.js adapters: logic without three belongs in the domain', () => {
    const threeLike = /^(three($|\/)|three-stdlib|three-mesh-bvh|@react-three\/)/;
    const problems = sourcesOf('scene')
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => !importsOf(readFileSync(file, 'utf8')).some((spec) => threeLike.test(spec)))
      .map((file) => `${relative(ROOT, file)} does not use three.js: move it to src/domain`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('test-only packages stay out of the app', () => {
  it('nothing under src/ imports zod (the data schemas live in tests/support/schemas)', () => {
    const problems = listFiles(join(ROOT, 'src'))
      .filter((file) =>
        importsOf(readFileSync(file, 'utf8')).some((spec) => /^zod($|\/)/.test(spec)),
      )
      .map((file) => `${relative(ROOT, file)} imports zod: zod is a devDependency, for tests only`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
