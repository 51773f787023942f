import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serve the production build once for every end-to-end test file. */
export default async function setup(project: TestProject) {
  assertChromium();
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(
      'e2e: dist/ has no build. Run "npm run build" first (npm test does this for you).',
    );
  }
  const server = await startStaticServer({ root: dist });
  project.provide('baseURL', server.url);
  return () => server.close();
}
