import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** React Three Fiber's Canvas module: the one place that calls `extend(THREE)` on the namespace. */
const R3F_CANVAS_MODULE = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
const CATALOGUE = resolve(import.meta.dirname, '../src/scene/three-catalogue.ts');

/**
 * Production builds only: `<Canvas>` registers the whole `three` namespace as its element
 * catalogue, which keeps every class of three.js in the 3D chunk (about 40 KB gzip nobody
 * draws with). This points that one module's `import * as THREE from 'three'` at the scene's
 * catalogue of the classes it writes as elements; every other import of `three` is untouched.
 * The build fails when the module is never seen (a React Three Fiber upgrade renamed it), so
 * the saving cannot vanish silently.
 */
export function threeCatalogueForCanvas(): Plugin {
  let redirected = false;
  return {
    name: 'three-catalogue-for-canvas',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'three' || !importer || !R3F_CANVAS_MODULE.test(importer)) return null;
      redirected = true;
      return CATALOGUE;
    },
    buildEnd(error) {
      if (error || redirected) return;
      this.error(
        'three-catalogue-for-canvas: @react-three/fiber/dist/react-three-fiber.esm.js was not imported; update R3F_CANVAS_MODULE in scripts/three-catalogue-plugin.ts to the module that defines <Canvas>.',
      );
    },
  };
}
