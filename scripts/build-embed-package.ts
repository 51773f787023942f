/**
 * Fills packages/embed/ for `npm pack`: the element and client scripts of the embed build
 * (dist/embed/*.js, so run `npm run build` first) and TypeScript declarations emitted by tsc from
 * the same source files, so the published types cannot drift from the protocol.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = resolve(root, 'packages/embed');
const built = resolve(root, 'dist/embed');
const SCRIPTS = ['client.js', 'hip-motor-viewer.js'];

for (const file of SCRIPTS) {
  if (!existsSync(resolve(built, file))) {
    throw new Error(
      `build-embed-package: dist/embed/${file} is missing; run "npm run build" first.`,
    );
  }
}
rmSync(resolve(pkg, 'dist'), { recursive: true, force: true });
rmSync(resolve(pkg, 'types'), { recursive: true, force: true });
mkdirSync(resolve(pkg, 'dist'), { recursive: true });
// Every module of the embed build: the two entries share a chunk (the client).
for (const file of readdirSync(built).filter((name) => name.endsWith('.js'))) {
  copyFileSync(resolve(built, file), resolve(pkg, 'dist', file));
}
// One entry for both: the element defines itself on import; the client is re-exported.
writeFileSync(
  resolve(pkg, 'dist/index.js'),
  "export * from './client.js';\nexport * from './hip-motor-viewer.js';\n",
);

execFileSync(
  process.execPath,
  [
    resolve(root, 'node_modules/typescript/bin/tsc'),
    '--ignoreConfig',
    'src/embed/client.ts',
    'src/embed/hip-motor-viewer.ts',
    '--declaration',
    '--emitDeclarationOnly',
    '--outDir',
    resolve(pkg, 'types'),
    '--rootDir',
    'src',
    '--target',
    'es2022',
    '--module',
    'esnext',
    '--moduleResolution',
    'bundler',
    '--lib',
    'ES2022,DOM,DOM.Iterable',
    '--strict',
    '--skipLibCheck',
    '--isolatedModules',
    '--verbatimModuleSyntax',
    '--types',
    '',
  ],
  { cwd: root, stdio: 'inherit' },
);
writeFileSync(
  resolve(pkg, 'types/index.d.ts'),
  "export * from './embed/client';\nexport * from './embed/hip-motor-viewer';\n",
);
console.log('build-embed-package: packages/embed is ready for "npm pack ./packages/embed".');
