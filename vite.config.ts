import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appFramePlugin } from './scripts/app-frame-plugin';
import { preload3dPlugin } from './scripts/preload-3d-plugin';
import { threeCatalogueForCanvas } from './scripts/three-catalogue-plugin';

export default defineConfig({
  plugins: [
    react(),
    threeCatalogueForCanvas(),
    appFramePlugin(),
    preload3dPlugin(),
    // Installable and offline after the first visit: the service worker precaches the shell,
    // every chunk, the model and the poster. It is registered by a module of the app
    // (src/app/register-service-worker.ts), never by an inline script (CSP), and not by the
    // embed route: an iframe on another site should not install anything.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'poster.jpg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Hip motor point visualizer',
        short_name: 'Hip motor points',
        description:
          'Interactive 3D hip with the gluteal and iliopsoas muscles, evidence-graded motor points and a model of how weak or tight muscles shift load.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#f4f1ec',
        background_color: '#f4f1ec',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,jpg,webp,glb,wasm}'],
        globIgnores: ['embed/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Links carry the view in the query: any query serves the precached file.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/embed/],
        cleanupOutdatedCaches: true,
        // A new version waits until every tab of the old one is closed (no skipWaiting): an
        // open tab keeps the worker, and the precached chunks, it started with, so a deploy
        // never leaves it asking for files that are gone (review F1). The first worker still
        // takes charge of the tab that installed it (clientsClaim), so that tab is covered too.
        skipWaiting: false,
        clientsClaim: true,
      },
    }),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
      output: {
        // The chunk holding three.js is shared by the 3D view and what it draws after its first
        // frame; named for it rather than for whichever module the bundler happens to pick.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => /node_modules[\\/]three[\\/]build[\\/]/.test(id))
            ? 'assets/three-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
});
