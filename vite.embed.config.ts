import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The embedding scripts a site downloads up front: the `<hip-motor-viewer>` element and the
 * iframe client, as plain ES modules in `dist/embed/` (no React; the viewer itself is
 * `embed.html`, built by `vite.config.ts`). Run after the app build: it keeps `dist/`.
 */
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: false,
    sourcemap: false,
    // Library builds keep whitespace and comments by default; these scripts are downloaded up
    // front by every page that embeds the viewer, so they are fully minified.
    rollupOptions: { output: { minify: true } },
    lib: {
      entry: {
        'hip-motor-viewer': resolve(import.meta.dirname, 'src/embed/hip-motor-viewer.ts'),
        client: resolve(import.meta.dirname, 'src/embed/client.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
